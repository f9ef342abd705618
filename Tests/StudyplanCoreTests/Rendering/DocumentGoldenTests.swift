import Foundation
import Testing

@testable import StudyplanCore

/// The letter and the methods text in every format (DOCX kept as its `word/document.xml`).
@Suite struct DocumentGoldenTests {
  static func text(_ document: ExportDocument, _ format: ExportFormat) throws -> String {
    switch format {
    case .docx:
      try DocxTestReader.part("word/document.xml", of: try DocxRenderer.render(document))
    default:
      String(decoding: try format.render(document), as: UTF8.self)
    }
  }

  static func name(_ stem: String, _ format: ExportFormat) -> String {
    "\(stem).\(format == .docx ? "docx.xml" : format.fileExtension)"
  }

  @Test(arguments: ExportFormat.allCases)
  func theLetterMatchesItsGoldenInEveryFormat(format: ExportFormat) throws {
    var consent = GuideFixtures.completeConsent
    consent.clear(.siktReference)
    let letter = InformationLetter(for: GuideFixtures.studyProtocol(consent: consent))
    GuideGoldens.check(
      try Self.text(letter.document, format), named: Self.name("letter/letter", format))
  }

  @Test(arguments: ExportFormat.allCases)
  func theMethodsTextMatchesItsGoldenInEveryFormat(format: ExportFormat) throws {
    let methods = MethodsText(for: GuideFixtures.studyProtocol(), sampling: fixtureSampling)
    GuideGoldens.check(
      try Self.text(methods.document, format), named: Self.name("methods/methods", format))
  }

  @Test func plainTextStaysWithinSeventyTwoColumnsForEMail() throws {
    let documents = [
      sampleGuideDocument(), InformationLetter(for: GuideFixtures.studyProtocol()).document,
      MethodsText(for: GuideFixtures.studyProtocol(), sampling: fixtureSampling).document,
    ]
    for document in documents {
      for line in PlainTextRenderer.render(document).split(separator: "\n") {
        let fits = line.count <= PlainTextRenderer.width || !line.dropFirst(2).contains(" ")
        #expect(fits, "too long for e-mail: '\(line)'")
      }
    }
  }
}
