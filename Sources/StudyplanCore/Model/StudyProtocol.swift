/// One study design: what a planner builds in the REPL and the store keeps, version by version.
///
/// A protocol holds roles, never people: informants are slots per sampled unit, so a protocol
/// holds no personal data and needs no deletion regime.
public struct StudyProtocol: Codable, Equatable, Sendable {
  /// The protocol's title, as the planner typed it.
  public var title: String
  /// What the study is for, in the planner's words, in the protocol's language.
  public var purpose: String
  /// The purpose in the protocol's other language (`purpose "…" --lang en`), for exports in
  /// that language; nil until written.
  public var purposeTranslation: PurposeTranslation? = nil
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

/// The purpose written in a language other than the protocol's.
public struct PurposeTranslation: Codable, Equatable, Sendable {
  /// The language it is written in.
  public var language: Language
  /// The text.
  public var text: String

  /// A purpose in `language`.
  public init(language: Language, text: String) {
    self.language = language
    self.text = text
  }
}

extension StudyProtocol {
  /// The purpose in `language`: the protocol's own, its translation, or (when none is written
  /// in that language) the protocol's own text.
  public func purpose(in language: Language) -> String {
    guard language != self.language, let translation = purposeTranslation,
      translation.language == language, !translation.text.isEmpty
    else { return purpose }
    return translation.text
  }

  /// Sets the purpose in `language`: the protocol's own when it is the protocol's language,
  /// else its translation.
  public mutating func setPurpose(_ text: String, in language: Language) {
    if language == self.language {
      purpose = text
    } else {
      purposeTranslation = PurposeTranslation(language: language, text: text)
    }
  }

  /// Switches the protocol's language; a purpose written in the new language becomes the
  /// protocol's own, and the old one its translation.
  public mutating func switchLanguage(to newLanguage: Language) {
    guard newLanguage != language else { return }
    if let translation = purposeTranslation, translation.language == newLanguage {
      purposeTranslation = purpose.isEmpty ? nil : PurposeTranslation(language: language, text: purpose)
      purpose = translation.text
    }
    language = newLanguage
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
