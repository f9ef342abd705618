/// One study design: what a planner builds in the REPL and the store keeps, version by version.
///
/// A protocol holds roles, never people: informants are slots per sampled unit, so a protocol
/// holds no personal data and needs no deletion regime.
public struct StudyProtocol: Codable, Equatable, Sendable {
  /// The protocol's title, as the planner typed it.
  public var title: String
  /// What the study is for, in the planner's words.
  public var purpose: String
  /// The language of the catalogue texts and guides this protocol writes.
  public var language: Language
  /// The research questions, in the order the planner chose them.
  public var questions: [ProtocolQuestion]
  /// The chosen study model with its justification, once chosen.
  public var model: ModelChoice?
  /// The informant roles interviewed in each sampled unit.
  public var roles: [InformantRole]
  /// The sampling plan, the drawn sample, its reserves and its log, once drawn.
  public var sample: ProtocolSample?
  /// The interview guide, once built.
  public var guide: InterviewGuide?
  /// The consent and data-protection fields the guide's introduction and the letter use.
  public var consent: ConsentFields
  /// Whether the design is still a draft or final.
  public var status: ProtocolStatus
  /// Where this protocol came from.
  public var lineage: Lineage
  /// The fieldwork log: informant slots and what happened to them, once planned.
  public var fieldwork: FieldworkLog?
  /// What the methods chapter says beyond what the protocol records elsewhere (COREQ).
  public var methods: MethodsFields?

  public init(
    title: String,
    purpose: String = "",
    language: Language = .nb,
    questions: [ProtocolQuestion] = [],
    model: ModelChoice? = nil,
    roles: [InformantRole] = [],
    sample: ProtocolSample? = nil,
    guide: InterviewGuide? = nil,
    consent: ConsentFields = ConsentFields(),
    status: ProtocolStatus = .draft,
    lineage: Lineage = Lineage(),
    fieldwork: FieldworkLog? = nil,
    methods: MethodsFields? = nil
  ) {
    self.fieldwork = fieldwork
    self.methods = methods
    self.title = title
    self.purpose = purpose
    self.language = language
    self.questions = questions
    self.model = model
    self.roles = roles
    self.sample = sample
    self.guide = guide
    self.consent = consent
    self.status = status
    self.lineage = lineage
  }
}

/// Whether a protocol may still change.
public enum ProtocolStatus: String, Codable, CaseIterable, Sendable {
  /// Still being designed.
  case draft
  /// Settled; a final version is never edited, only cloned or superseded.
  case final
}

/// Where a protocol came from: a clone of another protocol's version, a follow-up of a study, or
/// a shipped template.
public struct Lineage: Codable, Equatable, Sendable {
  /// The protocol version this one was cloned from.
  public var clonedFrom: VersionReference?
  /// The protocol this one follows up.
  public var followUpOf: VersionReference?
  /// The shipped template (`templates`) the protocol was started from with `new --from`.
  public var template: String?

  public init(
    clonedFrom: VersionReference? = nil, followUpOf: VersionReference? = nil,
    template: String? = nil
  ) {
    self.clonedFrom = clonedFrom
    self.followUpOf = followUpOf
    self.template = template
  }
}

/// A reference to one saved version of one protocol, written `ID@V`.
public struct VersionReference: Codable, Hashable, Sendable, CustomStringConvertible {
  /// The protocol's short id.
  public var id: String
  /// The version number, counted from 1.
  public var version: Int

  public init(id: String, version: Int) {
    self.id = id
    self.version = version
  }

  public var description: String { "\(id)@\(version)" }
}
