import Foundation
import Testing

@testable import StudyplanCore

/// Table columns in the DOCX are wide enough that no number or short code wraps.
@Suite struct DocxColumnWidthTests {
  /// The `w:gridCol` widths of each table in `xml`, in order.
  static func gridWidths(_ xml: String) -> [[Int]] {
    xml.components(separatedBy: "<w:tblGrid>").dropFirst().map { part in
      let grid = part.components(separatedBy: "</w:tblGrid>")[0]
      return grid.components(separatedBy: "w:w=\"").dropFirst().compactMap {
        Int($0.prefix { $0.isNumber })
      }
    }
  }

  static func tables(_ document: ExportDocument) -> [(header: [String], rows: [[String]])] {
    document.blocks.compactMap { if case .table(let h, let r) = $0 { (h, r) } else { nil } }
  }

  @Test func noColumnWrapsATwoDigitNumberOrItsLongestWord() throws {
    let studyProtocol = try FieldworkFixtures.studyProtocol()
    let documents = [
      MethodsText(for: studyProtocol, sampling: FieldworkFixtures.sampling).document,
      MethodsText(for: studyProtocol, sampling: FieldworkFixtures.sampling, language: .en).document,
      LetterChecklist(for: studyProtocol).document(title: "T", language: .nb),
    ]
    for document in documents {
      let xml = try DocxTestReader.part("word/document.xml", of: try DocxRenderer.render(document))
      let grids = Self.gridWidths(xml)
      let tables = Self.tables(document)
      #expect(grids.count == tables.count)
      for (grid, table) in zip(grids, tables) {
        #expect(grid.count == table.header.count)
        #expect(grid.reduce(0, +) <= 9072, "table wider than the text: \(table.header)")
        for (column, width) in grid.enumerated() {
          // Two digits at 9 pt need about 230 twips even in DejaVu Sans, plus 216 of margins.
          #expect(width >= 2 * 115 + 216, "column '\(table.header[column])' is \(width) twips")
          let numeric = table.rows.allSatisfy { $0[column].allSatisfy(\.isNumber) }
          let header = table.header[column].split(separator: " ").map(\.count).max() ?? 0
          if numeric {
            #expect(
              width >= max(header, 2) * DocxBody.twipsPerCharacter + 216,
              "column '\(table.header[column])' would wrap at \(width) twips")
          }
        }
      }
    }
  }
}
