import Testing

@testable import StudyplanCore

/// Asking and dropping research questions in a protocol.
@Suite struct ProtocolQuestionsTests {
  @Test func askingACatalogueQuestionTwiceIsRefused() throws {
    var plan = StudyProtocol(title: "T")
    try plan.ask(catalogueID: "Regional-Economy")
    #expect(plan.questions == [.catalogue("regional-economy")])
    #expect(throws: StudyplanError.questionAlreadyAsked("regional-economy")) {
      try plan.ask(catalogueID: "regional-economy")
    }
  }

  @Test func ownQuestionsAreNumberedOnePastTheHighest() throws {
    var plan = StudyProtocol(title: "T")
    let dims = QuestionDimensions(unit: .municipality, comparison: .reform)
    try plan.ask(own: "Første?", dimensions: dims)
    try plan.ask(own: "Andre?", dimensions: dims)
    try plan.drop(questionID: "own-1")
    let third = try plan.ask(own: "Tredje?", dimensions: dims)
    #expect(third.id == "own-3")
    #expect(throws: StudyplanError.questionAlreadyAsked("own-2")) {
      try plan.ask(own: "Andre?", dimensions: dims)
    }
    #expect(throws: StudyplanError.emptyOwnQuestion) { try plan.ask(own: "  ", dimensions: dims) }
  }

  @Test func droppingAnAbsentQuestionSuggestsTheNearestPresentOne() throws {
    var plan = StudyProtocol(title: "T")
    try plan.ask(catalogueID: "state-programmes")
    #expect(
      throws: StudyplanError.questionNotInProtocol(
        "state-programme", suggestion: "state-programmes")
    ) {
      try plan.drop(questionID: "state-programme")
    }
    let dropped = try plan.drop(questionID: "state-programmes")
    #expect(dropped.id == "state-programmes")
    #expect(plan.questions.isEmpty)
  }

  @Test func suggestedRolesFollowTheQuestionsInOrderWithoutRepeats() throws {
    var plan = StudyProtocol(title: "T")
    try plan.ask(catalogueID: "horizontal-versus-vertical")
    try plan.ask(catalogueID: "small-versus-larger-members")
    #expect(
      plan.suggestedRoleIDs() == [
        "ordforer", "kommunedirektor", "naeringssjef", "prosjektleder", "regionradsleder",
      ])
  }
}
