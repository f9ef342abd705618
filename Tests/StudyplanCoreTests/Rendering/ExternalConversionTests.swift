import Foundation
import Testing

@testable import StudyplanCore

/// Opens the exports the way users do: pandoc reads the Markdown, LibreOffice the DOCX.
@Suite struct ExternalConversionTests {
  static let pandoc = ExternalTool.find("pandoc")
  static let soffice = ExternalTool.find("soffice")

  @Test(.enabled(if: pandoc != nil, "pandoc is not installed; install it to read the Markdown"))
  func pandocReadsTheMarkdownGuideWithoutWarningsAndKeepsEveryQuestion() throws {
    let variant = GuideFixtures.guide().variant(
      for: GuideFixtures.mayor, language: .nb, consent: GuideFixtures.completeConsent)
    let markdown = MarkdownRenderer.render(variant.document(projectTitle: "Fixture"))
    let result = try ExternalTool.run(
      try #require(Self.pandoc), ["-f", "markdown", "-t", "plain", "--wrap=none"],
      input: Data(markdown.utf8))
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty, "pandoc warned: \(result.stderr)")
    for question in variant.questions {
      #expect(result.stdout.contains(question.text), "pandoc lost '\(question.id)'")
      for probe in question.probes { #expect(result.stdout.contains(probe.text)) }
    }
  }

  @Test(.enabled(if: pandoc != nil, "pandoc is not installed; install it to read the Markdown"))
  func pandocSeesNumberedQuestionsWithProbesAsNestedItems() throws {
    let doc = sampleGuideDocument()
    let result = try ExternalTool.run(
      try #require(Self.pandoc), ["-f", "markdown", "-t", "html"],
      input: Data(MarkdownRenderer.render(doc).utf8))
    let lists = doc.blocks.filter { if case .numberedList = $0 { true } else { false } }.count
    #expect(result.stdout.components(separatedBy: "<ol").count - 1 == lists)
    #expect(result.stdout.contains("<ul>"))
    #expect(result.stdout.contains("<h2"))
  }

  @Test(.enabled(if: pandoc != nil, "pandoc is not installed; install it to read the Markdown"))
  func pandocReadsMarkupInAQuestionAsLiteralText() throws {
    let markdown = MarkdownRenderer.render(try hostileGuideDocument())
    let result = try ExternalTool.run(
      try #require(Self.pandoc), ["-f", "markdown", "-t", "plain", "--wrap=none"],
      input: Data(markdown.utf8))
    // pandoc's `smart` extension curls the quotes, which is typography, not markup.
    #expect(result.stdout.contains("<script>alert(1)</script> & “quotes” *stars* @cite $x$"))
    #expect(result.stdout.contains("Tema 1: <b>Tema</b>"))
  }

  @Test(.enabled(if: pandoc != nil, "pandoc is not installed; install it to read the DOCX"))
  func pandocReadsTheDocxWithHeadingsAndNumberedQuestions() throws {
    let directory = try ExternalTool.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let input = directory.appendingPathComponent("guide.docx")
    try DocxRenderer.render(sampleGuideDocument()).write(to: input)
    let result = try ExternalTool.run(
      try #require(Self.pandoc), ["-f", "docx", "-t", "markdown", "--wrap=none", input.path])
    #expect(result.status == 0)
    #expect(result.stdout.contains("# Tema 1: Kapasitet til utviklingsarbeid (9 min)"))
    #expect(result.stdout.contains("5.  Hvordan har samarbeidet i regionen påvirket kommunens"))
    #expect(result.stdout.contains("-   *sonderende:* Kan du si mer om hva som skjedde"))
  }

  @Test(
    .enabled(
      if: soffice != nil,
      "LibreOffice (soffice) is not installed; install libreoffice-writer-nogui to open the DOCX"),
    .timeLimit(.minutes(2)))
  func libreOfficeOpensTheDocxAndFindsEveryQuestion() throws {
    let variant = GuideFixtures.guide().variant(
      for: GuideFixtures.projectLeader, language: .nb, consent: GuideFixtures.completeConsent)
    var doc = variant.document(projectTitle: "Fixture")
    doc.blocks.append(.paragraph([.plain("<script>alert(1)</script>")]))
    let text = try convertWithLibreOffice(try DocxRenderer.render(doc))
    for question in variant.questions {
      #expect(text.contains(question.text), "LibreOffice lost '\(question.id)'")
      for probe in question.probes { #expect(text.contains(probe.text)) }
    }
    #expect(text.contains("Tema 1: Nytte for kommunen (9 min)"))
    #expect(text.contains("<script>alert(1)</script>"))
  }

  @Test(
    .enabled(
      if: soffice != nil,
      "LibreOffice (soffice) is not installed; install libreoffice-writer-nogui to open the DOCX"),
    .timeLimit(.minutes(2)))
  func libreOfficeOpensTheLetterAndTheMethodsDocx() throws {
    let studyProtocol = try FieldworkFixtures.studyProtocol()
    let letter = InformationLetter(for: studyProtocol, role: GuideFixtures.mayor)
    let letterText = try convertWithLibreOffice(try DocxRenderer.render(letter.document))
    #expect(letterText.contains("Hvorfor får du spørsmål om å delta?"))
    #expect(letterText.contains("byregion@institutt.example.no"))
    #expect(letterText.contains("Signert av prosjektdeltaker"))
    let methods = MethodsText(for: studyProtocol, sampling: FieldworkFixtures.sampling)
    let methodsText = try convertWithLibreOffice(try DocxRenderer.render(methods.document))
    #expect(methodsText.contains("COREQ-sjekkliste"))
    #expect(methodsText.contains("Utskrifter sendt tilbake"))
  }

  /// Converts DOCX bytes to text with LibreOffice headless, in a private profile.
  func convertWithLibreOffice(_ docx: Data) throws -> String {
    let directory = try ExternalTool.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let input = directory.appendingPathComponent("guide.docx")
    try docx.write(to: input)
    let result = try ExternalTool.run(
      try #require(Self.soffice),
      [
        "-env:UserInstallation=file://\(directory.path)/profile", "--headless",
        "--convert-to", "txt:Text (encoded):UTF8", "--outdir", directory.path, input.path,
      ])
    #expect(result.status == 0, "soffice failed: \(result.stderr)")
    let output = directory.appendingPathComponent("guide.txt")
    return try String(contentsOf: output, encoding: .utf8)
  }
}
