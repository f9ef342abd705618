/// A finding about a protocol's design: collected and shown, never thrown.
public enum DesignDiagnostic: Equatable, Sendable {
  /// The protocol has no research questions yet.
  case noResearchQuestions
  /// The protocol has no informant roles yet.
  case noRoles
  /// The protocol has no guide yet.
  case noGuide
  /// No role's guide asks a question serving this research question.
  case uncoveredResearchQuestion(String)
  /// A theme question serves no research question.
  case questionServesNoResearchQuestion(questionID: String)
  /// A question names a research question the protocol does not have.
  case questionServesUnknownResearchQuestion(questionID: String, researchQuestionID: String)
  /// A question is limited to roles none of which the protocol interviews.
  case questionFitsNoRole(questionID: String)
  /// A role's guide is planned longer than its target, even after trimming if-time questions.
  case roleGuideOverTime(roleID: String, plannedMinutes: Int, targetMinutes: Int)
  /// A role is asked no theme question at all.
  case roleHasNoThemes(roleID: String)
  /// A role's guide is planned far under its target (below `DesignCheck.underTimeShare`).
  case roleGuideUnderTime(roleID: String, plannedMinutes: Int, targetMinutes: Int)
  /// Two roles are asked exactly the same questions in the same words.
  case identicalRoleGuides(String, String)
  /// A guide question breaks a rule of the question linter.
  case questionLint(LintFinding, language: Language)
  /// Guide texts that are written in one language only.
  case missingTranslation(addresses: [String], language: Language)
  /// A drafted question (own research question) that has not been rewritten yet.
  case draftQuestion(questionID: String)
  /// The guide has fewer than 3 or more than 5 themes.
  case unusualThemeCount(Int)
  /// The consent fields the information letter needs are not all set.
  case consentIncomplete([ConsentField])
  /// A free-text consent field looks like it holds a person's contact details.
  case consentFieldLooksPersonal(ConsentField, PersonalDataPattern)
  /// The drawn sample holds none or too few of the units a research question is about.
  case sampleDoesNotFit(SampleFit.Finding)
  /// Sampled units are part of one municipality today, or were one before a split.
  case unitsShareMunicipality(SharedMunicipality)
  /// A research question about the present is asked of sampled units that no longer exist.
  case presentDayQuestionOverDissolvedUnits(PresentDayCheck.Finding)

  /// Points of the information letter's checklist the letter does not cover yet.
  case letterPointsUncovered([LetterChecklistItem])
  /// A signed consent form is planned for telephone or video interviews.
  case writtenConsentForRemoteInterview

  /// How serious a finding is.
  public enum Severity: String, Sendable {
    /// The design has a gap a reviewer would point out.
    case warning
    /// Worth a look; the design may be intended.
    case note
  }

  /// The finding's severity.
  public var severity: Severity {
    switch self {
    case .unusualThemeCount, .questionFitsNoRole, .writtenConsentForRemoteInterview,
      .letterPointsUncovered, .missingTranslation:
      .note
    case .unitsShareMunicipality(let shared):
      shared.relation == .partOf && !shared.isByDesign ? .warning : .note
    default: .warning
    }
  }

  /// The one-line message, in the planner's voice.
  public var message: String {
    switch self {
    case .noResearchQuestions:
      "the protocol has no research questions; add one with 'ask QUESTION-ID'"
    case .noRoles:
      "the protocol has no informant roles; add one with 'roles add ROLE'"
    case .noGuide:
      "the protocol has no guide; run 'guide build' to build it"
    case .uncoveredResearchQuestion(let id):
      "research question '\(id)' is not covered by any role's guide; link a question to it "
        + "with 'guide link QUESTION \(id)'"
    case .questionServesNoResearchQuestion(let id):
      "guide question '\(id)' serves no research question; link it or remove it"
    case .questionServesUnknownResearchQuestion(let id, let rq):
      "guide question '\(id)' serves '\(rq)', which is not one of the protocol's research "
        + "questions"
    case .questionFitsNoRole(let id):
      "guide question '\(id)' fits none of the protocol's roles, so no one is asked it"
    case .roleGuideOverTime(let role, let planned, let target):
      "the guide for '\(role)' is planned at \(planned) min, over its \(target) min target by "
        + "\(planned - target); shorten sections or mark questions if-time"
    case .roleHasNoThemes(let role):
      "the guide for '\(role)' asks no theme question"
    case .roleGuideUnderTime(let role, let planned, let target):
      "the guide for '\(role)' is planned at \(planned) of its \(target) min target, under "
        + "three quarters; give the role more themes or set 'guide length \(planned) --role "
        + "\(role)'"
    case .identicalRoleGuides(let first, let second):
      "the guides for '\(first)' and '\(second)' ask the same questions in the same words; give "
        + "each role its own entry questions or interview one of them"
    case .questionLint(let finding, let language):
      "guide question '\(finding.address)' is \(finding.rule.rawValue) ('\(finding.evidence)'); "
        + finding.rule.rewrite(in: language)
    case .missingTranslation(let addresses, let language):
      "guide texts not yet written in \(language == .nb ? "bokmål" : "English"): "
        + addresses.joined(separator: ", ") + "; write them with 'guide edit ID \"TEXT\" --lang "
        + "\(language.rawValue)'"
    case .draftQuestion(let id):
      "guide question '\(id)' is a draft made from your own research question; rewrite it with "
        + "'guide edit \(id) \"TEXT\"'"
    case .unusualThemeCount(let count):
      "the guide has \(counted(count, "theme")); 3 to 5 is usual for a semi-structured interview"
    case .consentIncomplete(let fields):
      "consent fields not set: " + fields.map(\.rawValue).joined(separator: ", ")
        + "; set them with 'consent FIELD VALUE'"
    case .letterPointsUncovered(let items):
      "the information letter covers \(LetterChecklistItem.allCases.count - items.count) of "
        + "\(LetterChecklistItem.allCases.count) checklist points; not yet: "
        + (items.count <= 3
          ? items.map { "\($0.rawValue) (\($0.label(in: .en)))" }.joined(separator: ", ")
          : "points " + items.map { "\($0.rawValue)" }.joined(separator: ", "))
        + "; 'export letter-checklist' shows what each needs"
    case .writtenConsentForRemoteInterview:
      "consent-form is 'written' but the interviews are by telephone or video; 'consent "
        + "consent-form oral' gives the letter an oral consent read out at the start instead of "
        + "a signature line"
    case .sampleDoesNotFit(let finding):
      finding.message
    case .unitsShareMunicipality(let shared):
      shared.isByDesign
        ? "the pair shares a municipality today, as its design asks: \(shared.message) "
          + "(\(shared.officeRemark))"
        : shared.relation == .partOf
          ? "sampled units share a municipality today: \(shared.message) (\(shared.officeRemark))"
          : "sampled units were one municipality: \(shared.message)"
    case .presentDayQuestionOverDissolvedUnits(let finding):
      finding.message
    case .consentFieldLooksPersonal(let field, let pattern):
      "consent field '\(field.rawValue)' looks like it holds \(pattern.rawValue); the protocol "
        + "needs a role or an institutional contact, not a person's details"
    }
  }
}
