import Foundation
import Testing

@testable import StudyplanCore

/// `Protocols/*.json`: the embedded copies, the exchange-format round trip, and what the shipped
/// protocols must hold.
@Suite struct ShippedProtocolsTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static var files: [String] {
    let folder = root.appendingPathComponent("Protocols")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted()
  }

  static func text(of file: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent("Protocols/\(file)"), encoding: .utf8)
  }

  @Test func theEmbeddedProtocolsAreExactlyTheFilesOfProtocols() throws {
    #expect(ShippedProtocol.all.map(\.fileName) == Self.files, "rerun Scripts/embed_protocols.py")
    for shipped in ShippedProtocol.all {
      #expect(
        try shipped.json == Self.text(of: shipped.fileName),
        "\(shipped.fileName) differs from its embedded copy; rerun Scripts/embed_protocols.py")
    }
  }

  @Test func theSurveyAndATemplatePerModelShip() throws {
    #expect(
      Self.files == [
        "byr-project-leaders-2019.json", "model-1.json", "model-2.json", "model-3.json",
      ])
  }

  @Test(arguments: files)
  func importThenExportGivesTheFileBackByteForByte(file: String) throws {
    let text = try Self.text(of: file)
    let document = try ProtocolJSON.decode(Data(text.utf8), file: file)
    #expect(try ProtocolJSON.encode(document) == Data(text.utf8))
  }

  @Test(arguments: files)
  func everyShippedProtocolIsADraftWithAGuideCheckedAgainstItsRoles(file: String) throws {
    let document = try ProtocolJSON.decode(Data(try Self.text(of: file).utf8), file: file)
    #expect(document.status == .draft)
    #expect(document.lineage == Lineage())
    // The purpose is one sentence, as every document writes it (issue 23).
    #expect(!document.purpose.isEmpty && !document.purpose.contains(". "))
    let findings = DesignCheck.run(document).map(\.message)
    // Only the consent fields (and so the letter's points) are left open: coverage and time fit
    // in every shipped protocol.
    #expect(findings.count == 2, "\(findings)")
    #expect(findings.first?.hasPrefix("consent fields not set") == true)
    #expect(findings.last?.hasPrefix("the information letter covers") == true)
  }

  @Test func theSurveyAsksItsSixQuestionsOfTheProjectLeaderOnly() throws {
    let survey = try ShippedProtocol.named("byr-project-leaders-2019").document()
    #expect(survey.questions.map(\.id) == (1...6).map { "own-\($0)" })
    #expect(survey.questions.allSatisfy { $0.dimensions?.unit == .cooperation })
    #expect(survey.model?.model == .cooperationCentred)
    #expect(survey.roles.map(\.id) == ["prosjektleder"])
    let guide = try #require(survey.guide)
    #expect(guide.targetMinutes == 45)
    for question in survey.questions {
      let serving = guide.allQuestions.map(\.question)
        .filter { $0.researchQuestionIDs.contains(question.id) }
      #expect(serving.count == 1, "\(question.id)")
      #expect(
        serving.first?.text.en != serving.first?.text.nb, "\(question.id) has an English wording")
    }
  }

  @Test func theSurveyIsACensusOfEveryByRRegionWithMembersInClassesFiveAndSix() throws {
    let sample = try #require(
      try ShippedProtocol.named("byr-project-leaders-2019").document().sample)
    // The note interviewed the project leader of every such region: a census of regions, not a
    // draw. Since the fifth pass the embedded member lists know all 29 of the note's regions.
    #expect(sample.plan.design == .census)
    #expect(sample.plan.level == .cooperation)
    #expect(sample.plan.filter == "byr = any and centrality in 5,6")
    #expect(sample.units.count == 29)
  }

  @Test func theSurveyFillsOnlyTheConsentFieldsTheNoteSupports() throws {
    let document = try ShippedProtocol.named("byr-project-leaders-2019").document()
    let consent = document.consent
    #expect(consent.interviewMode == .telephone)
    #expect(consent.recruitment == .direct)
    #expect(
      consent.missing(fallbackPurpose: document.purpose).map(\.rawValue)
        == [
          "controller-contact", "project-contact", "dpo", "legal-basis", "special-categories",
          "sikt-reference", "sikt-contact", "end-date", "archiving", "recording", "consent-form",
          "recipients", "processors", "transfer-outside-eea",
        ])
  }

  @Test(arguments: [(1, StudyModel.municipalityCentred), (2, .cooperationCentred), (3, .combined)])
  func eachModelTemplateChoosesItsModelAndLeavesSampleAndConsentOpen(
    number: Int, model: StudyModel
  ) throws {
    let template = try ShippedProtocol.named("model-\(number)").document()
    #expect(template.model?.model == model)
    #expect(template.model?.isAgainstMapping == false)
    #expect(template.sample == nil)
    #expect(template.consent == ConsentFields())
    #expect(template.roles.count >= 3)
    #expect(template.guide != nil)
  }

  @Test func startingFromATemplateKeepsItsDesignUnderTheNewTitle() throws {
    let template = try ShippedProtocol.named("MODEL-2")
    let started = try StudyProtocol.started(from: template, title: "Vest-Telemark 2027")
    let original = try template.document()
    #expect(started.title == "Vest-Telemark 2027")
    #expect(started.lineage == Lineage(template: "model-2"))
    #expect(started.questions == original.questions)
    #expect(started.guide == original.guide)
  }

  @Test func anUnknownTemplateSuggestsTheClosest() {
    #expect(throws: StudyplanError.unknownTemplate("model-4", suggestion: "model-1")) {
      try ShippedProtocol.named("model-4")
    }
    #expect(
      StudyplanError.unknownTemplate("modle-2", suggestion: "model-2").description
        == "no template with id 'modle-2'. Did you mean 'model-2'?")
  }

  @Test func theDescriptionIsThePurposesFirstSentence() {
    let document = StudyProtocol(title: "T", purpose: "First part. Second part.")
    #expect(document.oneLineDescription() == "First part")
    #expect(
      StudyProtocol(title: "T", purpose: "abcdefghij").oneLineDescription(limit: 5) == "abcd…")
  }
}
