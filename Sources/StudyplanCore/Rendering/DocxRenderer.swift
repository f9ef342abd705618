import Foundation
import ZIPFoundation

/// Renders a document as a DOCX file: WordprocessingML parts zipped in memory.
///
/// The package has heading styles, numbering definitions (numbered main questions with probes
/// as indented sub-items; each list restarts at 1 through its own `w:num`), a table style and a
/// note style. Every zip entry carries the same fixed timestamp and no part holds a date, so the
/// same document gives the same bytes on every run.
public enum DocxRenderer {
  /// The timestamp every zip entry carries: 2020-01-01 00:00 UTC, the day of the reform.
  public static let fixedTimestamp = Date(timeIntervalSince1970: 1_577_836_800)

  /// The document as DOCX bytes.
  public static func render(_ document: ExportDocument) throws(StudyplanError) -> Data {
    let parts = makeParts(document)
    do {
      let archive = try Archive(accessMode: .create)
      for (path, xml) in parts {
        let data = Data(xml.utf8)
        try archive.addEntry(
          with: path, type: .file, uncompressedSize: Int64(data.count),
          modificationDate: fixedTimestamp, compressionMethod: .deflate
        ) { position, size in
          data.subdata(in: Int(position)..<Int(position) + size)
        }
      }
      guard let bytes = archive.data else {
        throw StudyplanError.docxPackagingFailed(reason: "the archive produced no data")
      }
      return bytes
    } catch let error as StudyplanError {
      throw error
    } catch {
      throw .docxPackagingFailed(reason: String(describing: error))
    }
  }

  /// The package's parts in the order they are zipped: path and XML text.
  public static func makeParts(_ document: ExportDocument) -> [(path: String, xml: String)] {
    var body = DocxBody(language: document.language)
    body.paragraph(style: "Title", runs: DocxBody.runs([.plain(document.title)]))
    for line in document.subtitle {
      body.paragraph(style: "Subtitle", runs: DocxBody.runs([.plain(line)]))
    }
    for block in document.blocks { body.append(block) }
    let language = DocxParts.languageTag(document.language)
    return [
      ("[Content_Types].xml", DocxParts.contentTypes),
      ("_rels/.rels", DocxParts.packageRelationships),
      ("docProps/core.xml", DocxParts.coreProperties(title: document.title, language: language)),
      ("docProps/app.xml", DocxParts.appProperties),
      ("word/_rels/document.xml.rels", DocxParts.documentRelationships),
      ("word/document.xml", DocxParts.document(body: body.xml)),
      ("word/styles.xml", DocxParts.styles(language: language)),
      ("word/numbering.xml", DocxParts.numbering(listStarts: body.listStarts)),
      ("word/settings.xml", DocxParts.settings),
      ("word/footer1.xml", DocxParts.footer),
    ]
  }

  /// Escapes text for an XML text node or attribute, dropping characters XML 1.0 forbids.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\t", "\n", "\r": out += " "
      default:
        let value = scalar.value
        if value < 0x20 || (0xFFFE...0xFFFF).contains(value) { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}

/// Builds `word/document.xml`'s body, numbering each numbered list on its own `w:num`.
struct DocxBody {
  /// The `w:numId` of the shared bullet list definition.
  static let bulletNumID = 1
  var language: Language
  var xml = ""
  /// The first number of each numbered list so far; list k uses `w:numId` k + 1 (id 1 is the
  /// bullets).
  var listStarts: [Int] = []

  init(language: Language) {
    self.language = language
  }

  mutating func paragraph(
    style: String?, numbering: (id: Int, level: Int)? = nil, keepNext: Bool = false, runs: String
  ) {
    xml += "<w:p>"
    if style != nil || numbering != nil || keepNext {
      xml += "<w:pPr>"
      if let style { xml += "<w:pStyle w:val=\"\(style)\"/>" }
      if keepNext { xml += "<w:keepNext/>" }
      if let numbering {
        xml += "<w:numPr><w:ilvl w:val=\"\(numbering.level)\"/>"
        xml += "<w:numId w:val=\"\(numbering.id)\"/></w:numPr>"
      }
      xml += "</w:pPr>"
    }
    xml += runs + "</w:p>"
  }

  mutating func append(_ block: DocumentBlock) {
    switch block {
    case .heading(let level, let text):
      paragraph(style: "Heading\(min(max(level, 1), 3))", runs: Self.runs([.plain(text)]))
    case .paragraph(let spans):
      paragraph(style: nil, runs: Self.runs(spans))
    case .note(let spans):
      paragraph(style: "Note", runs: Self.runs(spans))
    case .numberedList(let items, let start):
      listStarts.append(start)
      let id = listStarts.count + 1
      // A question is kept on the page with its probes: every paragraph but an item's last
      // keeps with the next.
      for item in items {
        paragraph(
          style: "ListParagraph", numbering: (id, 0), keepNext: !item.subItems.isEmpty,
          runs: Self.runs(item.spans))
        for (index, sub) in item.subItems.enumerated() {
          paragraph(
            style: "ListParagraph", numbering: (id, 1),
            keepNext: index < item.subItems.count - 1, runs: Self.runs(sub))
        }
      }
    case .bulletList(let items):
      for item in items {
        paragraph(style: "ListParagraph", numbering: (Self.bulletNumID, 0), runs: Self.runs(item))
      }
    case .table(let header, let rows):
      table(header: header, rows: rows)
    case .figure:
      break
    }
  }

  mutating func table(header: [String], rows: [[String]]) {
    let columns = max(header.count, 1)
    let widths = Self.columnWidths(header: header, rows: rows, total: 9000)
    xml += "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"9000\" w:type=\"dxa\"/>"
    xml += "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" "
    xml += "w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
    xml += widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
    func row(_ cells: [String], isHeader: Bool) {
      xml += isHeader ? "<w:tr><w:trPr><w:tblHeader/></w:trPr>" : "<w:tr>"
      for column in 0..<columns {
        let text = column < cells.count ? cells[column] : ""
        xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(widths[column])\" w:type=\"dxa\"/></w:tcPr>"
        xml += "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr>"
        xml += Self.runs([isHeader ? .strong(text) : .plain(text)]) + "</w:p></w:tc>"
      }
      xml += "</w:tr>"
    }
    row(header, isHeader: true)
    for cells in rows { row(cells, isHeader: false) }
    // A short empty paragraph keeps the next text off the table's bottom border.
    xml += "</w:tbl><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"160\" w:lineRule=\"exact\"/>"
    xml += "</w:pPr></w:p>"
  }

  /// Twips per character of table text: 9 pt, bold headers, in the widest common fallback
  /// font (DejaVu Sans, where Calibri is missing), so a word never breaks.
  static let twipsPerCharacter = 115
  /// Cell margins (108 twips each side) plus slack.
  static let cellPadding = 240

  /// Column widths in twips summing to `total`: every column at least as wide as its longest
  /// word (so a number or a short label never wraps), the rest shared by each column's longest
  /// cell. When the words alone overflow, the widest columns give way and wrap between words.
  static func columnWidths(header: [String], rows: [[String]], total: Int) -> [Int] {
    let columns = max(header.count, 1)
    let all = [header] + rows
    func cells(_ column: Int) -> [String] { all.map { column < $0.count ? $0[column] : "" } }
    var minimum = (0..<columns).map { column in
      let longestWord =
        cells(column).map { $0.split(separator: " ").map(\.count).max() ?? 0 }.max() ?? 0
      return max(longestWord, 2) * twipsPerCharacter + cellPadding
    }
    var overflow = minimum.reduce(0, +) - total
    while overflow > 0, let widest = minimum.indices.max(by: { minimum[$0] < minimum[$1] }),
      minimum[widest] > 1800
    {
      let cut = min(overflow, minimum[widest] - 1800)
      minimum[widest] -= cut
      overflow -= cut
    }
    let spare = max(total - minimum.reduce(0, +), 0)
    let weights = (0..<columns).map { column in
      min(cells(column).map(\.count).max() ?? 0, 40) + 1
    }
    let weightSum = weights.reduce(0, +)
    return (0..<columns).map { minimum[$0] + spare * weights[$0] / weightSum }
  }

  static func runs(_ spans: [Span]) -> String {
    var out = ""
    for span in spans where !span.text.isEmpty {
      out += "<w:r>"
      switch span.style {
      case .plain: break
      case .emphasis: out += "<w:rPr><w:i/></w:rPr>"
      case .strong: out += "<w:rPr><w:b/></w:rPr>"
      case .aside: out += "<w:rPr><w:rStyle w:val=\"Aside\"/></w:rPr>"
      }
      out += "<w:t xml:space=\"preserve\">\(DocxRenderer.escape(span.text))</w:t></w:r>"
    }
    return out
  }
}
