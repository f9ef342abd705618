import Testing

@testable import StudyplanCore

/// A protocol with a research question no theme serves and a guide too long for two roles.
func flawedProtocol() -> StudyProtocol {
  var studyProtocol = GuideFixtures.studyProtocol(guide: GuideFixtures.guide(targetMinutes: 45))
  studyProtocol.questions.append(ProtocolQuestion(id: "rq-okonomi"))
  return studyProtocol
}

@Test func checkReportsAResearchQuestionNoRoleIsAskedAbout() {
  let findings = DesignCheck.run(flawedProtocol())
  #expect(findings.contains(.uncoveredResearchQuestion("rq-okonomi")))
  #expect(!findings.contains(.uncoveredResearchQuestion("rq-kapasitet")))
}

@Test func checkReportsEachRoleWhoseGuideIsOverItsTime() {
  let findings = DesignCheck.run(flawedProtocol())
  let over = findings.filter { if case .roleGuideOverTime = $0 { true } else { false } }
  #expect(
    over == [
      .roleGuideOverTime(roleID: "ordforer", plannedMinutes: 47, targetMinutes: 45),
      .roleGuideOverTime(roleID: "kommunedirektor", plannedMinutes: 47, targetMinutes: 45),
    ])
  #expect(
    over.first?.message
      == "the guide for 'ordforer' is planned at 47 min, over its 45 min target by 2; shorten "
      + "sections or mark questions if-time")
}

@Test func aWellFormedProtocolPassesEveryCheck() {
  #expect(DesignCheck.run(GuideFixtures.studyProtocol()) == [.unusualThemeCount(6)])
}

@Test func aResearchQuestionServedOnlyByTrimmedQuestionsCountsAsUncovered() throws {
  var guide = GuideFixtures.guide()
  for role in GuideFixtures.roles { try guide.setTargetMinutes(30, forRole: role.id) }
  try guide.setResearchQuestions(of: "q10", to: ["rq-nytt"])
  var studyProtocol = GuideFixtures.studyProtocol(guide: guide)
  studyProtocol.questions.append(ProtocolQuestion(id: "rq-nytt"))
  #expect(DesignCheck.run(studyProtocol).contains(.uncoveredResearchQuestion("rq-nytt")))
}

@Test func aThemeQuestionServingNothingIsReported() throws {
  var guide = GuideFixtures.guide()
  let id = try guide.addQuestion(
    LocalizedText(nb: "Løst spørsmål?", en: "Loose question?"), toSection: "nytte")
  try guide.setResearchQuestions(of: "q6", to: ["rq-nytte", "rq-finnes-ikke"])
  let findings = DesignCheck.run(GuideFixtures.studyProtocol(guide: guide))
  #expect(findings.contains(.questionServesNoResearchQuestion(questionID: id)))
  #expect(
    findings.contains(
      .questionServesUnknownResearchQuestion(questionID: "q6", researchQuestionID: "rq-finnes-ikke")
    ))
}

@Test func incompleteConsentIsReportedWithTheFieldsToSet() {
  var consent = GuideFixtures.completeConsent
  consent.clear(.dataProtectionOfficer)
  consent.clear(.projectEndDate)
  let findings = DesignCheck.run(GuideFixtures.studyProtocol(consent: consent))
  #expect(findings.contains(.consentIncomplete([.dataProtectionOfficer, .projectEndDate])))
  #expect(
    DesignDiagnostic.consentIncomplete([.dataProtectionOfficer, .projectEndDate]).message
      == "consent fields not set: dpo, end-date; set them with 'consent FIELD VALUE'")
}

@Test func aProtocolWithoutGuideOrRolesSaysWhatToDoNext() {
  let findings = DesignCheck.run(GuideFixtures.studyProtocol(guide: nil))
  #expect(findings.contains(.noGuide))
  var bare = StudyProtocol(title: "Tom")
  bare.consent = GuideFixtures.completeConsent
  // Without roles the letter cannot say why the reader is asked (point 1).
  #expect(
    DesignCheck.run(bare) == [
      .noResearchQuestions, .noRoles, .letterPointsUncovered([.invitation]),
    ])
}
