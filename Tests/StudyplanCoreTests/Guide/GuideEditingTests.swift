import Testing

@testable import StudyplanCore

@Test func anAddedQuestionGetsTheNextIdAndRaisesTheRevision() throws {
  var guide = GuideFixtures.guide()
  let id = try guide.addQuestion(
    LocalizedText(nb: "Nytt spørsmål?", en: "New question?"), toSection: "nytte", at: 1,
    researchQuestionIDs: ["rq-nytte"])
  #expect(id == "q15")
  #expect(guide.section("nytte")?.questions.first?.id == "q15")
  #expect(guide.revision == 2)
}

@Test func aQuestionMovesToAnotherSectionAtAPosition() throws {
  var guide = GuideFixtures.guide()
  try guide.move("q6", toSection: "kapasitet", at: 1)
  #expect(guide.section("kapasitet")?.questions.map(\.id) == ["q6", "q5"])
  #expect(guide.section("nytte")?.questions.isEmpty == true)
}

@Test func probesAreAddressedByQuestionAndNumber() throws {
  var guide = GuideFixtures.guide()
  try guide.editText(of: "q5.2", to: "Et konkret eksempel?", language: .nb)
  let probe = guide.question("q5")?.probes[1]
  #expect(probe?.text.nb == "Et konkret eksempel?")
  #expect(probe?.text.en == "Do you have a concrete example of a measure?")
  try guide.move("q5.3", at: 1)
  #expect(guide.question("q5")?.probes.first?.kind == .interpreting)
  try guide.remove("q5.1")
  #expect(guide.question("q5")?.probes.count == 2)
}

@Test func timingAQuestionChangesTheRolesPlannedTime() throws {
  var guide = GuideFixtures.guide()
  let before = guide.variant(for: GuideFixtures.mayor, language: .nb).totalMinutes
  try guide.setMinutes(ofQuestion: "q5", to: 15)
  #expect(guide.variant(for: GuideFixtures.mayor, language: .nb).totalMinutes == before + 6)
  try guide.setMinutes(ofSection: "kapasitet", to: 5)
  #expect(guide.variant(for: GuideFixtures.mayor, language: .nb).totalMinutes == before - 4)
}

@Test func themesCanBeAddedMovedAndRemovedButFramingSectionsStay() throws {
  var guide = GuideFixtures.guide()
  let id = try guide.addTheme(LocalizedText(nb: "Økonomi i regionen", en: "Regional economy"))
  #expect(id == "okonomi-i-regionen")
  #expect(guide.sections[guide.sections.count - 2].id == id)
  try guide.moveTheme(id, to: 1)
  #expect(guide.themes.first?.id == id)
  try guide.removeTheme(id)
  #expect(guide.section(id) == nil)
  #expect(throws: StudyplanError.fixedGuideSection("closing")) { try guide.removeTheme("closing") }
}

@Test func anUnknownQuestionIsReportedWithTheClosestId() {
  var guide = GuideFixtures.guide()
  #expect(throws: StudyplanError.unknownGuideQuestion("q55", suggestion: "q5")) {
    try guide.remove("q55")
  }
  let error = StudyplanError.unknownGuideSection("kapasitt", suggestion: "kapasitet")
  #expect(error.description == "the guide has no section 'kapasitt'. Did you mean 'kapasitet'?")
}

@Test(arguments: [("12", 12), ("12m", 12), ("45 min", 45), ("240", 240)])
func minutesAreReadFromWhatAUserTypes(text: String, minutes: Int) throws {
  #expect(try InterviewGuide.parseMinutes(text) == minutes)
}

@Test(arguments: ["0", "-3", "ten", "241", ""])
func nonsenseMinutesAreAUsageError(text: String) {
  #expect(throws: StudyplanError.invalidMinutes(text)) { try InterviewGuide.parseMinutes(text) }
  #expect(StudyplanError.invalidMinutes(text).kind == .usage)
}

@Test func anEmptyQuestionTextIsRefused() {
  var guide = GuideFixtures.guide()
  #expect(throws: StudyplanError.emptyGuideText) { try guide.editText(of: "q5", to: "  ") }
}

@Test func anAddedQuestionNeverReusesAnIdAlreadyInTheGuide() throws {
  var guide = GuideFixtures.guide()
  guide.nextQuestionNumber = 5
  let id = try guide.addQuestion(LocalizedText(nb: "Ny?", en: "New?"), toSection: "nytte")
  #expect(id == "q15")
  #expect(Set(guide.allQuestions.map(\.question.id)).count == guide.allQuestions.count)
}
