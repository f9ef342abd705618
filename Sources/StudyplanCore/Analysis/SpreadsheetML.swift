import Foundation

/// A minimal Office Open XML workbook (`.xlsx`, ECMA-376 SpreadsheetML) of one sheet: the
/// header row in bold and frozen, text as inline strings, numbers as number cells.
///
/// Excel reads a CSV file in the machine's code page and turns `0441` into 441; a workbook says
/// what each cell is, so Norwegian letters and leading zeros survive. A text cell is never a
/// formula here, so it needs no guard against formula injection. The parts are zipped by
/// ``DeterministicZip`` without dates, so the same table gives the same bytes.
public enum SpreadsheetML {
  /// The workbook of `table`, its one sheet named `sheetName` (at most 31 characters, none of
  /// `[]:*?/\`).
  public static func workbook(_ table: ExportTable, sheetName: String) throws(StudyplanError)
    -> Data
  {
    try DeterministicZip.archive(
      [
        .init(path: "[Content_Types].xml", data: Data(contentTypes.utf8)),
        .init(path: "_rels/.rels", data: Data(rootRelationships.utf8)),
        .init(path: "xl/workbook.xml", data: Data(workbookXML(sheetName: sheetName).utf8)),
        .init(path: "xl/_rels/workbook.xml.rels", data: Data(workbookRelationships.utf8)),
        .init(path: "xl/styles.xml", data: Data(styles.utf8)),
        .init(path: "xl/worksheets/sheet1.xml", data: Data(sheet(table).utf8)),
      ])
  }

  /// The worksheet: row 1 the header (style 1, bold), then the rows; empty cells are left out.
  static func sheet(_ table: ExportTable) -> String {
    let numeric = table.header.map { table.numericColumns.contains($0) }
    var xml = declaration
    xml += "<worksheet xmlns=\"\(mainNamespace)\">"
    xml += "<sheetViews><sheetView workbookViewId=\"0\">"
    xml += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
    xml += "</sheetView></sheetViews><sheetData>"
    xml += row(1, table.header.map { ($0, false) }, style: 1)
    for (offset, cells) in table.rows.enumerated() {
      let typed = cells.enumerated().map { index, cell in
        (cell, index < numeric.count && numeric[index] && isNumber(cell))
      }
      xml += row(offset + 2, typed, style: nil)
    }
    xml += "</sheetData></worksheet>\n"
    return xml
  }

  /// One `<row>`: each non-empty cell as a number or an inline string.
  static func row(_ number: Int, _ cells: [(text: String, isNumber: Bool)], style: Int?) -> String {
    var xml = "<row r=\"\(number)\">"
    for (index, cell) in cells.enumerated() where !cell.text.isEmpty {
      let reference = columnName(index) + String(number)
      let styled = style.map { " s=\"\($0)\"" } ?? ""
      if cell.isNumber {
        xml += "<c r=\"\(reference)\"\(styled)><v>\(cell.text)</v></c>"
      } else {
        xml += "<c r=\"\(reference)\"\(styled) t=\"inlineStr\"><is><t xml:space=\"preserve\">"
        xml += QDAXML.text(cell.text) + "</t></is></c>"
      }
    }
    return xml + "</row>"
  }

  /// Whether `text` is a plain decimal number a spreadsheet reads back unchanged.
  static func isNumber(_ text: String) -> Bool {
    guard let value = Double(text), value.isFinite else { return false }
    let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
    guard let first = digits.first, first.isASCII, first.isNumber else { return false }
    // A leading zero before another digit is an identifier, not a number.
    if first == "0", let second = digits.dropFirst().first, second != "." { return false }
    return digits.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "." }
  }

  /// The column's letters: A … Z, AA … AZ, BA …
  static func columnName(_ index: Int) -> String {
    var number = index + 1
    var name = ""
    while number > 0 {
      let remainder = (number - 1) % 26
      name = String(UnicodeScalar(UInt8(65 + remainder))) + name
      number = (number - 1) / 26
    }
    return name
  }

  static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let relationshipNamespace =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  static let packageRelationships =
    "http://schemas.openxmlformats.org/package/2006/relationships"

  static func workbookXML(sheetName: String) -> String {
    declaration + """
      <workbook xmlns="\(mainNamespace)" xmlns:r="\(relationshipNamespace)">\
      <sheets><sheet name="\(QDAXML.attribute(sheetName))" sheetId="1" r:id="rId1"/>\
      </sheets></workbook>

      """
  }

  static let contentTypes = """
    \(declaration)\
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Default Extension="rels" \
    ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
    <Default Extension="xml" ContentType="application/xml"/>\
    <Override PartName="/xl/workbook.xml" ContentType="application/\
    vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/\
    vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
    <Override PartName="/xl/styles.xml" ContentType="application/\
    vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
    </Types>

    """

  static let rootRelationships = """
    \(declaration)<Relationships xmlns="\(packageRelationships)">\
    <Relationship Id="rId1" Type="\(relationshipNamespace)/officeDocument" \
    Target="xl/workbook.xml"/></Relationships>

    """

  static let workbookRelationships = """
    \(declaration)<Relationships xmlns="\(packageRelationships)">\
    <Relationship Id="rId1" Type="\(relationshipNamespace)/worksheet" \
    Target="worksheets/sheet1.xml"/>\
    <Relationship Id="rId2" Type="\(relationshipNamespace)/styles" \
    Target="styles.xml"/></Relationships>

    """

  /// Two fonts (regular, bold) and two cell formats using them; style 1 is the header's.
  static let styles = """
    \(declaration)<styleSheet xmlns="\(mainNamespace)">\
    <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>\
    <font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
    <fills count="2"><fill><patternFill patternType="none"/></fill>\
    <fill><patternFill patternType="gray125"/></fill></fills>\
    <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>\
    </cellStyleXfs><cellXfs count="2">\
    <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
    <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
    </cellXfs></styleSheet>

    """
}
