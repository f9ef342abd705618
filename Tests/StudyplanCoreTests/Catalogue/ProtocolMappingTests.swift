import Foundation
import Testing

@testable import StudyplanCore

/// The mapping over a protocol's questions, its conflicts and choosing a model against it.
@Suite struct ProtocolMappingTests {
  private func protocolAsking(_ ids: String...) throws -> StudyProtocol {
    var plan = StudyProtocol(title: "Oppfølging")
    for id in ids { try plan.ask(catalogueID: id) }
    return plan
  }

  @Test func eachQuestionGetsItsModelReasonAndSampling() throws {
    let mapping = try protocolAsking("horizontal-versus-vertical", "state-programmes").mapping()
    #expect(mapping.questions.map(\.model) == [.municipalityCentred, .municipalityCentred])
    #expect(mapping.proposedModel == .municipalityCentred)
    #expect(mapping.conflict == nil)
    let first = try #require(mapping.questions.first)
    #expect(first.sampling?.filter == "centrality in 5,6")
    #expect(first.reason(in: .en).contains("Rule forms-meet-in-the-municipality"))
  }

  @Test func questionsPointingTo1And2ConflictAndModel3ReconcilesThem() throws {
    let mapping = try protocolAsking(
      "horizontal-versus-vertical", "small-versus-larger-members", "reform-least-central"
    ).mapping()
    #expect(mapping.proposedModel == .combined)
    let conflict = try #require(mapping.conflict)
    #expect(
      conflict.municipalityQuestionIDs == ["horizontal-versus-vertical", "reform-least-central"])
    #expect(conflict.cooperationQuestionIDs == ["small-versus-larger-members"])
    #expect(conflict.reconciliation(in: .en).hasPrefix("Model 3 reconciles them"))
    #expect(conflict.reconciliation(in: .en).contains("(small-versus-larger-members)"))
    #expect(conflict.reconciliation(in: .nb).hasPrefix("Modell 3 forener dem"))
  }

  @Test func aQuestionNeedingBothEntriesPullsTheProtocolToModel3WithoutAConflict() throws {
    let mapping = try protocolAsking("horizontal-versus-vertical", "measuring-benefit-and-result")
      .mapping()
    #expect(mapping.proposedModel == .combined)
    #expect(mapping.conflict == nil)
  }

  @Test func anOwnQuestionIsMappedFromTheDimensionAnswers() throws {
    var plan = StudyProtocol(title: "Egen")
    let own = try plan.ask(
      own: "  Hvordan   samarbeider  kystkommunene? ",
      dimensions: QuestionDimensions(unit: .both, comparison: .forms))
    #expect(own.id == "own-1")
    #expect(own.text == "Hvordan samarbeider kystkommunene?")
    let mapped = try #require(plan.mapping().questions.first)
    #expect(mapped.isOwn)
    #expect(mapped.model == .combined)
    #expect(mapped.reason(in: .en).contains("Rule unit-both"))
    #expect(mapped.sampling == nil)
  }

  @Test func model2AgainstAMappingOf1WithoutAReasonIsRefusedAndSaysWhy() throws {
    var plan = try protocolAsking("horizontal-versus-vertical")
    let refusal = StudyplanError.modelAgainstMapping(
      chosen: .cooperationCentred, proposed: .municipalityCentred,
      questionIDs: ["horizontal-versus-vertical"])
    #expect(throws: refusal) { try plan.chooseModel(.cooperationCentred) }
    #expect(throws: refusal) { try plan.chooseModel(.cooperationCentred, because: "   ") }
    #expect(plan.model == nil)
    #expect(
      refusal.description
        == "model 2 (cooperation-centred) goes against the mapping, which proposes model 1"
        + " (municipality-centred) for 'horizontal-versus-vertical'; a choice against the mapping"
        + " needs a justification: add --because TEXT")
    #expect(refusal.kind == .commandFailed)
  }

  @Test func refusingAgainstAConflictNamesEveryQuestionBehindIt() throws {
    var plan = try protocolAsking("horizontal-versus-vertical", "small-versus-larger-members")
    #expect(
      throws: StudyplanError.modelAgainstMapping(
        chosen: .municipalityCentred, proposed: .combined,
        questionIDs: ["horizontal-versus-vertical", "small-versus-larger-members"])
    ) { try plan.chooseModel(.municipalityCentred) }
  }

  @Test func model2AgainstTheMappingWithAReasonIsAcceptedAndRecorded() throws {
    var plan = try protocolAsking("horizontal-versus-vertical")
    let choice = try plan.chooseModel(
      .cooperationCentred, because: "Vi har bare tilgang til ett regionråd.")
    #expect(choice.isAgainstMapping)
    #expect(choice.proposedModel == .municipalityCentred)
    #expect(choice.justification == "Vi har bare tilgang til ett regionråd.")
    #expect(plan.model == choice)
  }

  @Test func theModelTheMappingProposesNeedsNoReason() throws {
    var plan = try protocolAsking("small-versus-larger-members")
    let choice = try plan.chooseModel(.cooperationCentred)
    #expect(!choice.isAgainstMapping)
    #expect(choice.justification == nil)
    var empty = StudyProtocol(title: "Tom")
    #expect(try empty.chooseModel(.combined).proposedModel == nil)
  }

  @Test func aRecordedChoiceSurvivesEncodingAndOldDocumentsStillDecode() throws {
    let choice = ModelChoice(
      model: .combined, justification: "begge", isAgainstMapping: true,
      proposedModel: .municipalityCentred)
    let data = try JSONEncoder().encode(choice)
    #expect(try JSONDecoder().decode(ModelChoice.self, from: data) == choice)
    let old = Data(#"{"model":2}"#.utf8)
    #expect(
      try JSONDecoder().decode(ModelChoice.self, from: old)
        == ModelChoice(model: .cooperationCentred))
  }

  @Test(arguments: ["4", "0", "two", ""])
  func anythingButOneTwoOrThreeIsNotAModel(_ text: String) {
    #expect(throws: StudyplanError.unknownModel(text)) { try StudyModel.parse(text) }
  }
}

/// Questions and the model choice travel through the protocol exchange format unchanged.
@Suite struct ProtocolQuestionExchangeTests {
  @Test func ownQuestionsAndAModelAgainstTheMappingRoundTripThroughJSON() throws {
    var plan = StudyProtocol(title: "Rundtur")
    try plan.ask(catalogueID: "horizontal-versus-vertical")
    try plan.ask(
      own: "Hvordan deler kystkommunene planleggere?",
      dimensions: QuestionDimensions(unit: .both, comparison: .forms))
    try plan.chooseModel(.cooperationCentred, because: "Bare ett regionråd svarte")
    try plan.addRole("rådmann")
    try plan.addRole("samfunnsutvikler", custom: true)
    let back = try ProtocolJSON.decode(ProtocolJSON.encode(plan), file: "rundtur.json")
    #expect(back == plan)
    #expect(back.mapping().proposedModel == .combined)
  }
}
