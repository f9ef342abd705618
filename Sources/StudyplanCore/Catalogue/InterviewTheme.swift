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
/// which roles it fits, and may carry an indirect wording for roles that should not be asked
/// to grade their own work head-on.
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
  /// The ids of the roles the theme fits; empty means every role.
  public var roleIDs: [String]

  public init(
    id: String,
    title: LocalizedText,
    mainQuestion: LocalizedText,
    indirectQuestion: LocalizedText? = nil,
    probes: [Probe],
    roleIDs: [String] = []
  ) {
    self.id = id
    self.title = title
    self.mainQuestion = mainQuestion
    self.indirectQuestion = indirectQuestion
    self.probes = probes
    self.roleIDs = roleIDs
  }
}
