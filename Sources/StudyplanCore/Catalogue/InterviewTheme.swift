/// The kinds of interview question the guide distinguishes (after Kvale & Brinkmann).
public enum QuestionKind: String, Codable, CaseIterable, Hashable, Sendable {
  /// Opens a theme: the broad question the theme is about.
  case main
  /// Opens the conversation or a new topic with a description of experience.
  case introducing
  /// Follows up what the informant just said.
  case followUp = "follow-up"
  /// Asks for more on the same point ("can you say more about…").
  case probing
  /// Asks for a concrete instance or detail.
  case specifying
  /// Asks straight out about the topic.
  case direct
  /// Asks about how others see it, for topics where a direct question invites a defensive answer.
  case indirect
  /// Moves the conversation on or back to the theme.
  case structuring
  /// Checks the interviewer's understanding ("so you mean that…").
  case interpreting
}

/// A follow-up line under a theme's main question.
public struct Probe: Codable, Hashable, Sendable {
  /// What kind of probe it is.
  public var kind: QuestionKind
  /// The probe's wording.
  public var text: LocalizedText

  public init(kind: QuestionKind, text: LocalizedText) {
    self.kind = kind
    self.text = text
  }
}

/// An interview theme a catalogue entry suggests: a main question with typed probes.
///
/// The guide is built from the themes of the protocol's research questions; each theme says
/// which roles it fits (its own list, or else its research question's), gives each role it can
/// an entry question in that role's perspective, and may carry an indirect wording that roles
/// who should not grade their own work head-on get as a probe after the direct question.
public struct InterviewTheme: Codable, Hashable, Sendable {
  /// A stable kebab-case id, unique within the catalogue.
  public var id: String
  /// The theme's heading.
  public var title: LocalizedText
  /// The main question that opens the theme.
  public var mainQuestion: LocalizedText
  /// An indirect wording of the main question, for roles that call for it.
  public var indirectQuestion: LocalizedText?
  /// Probes under the main question, in the order they are asked.
  public var probes: [Probe]
  /// The ids of the roles the theme fits; empty means the research question's roles.
  public var roleIDs: [String]
  /// The entry question in one role's perspective, keyed by role id; a role without one is
  /// asked `mainQuestion`.
  public var roleQuestions: [String: LocalizedText]
  /// The entry question in the past tense, for former office-holders (`tidligere ordfører` …).
  public var formerQuestion: LocalizedText?

  public init(
    id: String,
    title: LocalizedText,
    mainQuestion: LocalizedText,
    indirectQuestion: LocalizedText? = nil,
    probes: [Probe],
    roleIDs: [String] = [],
    roleQuestions: [String: LocalizedText] = [:],
    formerQuestion: LocalizedText? = nil
  ) {
    self.id = id
    self.title = title
    self.mainQuestion = mainQuestion
    self.indirectQuestion = indirectQuestion
    self.probes = probes
    self.roleIDs = roleIDs
    self.roleQuestions = roleQuestions
    self.formerQuestion = formerQuestion
  }

  /// The roles the theme is asked of when its research question suggests `questionRoleIDs`:
  /// its own list, or else the question's, with every role it has an entry question for.
  public func fittingRoleIDs(questionRoleIDs: [String]) -> [String] {
    var ids = roleIDs.isEmpty ? questionRoleIDs : roleIDs
    for id in roleQuestions.keys.sorted() where !ids.contains(id) { ids.append(id) }
    return ids
  }

  /// The guide question's per-role wordings: the role questions and the past-tense one.
  public var guideRoleTexts: [String: LocalizedText] {
    var texts = roleQuestions
    if let formerQuestion { texts[InformantRole.formerKey] = formerQuestion }
    return texts
  }
}
