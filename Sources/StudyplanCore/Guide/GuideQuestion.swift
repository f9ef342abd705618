/// A numbered question in the guide, with its probes, the research questions it serves and the
/// roles it fits.
public struct GuideQuestion: Codable, Equatable, Sendable, Identifiable {
  /// A stable id within the guide (`q1`, `q2`, …); probes are addressed as `q1.2`.
  public var id: String
  /// What kind of question it is; theme questions are usually `.main`.
  public var kind: QuestionKind
  /// The question's wording.
  public var text: LocalizedText
  /// An indirect wording, used for the roles the guide marks as calling for it.
  public var indirectText: LocalizedText?
  /// The probes under the question, in the order they are asked.
  public var probes: [GuideProbe]
  /// The ids of the research questions the question serves.
  public var researchQuestionIDs: [String]
  /// The ids of the roles the question fits; empty means every role.
  public var roleIDs: [String]
  /// How much the question matters when time runs short.
  public var priority: GuidePriority
  /// The minutes the question takes with its probes.
  public var minutes: Int

  /// Creates a question; `minutes` defaults to an estimate from the number of probes.
  public init(
    id: String,
    kind: QuestionKind = .main,
    text: LocalizedText,
    indirectText: LocalizedText? = nil,
    probes: [GuideProbe] = [],
    researchQuestionIDs: [String] = [],
    roleIDs: [String] = [],
    priority: GuidePriority = .must,
    minutes: Int? = nil
  ) {
    self.id = id
    self.kind = kind
    self.text = text
    self.indirectText = indirectText
    self.probes = probes
    self.researchQuestionIDs = researchQuestionIDs
    self.roleIDs = roleIDs
    self.priority = priority
    self.minutes = minutes ?? GuideQuestion.estimatedMinutes(probeCount: probes.count)
  }

  /// The estimate used when no time is given: three minutes for the question, two per probe.
  public static func estimatedMinutes(probeCount: Int) -> Int { 3 + 2 * probeCount }

  /// Whether the question is asked of the role with id `roleID`.
  public func fits(roleID: String) -> Bool { roleIDs.isEmpty || roleIDs.contains(roleID) }
}

/// A follow-up line under a guide question.
public struct GuideProbe: Codable, Equatable, Sendable {
  /// What kind of probe it is.
  public var kind: QuestionKind
  /// The probe's wording.
  public var text: LocalizedText

  /// Creates a probe.
  public init(kind: QuestionKind = .probing, text: LocalizedText) {
    self.kind = kind
    self.text = text
  }
}
