import Foundation
import Testing

@testable import StudyplanCore

/// Every question of every role's guide of every shipped protocol is in the DOCX a planner takes
/// into the interview — read back from `word/document.xml` with the project's own zip reading
/// (ZIPFoundation), so the check runs on every machine, with or without LibreOffice or pandoc.
@Suite struct DocxContentTests {
  /// The paragraphs of a WordprocessingML body as plain text: the runs (`w:t`) of each `w:p`
  /// joined, entities decoded.
  static func paragraphs(of xml: String) -> [String] {
    xml.components(separatedBy: "</w:p>").map { paragraph in
      var text = ""
      var rest = paragraph[...]
      while let open = rest.range(of: "<w:t") {
        guard let tagEnd = rest[open.upperBound...].firstIndex(of: ">") else { break }
        let isSelfClosing = rest[rest.index(before: tagEnd)] == "/"
        let afterTag = rest.index(after: tagEnd)
        guard !isSelfClosing, let close = rest[afterTag...].range(of: "</w:t>") else {
          rest = rest[afterTag...]
          continue
        }
        // `<w:tab/>`, `<w:tbl>` … also start with "<w:t": only `<w:t>` and `<w:t …>` hold text.
        let name = rest[open.lowerBound..<tagEnd]
        if name == "<w:t" || name.hasPrefix("<w:t ") {
          text += rest[afterTag..<close.lowerBound]
        }
        rest = rest[close.upperBound...]
      }
      return decodeEntities(text)
    }.filter { !$0.isEmpty }
  }

  static func decodeEntities(_ text: String) -> String {
    text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
      .replacingOccurrences(of: "&amp;", with: "&")
  }

  static let templates = ShippedProtocol.all.map(\.id)

  @Test(arguments: templates)
  func everyGuideQuestionAndProbeIsInTheRolesDocx(template: String) throws {
    let document = try ShippedProtocol.named(template).document()
    let guide = try #require(document.guide, "\(template) ships without a guide")
    #expect(!document.roles.isEmpty)
    for role in document.roles {
      let variant = guide.variant(
        for: role, language: document.language, consent: document.consent,
        projectTitle: document.title, purpose: document.purpose)
      let docx = try DocxRenderer.render(variant.document(projectTitle: document.title))
      let text = Self.paragraphs(of: try DocxTestReader.part("word/document.xml", of: docx))
      #expect(!variant.questions.isEmpty, "\(template)/\(role.id) has no questions")
      for question in variant.questions {
        #expect(
          text.contains { $0.contains(question.text) },
          "\(template)/\(role.id): question \(question.id) is missing from the DOCX")
        for probe in question.probes {
          #expect(
            text.contains { $0.contains(probe.text) },
            "\(template)/\(role.id): a probe of \(question.id) is missing from the DOCX")
        }
      }
    }
  }

  @Test func aQuestionLeftOutOfTheDocumentIsNoticed() throws {
    // The reader must be able to fail: a document without the question does not contain it.
    let document = ExportDocument(
      title: "t", language: .nb,
      blocks: [.paragraph([.plain("Hvordan & hvorfor <samarbeider> dere?")])])
    let xml = try DocxTestReader.part("word/document.xml", of: try DocxRenderer.render(document))
    let text = Self.paragraphs(of: xml)
    #expect(text.contains("Hvordan & hvorfor <samarbeider> dere?"))
    #expect(!text.contains { $0.contains("Hvem leder samarbeidet?") })
  }
}
