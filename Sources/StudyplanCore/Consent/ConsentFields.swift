/// The consent and data-protection fields of a protocol.
///
/// Everything here describes the institution and the processing, never a person: the project
/// leader is a role or an institutional contact. The guide's introduction and the information
/// letter are generated from these fields; `missing` lists what the letter still lacks.
public struct ConsentFields: Codable, Equatable, Sendable {
  /// The institution responsible for the processing (behandlingsansvarlig).
  public var controller: String?
  /// The project leader as a role or institutional contact (e.g. "prosjektleder, NORCE Samfunn").
  public var projectLeader: String?
  /// How to reach the institution's data protection officer (personvernombud).
  public var dataProtectionOfficer: String?
  /// What the data are collected for; falls back to the protocol's purpose when nil.
  public var purpose: String?
  /// The legal basis for processing.
  public var legalBasis: LegalBasis?
  /// Sikt's reference number for the notification.
  public var siktReference: String?
  /// The project end date (prosjektslutt), `YYYY-MM-DD`.
  public var projectEndDate: String?
  /// Whether and how interviews are recorded.
  public var recording: RecordingMode?
  /// How recognisable informants may be in reports.
  public var identificationRisk: IdentificationRisk?
  /// Who besides the project group sees the data (e.g. a transcription service), or "none".
  public var recipients: String?
  /// Whether data leave the EU/EEA.
  public var transferOutsideEEA: Bool?
  /// How informants are approached.
  public var recruitment: Recruitment?
  /// How the interviews are held (COREQ item 11).
  public var interviewMode: InterviewMode?
  /// The controller's switchboard or general mailbox.
  public var controllerContact: String?
  /// The project's own mailbox or phone.
  public var projectContact: String?
  /// How to reach Sikt about its assessment.
  public var siktContact: String?
  /// Data processors (video platform, transcription service), or "none".
  public var processors: String?
  /// What happens to the data after the project.
  public var archiving: Archiving?
  /// Whether special categories of data may come up.
  public var specialCategories: SpecialCategories?
  /// Written or oral consent (or confirmation).
  public var consentForm: ConsentForm?

  /// Creates consent fields; every field starts unset.
  public init(
    controller: String? = nil,
    projectLeader: String? = nil,
    dataProtectionOfficer: String? = nil,
    purpose: String? = nil,
    legalBasis: LegalBasis? = nil,
    siktReference: String? = nil,
    projectEndDate: String? = nil,
    recording: RecordingMode? = nil,
    identificationRisk: IdentificationRisk? = nil,
    recipients: String? = nil,
    transferOutsideEEA: Bool? = nil,
    recruitment: Recruitment? = nil,
    interviewMode: InterviewMode? = nil,
    controllerContact: String? = nil,
    projectContact: String? = nil,
    siktContact: String? = nil,
    processors: String? = nil,
    archiving: Archiving? = nil,
    specialCategories: SpecialCategories? = nil,
    consentForm: ConsentForm? = nil
  ) {
    self.controllerContact = controllerContact
    self.projectContact = projectContact
    self.siktContact = siktContact
    self.processors = processors
    self.archiving = archiving
    self.specialCategories = specialCategories
    self.consentForm = consentForm
    self.controller = controller
    self.projectLeader = projectLeader
    self.dataProtectionOfficer = dataProtectionOfficer
    self.purpose = purpose
    self.legalBasis = legalBasis
    self.siktReference = siktReference
    self.projectEndDate = projectEndDate
    self.recording = recording
    self.identificationRisk = identificationRisk
    self.recipients = recipients
    self.transferOutsideEEA = transferOutsideEEA
    self.recruitment = recruitment
    self.interviewMode = interviewMode
  }
}

/// The legal basis for processing personal data in the study.
public enum LegalBasis: String, Codable, CaseIterable, Sendable {
  /// The informant's consent (GDPR art. 6(1)(a)).
  case consent
  /// A task in the public interest: research (GDPR art. 6(1)(e)).
  case publicInterest = "public-interest"
}

/// Whether interviews are recorded.
public enum RecordingMode: String, Codable, CaseIterable, Sendable {
  /// Audio is recorded with the institution's approved tool.
  case audio
  /// Nothing is recorded; the interviewer takes notes.
  case notes
}

/// How recognisable informants may be in what the study publishes.
public enum IdentificationRisk: String, Codable, CaseIterable, Sendable {
  /// Role and municipality may identify the informant; names are never published.
  case recognisable
  /// Findings are reported by region or kind of municipality so no informant is recognisable.
  case regionLevel = "region-level"
}

/// How informants are approached.
public enum Recruitment: String, Codable, CaseIterable, Sendable {
  /// An institution or secretariat forwards the invitation; the researchers learn who agreed only
  /// when they answer.
  case gatekeeper
  /// The researchers contact the role holders directly (their roles are public).
  case direct
  /// Informants of an earlier study (the one a follow-up follows) are contacted again, from
  /// that study's records; the letter says how they were found, and the planner checks what the
  /// earlier consent allowed.
  case recontact
}

/// How an interview is held.
public enum InterviewMode: String, Codable, CaseIterable, Sendable {
  /// In person.
  case inPerson = "in-person"
  /// By telephone.
  case telephone
  /// By video call.
  case video
}

/// What happens to the data when the project ends.
public enum Archiving: String, Codable, CaseIterable, Sendable {
  /// Recordings and the code key are deleted; only anonymised data are kept.
  case anonymise
  /// De-identified data are archived for further research (named in the letter).
  case archive
}

/// Whether the interview may touch special categories of personal data (GDPR art. 9).
public enum SpecialCategories: String, Codable, CaseIterable, Sendable {
  /// No special categories are expected.
  case none
  /// Political opinion may come up (elections, political disagreement).
  case politicalOpinion = "political-opinion"
}

/// How the informant gives consent (or, under public interest, confirms the information).
public enum ConsentForm: String, Codable, CaseIterable, Sendable {
  /// A signed declaration.
  case written
  /// Given orally at the start of a telephone or video interview, and recorded.
  case oral
}
