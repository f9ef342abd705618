@testable import StudyplanCore

/// Fixture roles, themes and protocols for the guide, rendering and check tests.
///
/// The texts are written for these tests; they stand in for the catalogue's entries.
enum GuideFixtures {
  static let mayor = InformantRole(id: "ordforer", name: LocalizedText(nb: "ordfører", en: "mayor"))
  static let chiefExecutive = InformantRole(
    id: "kommunedirektor", name: LocalizedText(nb: "kommunedirektør", en: "chief executive"),
    aliases: ["rådmann"])
  static let businessOfficer = InformantRole(
    id: "naeringssjef",
    name: LocalizedText(nb: "næringssjef", en: "head of business development"),
    aliases: ["næringsansvarlig"])
  static let projectLeader = InformantRole(
    id: "prosjektleder", name: LocalizedText(nb: "prosjektleder", en: "project leader"))
  static let councilLeader = InformantRole(
    id: "regionradsleder",
    name: LocalizedText(nb: "regionrådsleder", en: "regional council leader"))

  static let roles = [mayor, chiefExecutive, businessOfficer, projectLeader, councilLeader]

  static func text(_ nb: String, _ en: String) -> LocalizedText { LocalizedText(nb: nb, en: en) }

  static let capacity = InterviewTheme(
    id: "kapasitet",
    title: text("Kapasitet til utviklingsarbeid", "Capacity for development work"),
    mainQuestion: text(
      "Hvordan har samarbeidet i regionen påvirket kommunens kraft til eget utviklingsarbeid?",
      "How has regional cooperation affected the municipality's strength for its own "
        + "development work?"),
    probes: [
      Probe(
        kind: .probing,
        text: text(
          "Kan du si mer om hva som skjedde med tid og folk?",
          "Could you say more about what happened to time and staff?")),
      Probe(
        kind: .specifying,
        text: text(
          "Har du et konkret eksempel på et tiltak?", "Do you have a concrete example of a measure?"
        )),
      Probe(
        kind: .interpreting,
        text: text(
          "Forstår jeg deg rett at samarbeidet mest har bundet opp ressurser?",
          "Do I understand you right that the cooperation mostly tied up resources?")),
    ],
    roleIDs: ["ordforer", "kommunedirektor", "naeringssjef"])

  static let benefit = InterviewTheme(
    id: "nytte",
    title: text("Nytte for kommunen", "Benefit for the municipality"),
    mainQuestion: text(
      "Hva har kommunen din fått ut av samarbeidet i Byregionprogrammet?",
      "What has your municipality gained from the cooperation in the City Region Programme?"),
    indirectQuestion: text(
      "Hvordan tror du de minste kommunene i regionen selv vurderer hva de fikk ut av samarbeidet?",
      "How do you think the smallest municipalities in the region judge what they gained from "
        + "the cooperation?"),
    probes: [
      Probe(
        kind: .specifying,
        text: text(
          "Hva ble gjort annerledes i kommunen etterpå?",
          "What was done differently in the municipality afterwards?")),
      Probe(
        kind: .indirect,
        text: text(
          "Hvordan tror du nabokommunene ser på dette?", "How do you think the neighbours see this?"
        )),
    ])

  static let anchoring = InterviewTheme(
    id: "forankring",
    title: text("Politisk og administrativ forankring", "Political and administrative anchoring"),
    mainQuestion: text(
      "Hvordan var samarbeidet forankret i kommunestyret og i administrasjonen?",
      "How was the cooperation anchored in the municipal council and the administration?"),
    probes: [
      Probe(
        kind: .probing,
        text: text(
          "Hvem satt i styringsgruppen, og i hvilken rolle?",
          "Who sat on the steering group, and in what role?"))
    ],
    roleIDs: ["ordforer", "kommunedirektor", "prosjektleder", "regionradsleder"])

  static let reform = InterviewTheme(
    id: "reformen",
    title: text("Kommunereformen 2020", "The 2020 municipal reform"),
    mainQuestion: text(
      "Hva betydde kommunereformen for hvordan kommunen samarbeider i regionen?",
      "What did the municipal reform mean for how the municipality cooperates in the region?"),
    probes: [
      Probe(
        kind: .specifying,
        text: text(
          "Endret medlemskapet i regionrådet seg?", "Did membership of the regional council change?"
        ))
    ],
    roleIDs: ["ordforer", "kommunedirektor", "regionradsleder"])

  static let results = InterviewTheme(
    id: "resultater",
    title: text("Tiltak og nettverk", "Measures and networks"),
    mainQuestion: text(
      "Hvilke tiltak og nettverk for næringslivet kom ut av samarbeidet?",
      "Which measures and business networks came out of the cooperation?"),
    probes: [
      Probe(
        kind: .specifying,
        text: text(
          "Lever noen av dem videre i dag?", "Do any of them live on today?"))
    ],
    roleIDs: ["naeringssjef", "prosjektleder"])

  static let future = InterviewTheme(
    id: "framtid",
    title: text("Veien videre", "The way ahead"),
    mainQuestion: text(
      "Hvordan ser du for deg samarbeidet i regionen de neste fem årene?",
      "How do you see cooperation in the region over the next five years?"),
    probes: [],
    roleIDs: [])

  static let sources = [
    GuideThemeSource(researchQuestionID: "rq-kapasitet", themes: [capacity, future]),
    GuideThemeSource(researchQuestionID: "rq-nytte", themes: [benefit, results]),
    GuideThemeSource(researchQuestionID: "rq-forankring", themes: [anchoring]),
    GuideThemeSource(researchQuestionID: "rq-reform", themes: [reform]),
  ]

  static let completeConsent = ConsentFields(
    controller: "Institutt for samfunnsforskning (fiktivt)",
    projectLeader: "prosjektleder ved avdeling for regional utvikling",
    dataProtectionOfficer: "personvernombudet ved instituttet, via sentralbordet",
    purpose: "å finne ut hva små kommuner fikk ut av regionalt samarbeid",
    legalBasis: .consent, siktReference: "123456", projectEndDate: "2027-12-31",
    recording: .audio, identificationRisk: .recognisable,
    recipients: "ingen", transferOutsideEEA: false,
    recruitment: .gatekeeper, interviewMode: .inPerson,
    controllerContact: "55 00 00 00, post@institutt.example.no",
    projectContact: "byregion@institutt.example.no",
    siktContact: "personverntjenester@sikt.example.no",
    processors: "en transkripsjonstjeneste (fiktiv)", archiving: .anonymise,
    specialCategories: .politicalOpinion, consentForm: .written)

  static func guide(targetMinutes: Int = 60) -> InterviewGuide {
    InterviewGuide.make(from: sources, targetMinutes: targetMinutes)
  }

  static func studyProtocol(
    guide: InterviewGuide? = GuideFixtures.guide(), consent: ConsentFields = completeConsent,
    language: Language = .nb
  ) -> StudyProtocol {
    StudyProtocol(
      title: "Småkommuner etter Byregionprogrammet", purpose: "", language: language,
      questions: sources.map { ProtocolQuestion(id: $0.researchQuestionID) },
      model: ModelChoice(model: .municipalityCentred), roles: roles, guide: guide,
      consent: consent)
  }
}
