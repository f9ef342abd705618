@testable import StudyplanCore

/// A small fieldwork log: four municipalities in two strata, mayors and chief executives, one
/// replacement, one former mayor.
enum FieldworkFixtures {
  static var log: FieldworkLog {
    var log = FieldworkLog()
    for (unit, name, stratum) in [
      ("1816", "Vevelstad", "reform=unchanged"), ("1818", "Herøy", "reform=unchanged"),
      ("1749", "Flatanger", "reform=merged"), ("1748", "Fosnes", "reform=merged"),
    ] {
      for role in ["ordforer", "kommunedirektor"] {
        log.slots.append(
          InformantSlot(
            roleID: role, unit: unit, unitKind: .municipality, unitName: name, stratum: stratum))
      }
    }
    log.slots.append(
      InformantSlot(
        roleID: "ordforer", unit: "1749", unitKind: .municipality, unitName: "Flatanger",
        stratum: "reform=merged", holder: .former))
    return log
  }

  /// The log after a season: invitations, two declines, a withdrawal, one unreachable, and
  /// interviews with their metadata.
  static func loggedSeason() throws -> FieldworkLog {
    var log = self.log
    for slot in log.slots.map(\.id) { try log.log(slot, status: .invited, on: "2026-03-02") }
    try log.log("ordforer@1816", status: .declined, on: "2026-03-05", reason: .noTime)
    try log.log("kommunedirektor@1816", status: .declined, on: "2026-03-06", reason: .privacy)
    try log.log("ordforer@1818", status: .agreed, on: "2026-03-04")
    try log.recordInterview(
      "ordforer@1818", on: "2026-03-12",
      record: InterviewRecord(
        mode: .telephone, minutes: 48, consent: .recorded, transcriptReturned: false,
        fieldNotes: true))
    try log.log("kommunedirektor@1818", status: .reminded, on: "2026-03-09")
    try log.log("kommunedirektor@1818", status: .unreachable, on: "2026-03-23")
    try log.log("ordforer@1749", status: .agreed, on: "2026-03-03")
    try log.recordInterview(
      "ordforer@1749", on: "2026-03-10",
      record: InterviewRecord(
        mode: .video, minutes: 61, consent: .recorded, transcriptReturned: true, fieldNotes: true))
    try log.log("former-ordforer@1749", status: .agreed, on: "2026-03-04")
    try log.recordInterview(
      "former-ordforer@1749", on: "2026-03-11",
      record: InterviewRecord(mode: .telephone, minutes: 39, consent: .oral, fieldNotes: false))
    try log.log("kommunedirektor@1749", status: .agreed, on: "2026-03-05")
    try log.log("kommunedirektor@1749", status: .withdrew, on: "2026-03-08", reason: .noTime)
    try log.log("ordforer@1748", status: .scheduled, on: "2026-03-20")
    return log
  }

  /// The sample the log was planned from: two municipalities in each reform stratum, one
  /// refusal replaced by the next reserve.
  static var sample: ProtocolSample {
    let plan = SamplePlan(
      design: .stratified, allocation: .equal, requestedSize: 4, reservesPerStratum: 2,
      seed: "2020", filter: "centrality in 5,6", strata: ["reform"],
      dataVersions: [
        DatasetVersion(
          id: "kommuner-2019", label: "SSB KLASS 131, municipalities valid on 1 January 2019",
          sha256: "830e940773bb0000"),
        DatasetVersion(
          id: "sentralitet-2018", label: "SSB centrality, 2018 version (2017 index), KLASS 128",
          sha256: "159e276e0921aaaa"),
      ],
      eligibleCount: 12, unjudgedCount: 0,
      strataPlan: [
        StratumPlan(key: "reform=merged", units: ["1748", "1749", "5012"], allocated: 2),
        StratumPlan(
          key: "reform=unchanged", units: ["1815", "1816", "1818", "1820", "1822"], allocated: 2),
      ])
    func unit(_ number: String, _ name: String, _ stratum: String, _ order: Int) -> SampledUnit {
      SampledUnit(
        kommunenummer: number, name: name, stratum: stratum, drawOrder: order, rank: order,
        inclusionProbability: 0.5)
    }
    var units = [
      unit("1749", "Flatanger", "reform=merged", 1), unit("1748", "Fosnes", "reform=merged", 2),
      unit("1816", "Vevelstad", "reform=unchanged", 3), unit("1818", "Herøy", "reform=unchanged", 4),
      unit("1815", "Vega", "reform=unchanged", 5),
    ]
    units[2].status = .refused
    units[4].status = .replacement
    units[4].replaces = "1816"
    return ProtocolSample(
      plan: plan, units: units,
      reserves: [
        StratumReserves(
          stratum: "reform=merged", units: [ReserveUnit(kommunenummer: "5012", name: "Snillfjord", rank: 3)]),
        StratumReserves(
          stratum: "reform=unchanged",
          units: [
            ReserveUnit(kommunenummer: "1815", name: "Vega", rank: 3, taken: true),
            ReserveUnit(kommunenummer: "1820", name: "Alstahaug", rank: 4),
          ]),
      ],
      log: [
        ReplacementRecord(
          sequence: 1, refused: "1816", reason: .refused, replacement: "1815",
          stratum: "reform=unchanged")
      ])
  }

  static var sampling: SamplingDescription {
    SamplingDescription(sample, software: "studyplan 0.1")
  }

  /// The fixture protocol with the season's log; in English, with English texts where the
  /// planner types them (title, research questions, consent fields).
  static func studyProtocol(language: Language = .nb) throws -> StudyProtocol {
    var studyProtocol = GuideFixtures.studyProtocol(language: language)
    studyProtocol.roles = [GuideFixtures.mayor, GuideFixtures.chiefExecutive]
    studyProtocol.fieldwork = try loggedSeason()
    let texts: [String: (String, String)] = [
      "rq-kapasitet": (
        "Gir samarbeid små kommuner mer kapasitet?", "Does cooperation add capacity?"
      ),
      "rq-nytte": ("Hva er nytten for kommunen?", "What does the municipality gain?"),
      "rq-forankring": ("Hvordan er samarbeidet forankret?", "How is cooperation anchored?"),
      "rq-reform": ("Hva endret reformen?", "What did the reform change?"),
    ]
    studyProtocol.questions = studyProtocol.questions.map { question in
      let text = texts[question.id].map { language == .nb ? $0.0 : $0.1 }
      return ProtocolQuestion(id: question.id, text: text, dimensions: question.dimensions)
    }
    if language == .en {
      studyProtocol.title = "Small municipalities after the City Region Programme"
      studyProtocol.consent = englishConsent
    }
    return studyProtocol
  }

  /// The complete consent fields as an English-speaking planner would fill them.
  static var englishConsent: ConsentFields {
    var consent = GuideFixtures.completeConsent
    consent.controller = "Institute for Social Research (fictional)"
    consent.projectLeader = "project leader, department of regional development"
    consent.dataProtectionOfficer = "the institute's data protection officer, via the switchboard"
    consent.purpose = "to find out what small municipalities got out of regional cooperation"
    consent.recipients = "none"
    consent.projectContact = "cityregions@institute.example.org"
    consent.controllerContact = "55 00 00 00, post@institute.example.org"
    consent.siktContact = "dataprotection@sikt.example.org"
    consent.processors = "a transcription service (fictional)"
    return consent
  }
}
