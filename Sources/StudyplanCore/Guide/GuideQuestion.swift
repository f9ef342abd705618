/// A numbered question in the guide, with its probes, the research questions it serves and the
/// roles it fits.
public struct GuideQuestion: Codable, Equatable, Sendable, Identifiable {
  /// A stable id within the guide (`q1`, `q2`, …); probes are addressed as `q1.2`.
  public var id: String
  /// What kind of question it is; theme questions are usually `.main`.
  public var kind: QuestionKind
  /// The question's wording.
  public var text: LocalizedText
  /// An indirect wording; for the roles the guide marks as calling for it, it is asked as an
  /// indirect probe after the direct question.
  public var indirectText: LocalizedText?
  /// Entry wordings in one role's perspective, keyed by role id; a role without one is asked
  /// `text`. The key `InformantRole.formerKey` holds a past-tense wording for former
  /// office-holders that have none of their own.
  public var roleTexts: [String: LocalizedText]
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
    roleTexts: [String: LocalizedText] = [:],
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
    self.roleTexts = roleTexts
    self.probes = probes
    self.researchQuestionIDs = researchQuestionIDs
    self.roleIDs = roleIDs
    self.priority = priority
    self.minutes = minutes ?? GuideQuestion.estimatedMinutes(probeCount: probes.count)
  }

  /// The estimate used when no time is given: three minutes for the question, two per probe.
  public static func estimatedMinutes(probeCount: Int) -> Int { 3 + 2 * probeCount }

  /// Whether the question is asked of the role with id `roleID`; a former office-holder is
  /// asked what the current holder is asked.
  public func fits(roleID: String) -> Bool {
    roleIDs.isEmpty || roleIDs.contains(roleID)
      || InformantRole.currentRoleID(of: roleID).map(roleIDs.contains) == true
  }

  /// The wording the role with id `roleID` is asked: its own, a former office-holder's past
  /// tense, or the common wording.
  public func text(forRole roleID: String?) -> LocalizedText {
    guard let roleID else { return text }
    if let own = roleTexts[roleID] { return own }
    if InformantRole.currentRoleID(of: roleID) != nil {
      return roleTexts[InformantRole.formerKey] ?? text
    }
    return text
  }

  private enum CodingKeys: String, CodingKey {
    case id, kind, text, indirectText, roleTexts, probes, researchQuestionIDs, roleIDs, priority
    case minutes
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    kind = try c.decode(QuestionKind.self, forKey: .kind)
    text = try c.decode(LocalizedText.self, forKey: .text)
    indirectText = try c.decodeIfPresent(LocalizedText.self, forKey: .indirectText)
    roleTexts = try c.decodeIfPresent([String: LocalizedText].self, forKey: .roleTexts) ?? [:]
    probes = try c.decode([GuideProbe].self, forKey: .probes)
    researchQuestionIDs = try c.decode([String].self, forKey: .researchQuestionIDs)
    roleIDs = try c.decode([String].self, forKey: .roleIDs)
    priority = try c.decode(GuidePriority.self, forKey: .priority)
    minutes = try c.decode(Int.self, forKey: .minutes)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(kind, forKey: .kind)
    try c.encode(text, forKey: .text)
    try c.encodeIfPresent(indirectText, forKey: .indirectText)
    // Written only when there are any, so older files and their exports keep their bytes.
    if !roleTexts.isEmpty { try c.encode(roleTexts, forKey: .roleTexts) }
    try c.encode(probes, forKey: .probes)
    try c.encode(researchQuestionIDs, forKey: .researchQuestionIDs)
    try c.encode(roleIDs, forKey: .roleIDs)
    try c.encode(priority, forKey: .priority)
    try c.encode(minutes, forKey: .minutes)
  }
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
