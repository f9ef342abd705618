import Foundation

/// The design checks `check` runs and the REPL shows after edits.
///
/// Every research question is covered for at least one role; every theme question serves a
/// research question; each role's guide fits its time; the consent fields are complete.
public enum DesignCheck {
  /// All findings for `studyProtocol`, with the design–question fit of its sample judged on
  /// `frame` (the frame the sample was drawn from).
  public static func run(_ studyProtocol: StudyProtocol, frame: SamplingFrame) -> [DesignDiagnostic]
  {
    var findings = run(studyProtocol)
    if let sample = studyProtocol.sample {
      findings += SampleFit.findings(
        sample: sample, questionIDs: studyProtocol.questions.map(\.id), frame: frame
      ).map(DesignDiagnostic.sampleDoesNotFit)
      findings += SharedMunicipality.find(in: sample, lineage: frame.lineage)
        .map(DesignDiagnostic.unitsShareMunicipality)
      findings += PresentDayCheck.findings(for: studyProtocol, lineage: frame.lineage)
        .map(DesignDiagnostic.presentDayQuestionOverDissolvedUnits)
    }
    return findings
  }

  /// All findings for `studyProtocol`, in a stable order.
  public static func run(_ studyProtocol: StudyProtocol) -> [DesignDiagnostic] {
    var findings: [DesignDiagnostic] = []
    let researchIDs = studyProtocol.questions.map(\.id)
    if researchIDs.isEmpty { findings.append(.noResearchQuestions) }
    if studyProtocol.roles.isEmpty { findings.append(.noRoles) }
    if let guide = studyProtocol.guide {
      findings += guideFindings(guide, protocol: studyProtocol)
    } else if !researchIDs.isEmpty {
      findings.append(.noGuide)
    }
    let consent = studyProtocol.consent
    let missing = consent.missing(fallbackPurpose: studyProtocol.purpose)
    if !missing.isEmpty { findings.append(.consentIncomplete(missing)) }
    let checklist = LetterChecklist(for: studyProtocol)
    let open = LetterChecklistItem.allCases.filter {
      !checklist.covered.contains($0) && !checklist.notApplicable.contains($0)
    }
    if !open.isEmpty { findings.append(.letterPointsUncovered(open)) }
    for finding in consent.personalDataFindings {
      findings.append(.consentFieldLooksPersonal(finding.field, finding.pattern))
    }
    if consent.consentForm == .written,
      consent.interviewMode == .telephone || consent.interviewMode == .video
    {
      findings.append(.writtenConsentForRemoteInterview)
    }
    return findings
  }

  static func guideFindings(
    _ guide: InterviewGuide, protocol studyProtocol: StudyProtocol
  ) -> [DesignDiagnostic] {
    var findings: [DesignDiagnostic] = []
    let researchIDs = studyProtocol.questions.map(\.id)
    let known = Set(researchIDs)
    let roleIDs = Set(studyProtocol.roles.map(\.id))
    for section in guide.sections where section.kind == .theme {
      for question in section.questions {
        if question.researchQuestionIDs.isEmpty {
          findings.append(.questionServesNoResearchQuestion(questionID: question.id))
        }
        for id in question.researchQuestionIDs where !known.contains(id) {
          findings.append(
            .questionServesUnknownResearchQuestion(questionID: question.id, researchQuestionID: id))
        }
        if !roleIDs.isEmpty, !question.roleIDs.isEmpty,
          roleIDs.isDisjoint(with: question.roleIDs)
        {
          findings.append(.questionFitsNoRole(questionID: question.id))
        }
      }
    }
    let variants: [RoleGuide] =
      studyProtocol.roles.isEmpty
      ? [guide.variant(for: nil, language: studyProtocol.language)]
      : studyProtocol.roles.map { guide.variant(for: $0, language: studyProtocol.language) }
    var covered: Set<String> = []
    for variant in variants {
      for section in variant.sections where section.kind == .theme {
        for question in section.questions { covered.formUnion(question.researchQuestionIDs) }
      }
    }
    for id in researchIDs where !covered.contains(id) {
      findings.append(.uncoveredResearchQuestion(id))
    }
    for variant in variants {
      guard let roleID = variant.roleID else { continue }
      if !variant.fitsTime {
        findings.append(
          .roleGuideOverTime(
            roleID: roleID, plannedMinutes: variant.totalMinutes,
            targetMinutes: variant.targetMinutes))
      }
      if !variant.sections.contains(where: { $0.kind == .theme }) {
        findings.append(.roleHasNoThemes(roleID: roleID))
      }
    }
    for variant in variants {
      guard let roleID = variant.roleID, variant.sections.contains(where: { $0.kind == .theme })
      else { continue }
      if variant.totalMinutes * 4 < variant.targetMinutes * 3 {
        findings.append(
          .roleGuideUnderTime(
            roleID: roleID, plannedMinutes: variant.totalMinutes,
            targetMinutes: variant.targetMinutes))
      }
    }
    let keyed = variants.compactMap { variant in variant.roleID.map { ($0, questionKey(variant)) } }
    for (i, first) in keyed.enumerated() {
      for second in keyed[(i + 1)...] where first.1 == second.1 {
        findings.append(.identicalRoleGuides(first.0, second.0))
      }
    }
    let themeCount = guide.themes.count
    if themeCount < 3 || themeCount > 5 { findings.append(.unusualThemeCount(themeCount)) }
    let language = studyProtocol.language
    for finding in QuestionLinter.lint(
      guide, language: language, roleIDs: studyProtocol.roles.map(\.id))
    {
      findings.append(.questionLint(finding, language: language))
    }
    // A draft is a draft in the protocol's language; its other-language text still carrying
    // the marker is an untranslated text (a note), so a study in one language can be final.
    let marker = InterviewTheme.draftMarker.text(in: language)
    for (_, question) in guide.allQuestions
    where question.text.text(in: language).hasPrefix(marker) {
      findings.append(.draftQuestion(questionID: question.id))
    }
    let other: Language = language == .nb ? .en : .nb
    let missing = untranslated(guide, in: other)
    if !missing.isEmpty {
      findings.append(.missingTranslation(addresses: missing, language: other))
    }
    return findings
  }

  /// A role's questions as asked, without the introduction (which names the role).
  static func questionKey(_ variant: RoleGuide) -> [String] {
    variant.sections.flatMap { section in
      section.questions.flatMap { [$0.text] + $0.probes.map(\.text) }
    }
  }

  /// The addresses of guide texts that are blank in `language`, or still the draft made from
  /// an own research question: theme titles, questions and probes.
  static func untranslated(_ guide: InterviewGuide, in language: Language) -> [String] {
    let marker = InterviewTheme.draftMarker.text(in: language)
    func blank(_ text: LocalizedText) -> Bool {
      let written = text.text(in: language).trimmingCharacters(in: .whitespacesAndNewlines)
      return written.isEmpty || written.hasPrefix(marker)
    }
    var addresses: [String] = []
    for section in guide.sections {
      if let title = section.title, blank(title) { addresses.append(section.id) }
      for question in section.questions {
        if blank(question.text) { addresses.append(question.id) }
        for (index, probe) in question.probes.enumerated() where blank(probe.text) {
          addresses.append("\(question.id).\(index + 1)")
        }
      }
    }
    return addresses
  }
}
