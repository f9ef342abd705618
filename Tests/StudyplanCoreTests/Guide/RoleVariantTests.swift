import Testing

@testable import StudyplanCore

@Test func aRoleIsAskedOnlyTheQuestionsThatFitIt() {
  let guide = GuideFixtures.guide()
  let variant = guide.variant(for: GuideFixtures.businessOfficer, language: .nb)
  let themes = variant.sections.filter { $0.kind == .theme }.map(\.id)
  #expect(themes == ["kapasitet", "nytte", "framtid", "resultater"])
  #expect(!variant.sections.contains { $0.id == "forankring" })
}

@Test func themesAreRenumberedAfterFilteringForTheRole() {
  let variant = GuideFixtures.guide().variant(for: GuideFixtures.projectLeader, language: .nb)
  let headings = variant.sections.filter { $0.kind == .theme }.map(\.heading)
  #expect(headings.first == "Tema 1: Nytte for kommunen")
  #expect(headings.last == "Tema 4: Tiltak og nettverk")
}

@Test func ifTimeQuestionsAreTrimmedUntilTheRoleFitsItsTime() throws {
  var guide = GuideFixtures.guide()
  let untrimmed = guide.variant(for: GuideFixtures.businessOfficer, language: .nb)
  #expect(untrimmed.totalMinutes == 49)
  try guide.setTargetMinutes(45, forRole: "naeringssjef")
  let trimmed = guide.variant(for: GuideFixtures.businessOfficer, language: .nb)
  #expect(trimmed.trimmedQuestionIDs == ["q10"])
  #expect(trimmed.totalMinutes == 44)
  #expect(trimmed.fitsTime)
  #expect(!trimmed.sections.contains { $0.id == "resultater" })
}

@Test func mustQuestionsAreNeverTrimmedEvenWhenTheGuideIsTooLong() {
  let guide = GuideFixtures.guide(targetMinutes: 45)
  let variant = guide.variant(for: GuideFixtures.mayor, language: .nb)
  #expect(variant.totalMinutes == 49)
  #expect(!variant.fitsTime)
  #expect(variant.trimmedQuestionIDs.isEmpty)
}

@Test func theProjectLeaderIsAskedTheBenefitQuestionIndirectly() {
  let guide = GuideFixtures.guide()
  let leader = guide.variant(for: GuideFixtures.projectLeader, language: .nb)
  let mayor = guide.variant(for: GuideFixtures.mayor, language: .nb)
  let leaderBenefit = leader.sections.first { $0.id == "nytte" }?.questions.first
  let mayorBenefit = mayor.sections.first { $0.id == "nytte" }?.questions.first
  #expect(leaderBenefit?.isIndirect == true)
  #expect(leaderBenefit?.text.hasPrefix("Hvordan tror du de minste kommunene") == true)
  #expect(mayorBenefit?.isIndirect == false)
  #expect(mayorBenefit?.text.hasPrefix("Hva har kommunen din fått ut") == true)
}

@Test func theFullGuideKeepsEveryQuestionUntrimmed() {
  let guide = GuideFixtures.guide(targetMinutes: 45)
  let full = guide.variant(for: nil, language: .en)
  #expect(full.roleName == "all roles")
  #expect(full.questions.count == guide.allQuestions.count)
  #expect(full.trimmedQuestionIDs.isEmpty)
}

@Test func theVariantIsWrittenInTheRequestedLanguage() {
  let variant = GuideFixtures.guide().variant(for: GuideFixtures.mayor, language: .en)
  #expect(variant.sections.map(\.heading).first == "Introduction")
  #expect(variant.roleName == "mayor")
  #expect(variant.questions.contains { $0.text.hasPrefix("Has regional cooperation given") })
}
