/// The 17 points an information letter (informasjonsskriv) must cover: GDPR art. 13 as
/// Datatilsynet summarises it, and the points Sikt/NSD add for research.
public enum LetterChecklistItem: Int, CaseIterable, Sendable {
  /// An invitation, and why the reader is asked.
  case invitation = 1
  /// The controller institution and the project leader.
  case controller
  /// The data protection officer's contact.
  case dataProtectionOfficer
  /// The purpose and what the data are used for.
  case purpose
  /// The legal basis.
  case legalBasis
  /// What taking part involves.
  case methods
  /// What kinds of data are collected.
  case kindsOfData
  /// Who gets access.
  case recipients
  /// Transfer outside the EU/EEA.
  case transfer
  /// Confidentiality, security and how identifiable stored data are.
  case confidentiality
  /// Voluntary participation and withdrawal.
  case voluntary
  /// The project end date and what then happens to the data.
  case projectEnd
  /// The data subject's rights.
  case rights
  /// The right to complain to Datatilsynet.
  case complaint
  /// That Sikt has assessed the processing.
  case siktAssessment
  /// How the contact was made, when an institution passed it on.
  case recruitment
  /// The consent declaration, when the basis is consent.
  case consentDeclaration

  /// The consent fields the point is written from.
  public var fields: [ConsentField] {
    switch self {
    case .invitation: [.purpose]
    case .complaint: []
    case .controller: [.controller, .controllerContact, .projectLeader, .projectContact]
    case .dataProtectionOfficer: [.dataProtectionOfficer]
    case .purpose: [.purpose]
    case .legalBasis: [.legalBasis, .specialCategories]
    case .consentDeclaration: [.legalBasis, .consentForm]
    case .voluntary, .rights: [.legalBasis]
    case .methods: [.interviewMode, .recording, .consentForm]
    case .kindsOfData: [.recording, .specialCategories]
    case .recipients: [.recipients, .processors]
    case .transfer: [.transferOutsideEEA]
    case .confidentiality: [.identificationRisk]
    case .projectEnd: [.projectEndDate, .archiving]
    case .siktAssessment: [.siktReference, .siktContact]
    case .recruitment: [.recruitment]
    }
  }

  /// The GDPR article the point answers, or Sikt's list.
  public var gdprReference: String {
    switch self {
    case .controller: "13(1)(a)"
    case .dataProtectionOfficer: "13(1)(b)"
    case .purpose, .legalBasis: "13(1)(c)"
    case .recipients: "13(1)(e)"
    case .transfer: "13(1)(f)"
    case .projectEnd: "13(2)(a)"
    case .rights: "13(2)(b)"
    case .voluntary: "13(2)(c)"
    case .complaint: "13(2)(d)"
    case .kindsOfData: "13/14"
    case .invitation, .methods, .confidentiality, .siktAssessment, .recruitment,
      .consentDeclaration:
      "Sikt"
    }
  }

  /// The point's short name in `language`.
  public func label(in language: Language) -> String {
    let (nb, en): (String, String) =
      switch self {
      case .invitation: ("Invitasjon og hvorfor du blir spurt", "Invitation and why you are asked")
      case .controller: ("Behandlingsansvarlig og prosjektleder", "Controller and project leader")
      case .dataProtectionOfficer: ("Personvernombud", "Data protection officer")
      case .purpose: ("Formål", "Purpose")
      case .legalBasis: ("Behandlingsgrunnlag", "Legal basis")
      case .methods: ("Hva deltakelse innebærer", "What taking part involves")
      case .kindsOfData: ("Hvilke opplysninger som samles inn", "What data are collected")
      case .recipients: ("Hvem som får tilgang", "Who has access")
      case .transfer: ("Overføring utenfor EU/EØS", "Transfer outside the EU/EEA")
      case .confidentiality: ("Konfidensialitet og lagring", "Confidentiality and storage")
      case .voluntary: ("Frivillighet og tilbaketrekking", "Voluntary; right to withdraw")
      case .projectEnd: ("Prosjektslutt og hva som skjer da", "Project end and what happens then")
      case .rights: ("Dine rettigheter", "Your rights")
      case .complaint: ("Klage til Datatilsynet", "Complaint to Datatilsynet")
      case .siktAssessment: ("Vurdert av Sikt", "Assessed by Sikt")
      case .recruitment: ("Hvordan vi fikk kontakt med deg", "How we got in touch")
      case .consentDeclaration: ("Samtykkeerklæring", "Consent declaration")
      }
    return language == .nb ? nb : en
  }
}
