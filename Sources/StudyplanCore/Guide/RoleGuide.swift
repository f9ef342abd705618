/// One role's guide, resolved into one language: what the interviewer holds in the interview.
///
/// Made by `InterviewGuide.variant(for:language:consent:projectTitle:purpose:)`; the renderers
/// turn it into Markdown, HTML, DOCX or plain text.
public struct RoleGuide: Equatable, Sendable {
  /// The role's id, or nil for the full guide across all roles.
  public var roleID: String?
  /// The role's name in the guide's language ("alle roller"/"all roles" for the full guide).
  public var roleName: String
  /// The language every text is in.
  public var language: Language
  /// The time the interview should fit in.
  public var targetMinutes: Int
  /// The sections the role is taken through, themes numbered from 1.
  public var sections: [RoleGuideSection]
  /// The ids of if-time questions left out so the guide fits the time.
  public var trimmedQuestionIDs: [String]
  /// The guide's revision the variant was made from.
  public var revision: Int

  /// Creates a role guide.
  public init(
    roleID: String?, roleName: String, language: Language, targetMinutes: Int,
    sections: [RoleGuideSection], trimmedQuestionIDs: [String] = [], revision: Int = 1
  ) {
    self.roleID = roleID
    self.roleName = roleName
    self.language = language
    self.targetMinutes = targetMinutes
    self.sections = sections
    self.trimmedQuestionIDs = trimmedQuestionIDs
    self.revision = revision
  }

  /// The planned minutes of the whole interview.
  public var totalMinutes: Int { sections.reduce(0) { $0 + $1.minutes } }

  /// Whether the interview fits its target length.
  public var fitsTime: Bool { totalMinutes <= targetMinutes }

  /// Every question the role is asked.
  public var questions: [RoleGuideQuestion] { sections.flatMap(\.questions) }
}

/// A section of a role's guide.
public struct RoleGuideSection: Equatable, Sendable {
  /// The section's id in the guide.
  public var id: String
  /// What part of the interview it is.
  public var kind: GuideSectionKind
  /// The heading as printed ("Tema 2: Forankring").
  public var heading: String
  /// The planned minutes.
  public var minutes: Int
  /// Lines the interviewer says or does before the questions (the introduction's script).
  public var script: [GuideScriptLine]
  /// The questions, in order.
  public var questions: [RoleGuideQuestion]

  /// Creates a section.
  public init(
    id: String, kind: GuideSectionKind, heading: String, minutes: Int,
    script: [GuideScriptLine] = [], questions: [RoleGuideQuestion]
  ) {
    self.id = id
    self.kind = kind
    self.heading = heading
    self.minutes = minutes
    self.script = script
    self.questions = questions
  }
}

/// A question as one role is asked it.
public struct RoleGuideQuestion: Equatable, Sendable {
  /// The question's id in the guide.
  public var id: String
  /// The question's kind.
  public var kind: QuestionKind
  /// The wording, in the role's own perspective where the question has one.
  public var text: String
  /// Whether the question's indirect wording was added as the first probe (roles such as the
  /// project leader).
  public var isIndirect: Bool
  /// The question's priority.
  public var priority: GuidePriority
  /// The minutes the question takes.
  public var minutes: Int
  /// The research questions it serves.
  public var researchQuestionIDs: [String]
  /// The roles it fits (empty: all), shown in the full guide.
  public var roleIDs: [String]
  /// The probes, resolved.
  public var probes: [RoleGuideProbe]

  /// Creates a resolved question.
  public init(
    id: String, kind: QuestionKind, text: String, isIndirect: Bool = false,
    priority: GuidePriority, minutes: Int, researchQuestionIDs: [String], roleIDs: [String] = [],
    probes: [RoleGuideProbe]
  ) {
    self.id = id
    self.kind = kind
    self.text = text
    self.isIndirect = isIndirect
    self.priority = priority
    self.minutes = minutes
    self.researchQuestionIDs = researchQuestionIDs
    self.roleIDs = roleIDs
    self.probes = probes
  }
}

/// A probe as printed under its question.
public struct RoleGuideProbe: Equatable, Sendable {
  /// The probe's kind.
  public var kind: QuestionKind
  /// The wording.
  public var text: String

  /// Creates a resolved probe.
  public init(kind: QuestionKind, text: String) {
    self.kind = kind
    self.text = text
  }
}

/// A line of the interviewer's script: something to say, or an instruction to the interviewer.
public struct GuideScriptLine: Equatable, Sendable {
  /// The line's text.
  public var text: String
  /// Whether it is an instruction (printed in italics, not read aloud).
  public var isInstruction: Bool

  /// Creates a script line.
  public init(_ text: String, isInstruction: Bool = false) {
    self.text = text
    self.isInstruction = isInstruction
  }
}
