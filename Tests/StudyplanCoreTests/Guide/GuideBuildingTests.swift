import Testing

@testable import StudyplanCore

@Test func builtGuideRunsFromIntroductionThroughThemesToClosing() {
  let guide = GuideFixtures.guide()
  #expect(
    guide.sections.map(\.id) == [
      "intro", "warm-up", "transition", "kapasitet", "nytte", "forankring", "reformen",
      "framtid", "resultater", "closing",
    ])
  #expect(guide.sections.first?.minutes == 5)
  #expect(guide.section("closing")?.minutes == 10)
  #expect(guide.themes.allSatisfy { $0.minutes == nil })
}

@Test func eachResearchQuestionsFirstThemeIsAMustAndExtrasQueueBehind() {
  let guide = GuideFixtures.guide()
  let priorities = guide.themes.map { ($0.id, $0.questions[0].priority) }
  #expect(priorities.map(\.1) == [.must, .must, .must, .must, .should, .ifTime])
  #expect(priorities.last?.0 == "resultater")
}

@Test func questionsAreNumberedInInterviewOrder() {
  let guide = GuideFixtures.guide()
  let ids = guide.allQuestions.map(\.question.id)
  #expect(ids == (1...ids.count).map { "q\($0)" })
  #expect(guide.nextQuestionNumber == ids.count + 1)
}

@Test func aThemeSharedByTwoResearchQuestionsServesBoth() {
  let shared = GuideFixtures.capacity
  let guide = InterviewGuide.make(from: [
    GuideThemeSource(researchQuestionID: "rq-a", themes: [shared]),
    GuideThemeSource(researchQuestionID: "rq-b", themes: [shared]),
  ])
  #expect(guide.themes.count == 1)
  #expect(guide.themes[0].questions[0].researchQuestionIDs == ["rq-a", "rq-b"])
}

@Test func themeProbesKeepTheirKindsAndOrder() {
  let guide = GuideFixtures.guide()
  let probes = guide.section("kapasitet")?.questions.first?.probes ?? []
  #expect(probes.map(\.kind) == [.probing, .specifying, .interpreting])
  #expect(guide.section("kapasitet")?.questions.first?.minutes == 9)
}
