import Foundation
import Testing

@testable import StudyplanCore

/// Golden files for every format and role: `guide/<role>.<ext>`, with DOCX kept as its
/// `word/document.xml` so a change shows as a readable diff.
@Suite struct GuideGoldenTests {
  static let roleIDs = GuideFixtures.roles.map(\.id)

  func document(roleID: String, language: Language = .nb) -> ExportDocument {
    let studyProtocol = GuideFixtures.studyProtocol()
    let role = GuideFixtures.roles.first { $0.id == roleID }
    let variant = studyProtocol.guide?.variant(
      for: role, language: language, consent: studyProtocol.consent,
      projectTitle: studyProtocol.title, purpose: studyProtocol.purpose)
    return variant?.document(projectTitle: studyProtocol.title)
      ?? ExportDocument(title: "", language: language, blocks: [])
  }

  @Test(arguments: roleIDs)
  func markdownGuideMatchesItsGolden(roleID: String) {
    GuideGoldens.check(
      MarkdownRenderer.render(document(roleID: roleID)), named: "guide/\(roleID).md")
  }

  @Test(arguments: roleIDs)
  func htmlGuideMatchesItsGolden(roleID: String) {
    GuideGoldens.check(HTMLRenderer.render(document(roleID: roleID)), named: "guide/\(roleID).html")
  }

  @Test(arguments: roleIDs)
  func plainTextGuideMatchesItsGolden(roleID: String) {
    GuideGoldens.check(
      PlainTextRenderer.render(document(roleID: roleID)), named: "guide/\(roleID).txt")
  }

  @Test(arguments: roleIDs)
  func docxGuideMatchesItsGolden(roleID: String) throws {
    let docx = try DocxRenderer.render(document(roleID: roleID))
    let xml = try DocxTestReader.part("word/document.xml", of: docx)
    GuideGoldens.check(xml, named: "guide/\(roleID).docx.xml")
  }

  @Test(arguments: ExportFormat.allCases)
  func englishGuideMatchesItsGolden(format: ExportFormat) throws {
    let doc = document(roleID: "prosjektleder", language: .en)
    let text: String =
      switch format {
      case .docx: try DocxTestReader.part("word/document.xml", of: try DocxRenderer.render(doc))
      default: String(decoding: try format.render(doc), as: UTF8.self)
      }
    let ext = format == .docx ? "docx.xml" : format.fileExtension
    GuideGoldens.check(text, named: "guide-en/prosjektleder.\(ext)")
  }

  @Test func fullGuideAcrossRolesMatchesItsGolden() {
    let guide = GuideFixtures.guide()
    let full = guide.variant(for: nil, language: .nb, consent: GuideFixtures.completeConsent)
    GuideGoldens.check(
      MarkdownRenderer.render(full.document(projectTitle: "Fixture")), named: "guide/all-roles.md")
  }
}
