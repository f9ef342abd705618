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
  // The theme's if-time question goes first, then the closing's (a fixed section gives up its
  // minutes).
  #expect(trimmed.trimmedQuestionIDs == ["q10", "q13"])
  #expect(trimmed.totalMinutes == 42)
  #expect(trimmed.fitsTime)
  #expect(!trimmed.sections.contains { $0.id == "resultater" })
}

@Test func mustQuestionsAreNeverTrimmedEvenWhenTheGuideIsTooLong() {
  let guide = GuideFixtures.guide(targetMinutes: 45)
  let variant = guide.variant(for: GuideFixtures.mayor, language: .nb)
  #expect(variant.totalMinutes == 47)
  #expect(!variant.fitsTime)
  #expect(variant.trimmedQuestionIDs == ["q13"])
  for id in variant.trimmedQuestionIDs { #expect(guide.question(id)?.priority == .ifTime) }
}

@Test func theProjectLeaderIsAskedDirectlyWithTheIndirectWordingAsAProbe() {
  let guide = GuideFixtures.guide()
  let leader = guide.variant(for: GuideFixtures.projectLeader, language: .nb)
  let mayor = guide.variant(for: GuideFixtures.mayor, language: .nb)
  let leaderBenefit = leader.sections.first { $0.id == "nytte" }?.questions.first
  let mayorBenefit = mayor.sections.first { $0.id == "nytte" }?.questions.first
  #expect(leaderBenefit?.isIndirect == true)
  #expect(leaderBenefit?.text.hasPrefix("Hva har kommunen din fått ut") == true)
  #expect(leaderBenefit?.probes.first?.kind == .indirect)
  #expect(
    leaderBenefit?.probes.first?.text.hasPrefix("Hvordan tror du de minste kommunene") == true)
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
  #expect(variant.questions.contains { $0.text.hasPrefix("How has regional cooperation affected") })
}
