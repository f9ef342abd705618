/// A protocol's interview guide, from which each role's variant is derived.
///
/// Sections run introduction, warm-up, transition, the themes, closing. Each question is linked
/// to the research questions it serves and the roles it fits, and carries a priority; a role's
/// variant (`variant(for:language:consent:)`) keeps what fits the role and trims if-time
/// questions until the guide fits the role's time.
public struct InterviewGuide: Codable, Equatable, Sendable {
  /// The target length of an interview in minutes (usually 45, 60 or 90).
  public var targetMinutes: Int
  /// Per-role target lengths that differ from `targetMinutes`, keyed by role id.
  public var roleTargetMinutes: [String: Int]
  /// The roles whose variants use a question's indirect wording where it has one.
  public var indirectRoleIDs: [String]
  /// The sections in interview order.
  public var sections: [GuideSection]
  /// Counts edits; the methods text cites it as the guide's version.
  public var revision: Int
  /// The number the next added question gets (`q<N>`).
  public var nextQuestionNumber: Int

  /// Creates a guide.
  public init(
    targetMinutes: Int = 60,
    roleTargetMinutes: [String: Int] = [:],
    indirectRoleIDs: [String] = [],
    sections: [GuideSection] = [],
    revision: Int = 1,
    nextQuestionNumber: Int? = nil
  ) {
    self.targetMinutes = targetMinutes
    self.roleTargetMinutes = roleTargetMinutes
    self.indirectRoleIDs = indirectRoleIDs
    self.sections = sections
    self.revision = revision
    let used = sections.flatMap(\.questions).compactMap { Int($0.id.dropFirst()) }
    self.nextQuestionNumber = nextQuestionNumber ?? ((used.max() ?? 0) + 1)
  }

  /// The target length for the role with id `roleID`.
  public func targetMinutes(forRole roleID: String) -> Int {
    roleTargetMinutes[roleID] ?? targetMinutes
  }

  /// The theme sections, in order.
  public var themes: [GuideSection] { sections.filter { $0.kind == .theme } }

  /// Every question with the id of the section it sits in.
  public var allQuestions: [(sectionID: String, question: GuideQuestion)] {
    sections.flatMap { section in section.questions.map { (section.id, $0) } }
  }

  /// The question with id `id`, if any.
  public func question(_ id: String) -> GuideQuestion? {
    allQuestions.first { $0.question.id == id }?.question
  }

  /// The section with id `id`, if any.
  public func section(_ id: String) -> GuideSection? {
    sections.first { $0.id == id }
  }
}
