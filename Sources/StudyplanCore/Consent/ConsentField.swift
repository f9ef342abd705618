/// The name of one consent field, as `consent FIELD VALUE` spells it.
public enum ConsentField: String, CaseIterable, Codable, Hashable, Sendable {
  /// The controller institution.
  case controller
  /// The project leader as a role or institutional contact.
  case projectLeader = "project-leader"
  /// The data protection officer's contact.
  case dataProtectionOfficer = "dpo"
  /// The purpose of the processing.
  case purpose
  /// Consent or public interest.
  case legalBasis = "legal-basis"
  /// Sikt's reference number.
  case siktReference = "sikt-reference"
  /// The project end date.
  case projectEndDate = "end-date"
  /// Audio recording or notes only.
  case recording
  /// How recognisable informants may be.
  case identificationRisk = "identification-risk"
  /// Who else gets access to the data.
  case recipients
  /// Whether data leave the EU/EEA.
  case transferOutsideEEA = "transfer-outside-eea"
  /// Gatekeeper or direct approach.
  case recruitment
  /// In person, telephone or video.
  case interviewMode = "interview-mode"
  /// The controller's switchboard or general mailbox (a functional address).
  case controllerContact = "controller-contact"
  /// The project's own mailbox or phone (a functional address).
  case projectContact = "project-contact"
  /// How to reach Sikt about its assessment, as Sikt's assessment gives it.
  case siktContact = "sikt-contact"
  /// Data processors acting for the controller (video platform, transcription), or "none".
  case processors
  /// What happens to the data after the project: anonymised, or archived for further use.
  case archiving
  /// Whether special categories (political opinion) may come up in the interview.
  case specialCategories = "special-categories"
  /// Whether consent (or the informant's confirmation) is given in writing or orally.
  case consentForm = "consent-form"

  /// The fields the information letter needs; the letter and `check` list those unset.
  public static let required: [ConsentField] = [
    .controller, .controllerContact, .projectLeader, .projectContact, .dataProtectionOfficer,
    .purpose, .legalBasis, .specialCategories, .siktReference, .siktContact, .projectEndDate,
    .archiving, .recording, .interviewMode, .consentForm, .identificationRisk, .recipients,
    .processors, .transferOutsideEEA, .recruitment,
  ]

  /// Fields that take free text shown to informants, where an e-mail address or phone number
  /// suggests a person's details have crept in.
  public static let freeText: [ConsentField] = [.purpose, .recipients, .processors]

  /// The project's own contact fields: they are meant to hold functional e-mail addresses and
  /// phone numbers (a project mailbox, a switchboard, the DPO), so the personal-data scan
  /// leaves them alone.
  public static let contactFields: [ConsentField] = [
    .controller, .controllerContact, .projectLeader, .projectContact, .dataProtectionOfficer,
    .siktContact,
  ]

  /// The values the field accepts, for help and error messages; nil for free text.
  public var allowedValues: [String]? {
    switch self {
    case .legalBasis: LegalBasis.allCases.map(\.rawValue)
    case .recording: RecordingMode.allCases.map(\.rawValue)
    case .identificationRisk: IdentificationRisk.allCases.map(\.rawValue)
    case .recruitment: Recruitment.allCases.map(\.rawValue)
    case .interviewMode: InterviewMode.allCases.map(\.rawValue)
    case .archiving: Archiving.allCases.map(\.rawValue)
    case .specialCategories: SpecialCategories.allCases.map(\.rawValue)
    case .consentForm: ConsentForm.allCases.map(\.rawValue)
    case .transferOutsideEEA: ["yes", "no"]
    default: nil
    }
  }

  /// What the field holds, in `language`, as the letter names a missing field.
  public func label(in language: Language) -> String {
    switch language {
    case .nb:
      switch self {
      case .controller: "behandlingsansvarlig institusjon"
      case .projectLeader: "prosjektleder (rolle eller institusjonell kontakt)"
      case .dataProtectionOfficer: "personvernombud"
      case .purpose: "formål"
      case .legalBasis: "behandlingsgrunnlag"
      case .siktReference: "Sikt-referanse"
      case .projectEndDate: "prosjektslutt"
      case .recording: "lydopptak"
      case .identificationRisk: "gjenkjennbarhet"
      case .recipients: "mottakere av opplysningene"
      case .transferOutsideEEA: "overføring utenfor EU/EØS"
      case .recruitment: "rekruttering"
      case .interviewMode: "intervjuform"
      case .controllerContact: "sentralbord eller postmottak hos behandlingsansvarlig"
      case .projectContact: "prosjektets e-postadresse eller telefon"
      case .siktContact: "kontakt hos Sikt"
      case .processors: "databehandlere"
      case .archiving: "arkivering og videre bruk"
      case .specialCategories: "særlige kategorier (politisk oppfatning)"
      case .consentForm: "skriftlig eller muntlig samtykke"
      }
    case .en:
      switch self {
      case .controller: "controller institution"
      case .projectLeader: "project leader (role or institutional contact)"
      case .dataProtectionOfficer: "data protection officer"
      case .purpose: "purpose"
      case .legalBasis: "legal basis"
      case .siktReference: "Sikt reference"
      case .projectEndDate: "project end date"
      case .recording: "recording"
      case .identificationRisk: "identification risk"
      case .recipients: "recipients of the data"
      case .transferOutsideEEA: "transfer outside the EU/EEA"
      case .recruitment: "recruitment"
      case .interviewMode: "interview mode"
      case .controllerContact: "controller's switchboard or mailbox"
      case .projectContact: "project mailbox or phone"
      case .siktContact: "Sikt contact"
      case .processors: "data processors"
      case .archiving: "archiving and further use"
      case .specialCategories: "special categories (political opinion)"
      case .consentForm: "written or oral consent"
      }
    }
  }
}
