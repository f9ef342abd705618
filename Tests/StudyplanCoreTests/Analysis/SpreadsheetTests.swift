import Foundation
import Testing

@testable import StudyplanCore

/// The XLSX workbooks of `export sample`, `cases` and `fieldwork`: the same cells as the CSV
/// files, kommunenummer as text, and LibreOffice reads back what was written.
@Suite struct SpreadsheetTests {
  static let soffice = ExternalTool.find("soffice")

  /// Awkward cells: leading zeros, Norwegian letters, a formula-like text, a line break, a
  /// quote, numbers, an empty cell.
  static let awkward = ExportTable(
    header: ["case", "kommunenummer", "name", "population", "note"],
    rows: [
      ["0441 Os", "0441", "Os (Hedmark)", "1 9", "=1+1"],
      ["1924 Målselv", "1924", "Målselv", "6776", "to\nlinjer, \"sitat\""],
      ["Alstahaugregionen", "", "Ærøy & <Å>", "0.25", ""],
    ], numericColumns: ["population"])

  @Test func theWorkbookHasItsPartsAHeaderRowAndTypedCells() throws {
    let parts = try QDAProjectTests.entries(
      of: try SpreadsheetML.workbook(Self.awkward, sheetName: "sample"))
    #expect(
      Set(parts.keys) == [
        "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
        "xl/styles.xml", "xl/worksheets/sheet1.xml",
      ])
    let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
    #expect(XMLTree.parse(Data(sheet.utf8)) != nil, "the sheet is not well-formed")
    #expect(sheet.contains(#"<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">case<"#))
    #expect(sheet.contains(#"<c r="B2" t="inlineStr"><is><t xml:space="preserve">0441</t>"#))
    #expect(sheet.contains(#"<c r="D3"><v>6776</v></c>"#))
    #expect(sheet.contains(#"<c r="D4"><v>0.25</v></c>"#))
    // "1 9" in a numeric column is not a number: it stays text rather than being lost.
    #expect(sheet.contains(#"<c r="D2" t="inlineStr"><is><t xml:space="preserve">1 9</t>"#))
    #expect(sheet.contains("Ærøy &amp; &lt;Å&gt;"))
    #expect(!sheet.contains(#"r="B4""#), "an empty cell is written")
    #expect(sheet.contains("<pane ySplit=\"1\""))
  }

  @Test func numbersAreOnlyPlainDecimals() {
    for text in ["0", "12", "-3.5", "0.25", "6776"] { #expect(SpreadsheetML.isNumber(text)) }
    for text in ["0441", "1e5", "", "-", "1 9", "inf", "nan", "+3", "12a"] {
      #expect(!SpreadsheetML.isNumber(text), "\(text)")
    }
    #expect(SpreadsheetML.columnName(0) == "A")
    #expect(SpreadsheetML.columnName(25) == "Z")
    #expect(SpreadsheetML.columnName(26) == "AA")
    #expect(SpreadsheetML.columnName(27 + 26) == "BB")
  }

  @Test func theSameTableGivesTheSameBytes() throws {
    #expect(
      try SpreadsheetML.workbook(Self.awkward, sheetName: "cases")
        == SpreadsheetML.workbook(Self.awkward, sheetName: "cases"))
  }

  @Test func everyDataExportComesAsAWorkbookWithTheCSVFilesRows() throws {
    let document = try QDASlotCaseTests.municipalStudyWithFieldwork()
    let context = ExportContext(
      document: document, prefix: "p1", frame: QDAProjectTests.frame, software: "studyplan")
    for kind in [ExportKind.sample, .cases, .fieldwork] {
      let csv = try #require(
        try Exporter.artifacts(ExportRequest(kind, format: .csv), context).first)
      let xlsx = try #require(
        try Exporter.artifacts(ExportRequest(kind, format: .xlsx), context).first)
      #expect(xlsx.path == "\(kind.rawValue).xlsx")
      #expect(xlsx.isBinary)
      let sheet = try #require(
        try QDAProjectTests.entries(of: xlsx.data)["xl/worksheets/sheet1.xml"])
      let rows = sheet.components(separatedBy: "<row ").count - 1
      let lines = String(decoding: csv.data, as: UTF8.self).split(separator: "\n").count
      #expect(rows == lines, "\(kind.rawValue): \(rows) rows, \(lines) CSV lines")
    }
  }

  @Test(
    .enabled(
      if: soffice != nil,
      "LibreOffice (soffice) is not installed; install libreoffice-calc-nogui to open the XLSX"),
    .timeLimit(.minutes(3)))
  func libreOfficeOpensTheWorkbooksAndReadsTheSameValues() throws {
    let document = try QDASlotCaseTests.municipalStudyWithFieldwork()
    let sample = try #require(document.sample)
    let tables = [
      Self.awkward, SampleCSVRenderer.table(sample, frame: QDAProjectTests.frame),
      try #require(document.fieldwork).table,
      CaseSheet(sample: sample, frame: QDAProjectTests.frame, fieldwork: document.fieldwork).table,
    ]
    for table in tables {
      let read = try Self.readWithLibreOffice(try SpreadsheetML.workbook(table, sheetName: "data"))
      #expect(read.first == table.header)
      #expect(Array(read.dropFirst()) == table.rows.map(Self.trimmingTrailingEmpty))
    }
  }

  /// A row as LibreOffice's CSV export writes it: every cell up to the row's last non-empty
  /// column of the sheet (the export pads to the widest row, so compare without the padding).
  static func trimmingTrailingEmpty(_ row: [String]) -> [String] {
    var row = row
    while row.last == "" { row.removeLast() }
    return row
  }

  /// The first sheet as rows of cells, converted to CSV (UTF-8) by LibreOffice headless.
  static func readWithLibreOffice(_ workbook: Data) throws -> [[String]] {
    let directory = try ExternalTool.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let input = directory.appendingPathComponent("data.xlsx")
    try workbook.write(to: input)
    let result = try ExternalTool.run(
      try #require(soffice),
      [
        "-env:UserInstallation=file://\(directory.path)/profile", "--headless",
        "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", directory.path,
        input.path,
      ])
    #expect(result.status == 0, "soffice failed: \(result.stderr)")
    let text = try String(
      contentsOf: directory.appendingPathComponent("data.csv"), encoding: .utf8)
    return parseCSV(text).map(trimmingTrailingEmpty)
  }

  /// RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.
  static func parseCSV(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var justClosed = false
    for character in text {
      if quoted {
        if character == "\"" {
          (quoted, justClosed) = (false, true)
        } else {
          field.append(character)
        }
        continue
      }
      defer { if character != "\"" { justClosed = false } }
      switch character {
      case "\"":
        if justClosed { field.append("\"") }
        (quoted, justClosed) = (true, false)
      case ",":
        record.append(field)
        field = ""
      case "\n", "\r\n":
        records.append(record + [field])
        (record, field) = ([], "")
      default: field.append(character)
      }
    }
    if !field.isEmpty || !record.isEmpty { records.append(record + [field]) }
    return records
  }
}
