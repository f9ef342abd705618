/// A study's response as its own report gives it, a follow-up's response beside its
/// baseline's, and the participants by role.
extension MethodsWriter {
  /// The response in figures: from a log, or from a report.
  struct Response {
    var contacted: Int
    var interviewed: Int
    var period: String?
    var minutes: String?
  }

  /// The response a protocol records: its log's, or its report's; nil when it has neither.
  func response(of document: StudyProtocol) -> Response? {
    if let log = document.fieldwork, !log.slots.isEmpty {
      let ineligible = log.slots.filter(\.isIneligible).count
      let dates = log.slots.compactMap { slot in
        slot.history.last(where: { $0.status == .interviewed })?.date
      }.sorted()
      let minutes = log.interviewMinutes
      let period = dates.first.map { first in
        let last = dates.last ?? first
        let (from, to) = (Prose.date(first, language: language), Prose.date(last, language: language))
        return from == to ? from : "\(from) – \(to)"
      }
      let range = minutes.first.map { low in
        let high = minutes.last ?? low
        return (low == high ? "\(low)" : "\(low)–\(high)") + t(" minutter", " minutes")
      }
      return Response(
        contacted: log.total.approached - ineligible, interviewed: log.total[.interviewed],
        period: period, minutes: range)
    }
    guard let reported = document.fieldwork?.reported else { return nil }
    return Response(
      contacted: reported.contacted, interviewed: reported.interviewed,
      period: reported.periodText(language), minutes: reported.minutesText(language))
  }

  /// «Studien kontaktet 29 og intervjuet 24 (83 prosent) i desember 2019 (kilde).»
  mutating func reportedResponse(_ reported: ReportedFieldwork) {
    let rate = Figures.percentText(reported.interviewed, of: reported.contacted, language)
    let others = reported.contacted - reported.interviewed
    var sentences = [
      t("Studien kontaktet \(reported.contacted) og intervjuet \(reported.interviewed)", "The study contacted \(reported.contacted) and interviewed \(reported.interviewed)")
        + (rate.map { " (\($0))" } ?? "")
        + (reported.periodText(language).map { t(" i \($0)", " in \($0)") } ?? "")
        + " (\(reported.source))"
    ]
    if others > 0 {
      sentences.append(
        t("Hvorfor ", "Why ") + (others == 1 ? t("den siste", "the last one") : t("de \(NumberWords.number(others, language)) andre", "the other \(NumberWords.number(others, language))"))
          + t(" ikke ble intervjuet, oppgir ikke studien", others == 1 ? " was not interviewed, the study does not say" : " were not interviewed, the study does not say"))
    }
    paragraph(sentences)
    coreq.append(
      CoreqEntry(number: 13, state: others > 0 ? .partly : .filled, source: sourceText([.reported])))
  }

  /// A follow-up's response beside its baseline's.
  mutating func responseBesideBaseline() {
    guard studyProtocol.lineage.followUpOf != nil, let reference = baseline?.reference,
      let old = baseline?.document, let before = response(of: old)
    else { return }
    let now = response(of: studyProtocol)
    func rate(_ response: Response?) -> String {
      guard let response, let value = Figures.percent(response.interviewed, of: response.contacted)
      else { return "–" }
      return "\(value) %"
    }
    let none = t("ikke startet", "not started")
    paragraph([
      t(
        "Tabellen setter svarene i denne studien ved siden av grunnlagsstudiens",
        "The table sets this study's response beside the baseline's")
    ])
    blocks.append(
      .table(
        header: [
          "", t("Grunnlagsstudien (\(reference))", "Baseline (\(reference))"),
          t("Denne studien", "This study"),
        ],
        rows: [
          [t("Kontaktet", "Contacted"), "\(before.contacted)", now.map { "\($0.contacted)" } ?? none],
          [t("Intervjuet", "Interviewed"), "\(before.interviewed)", now.map { "\($0.interviewed)" } ?? none],
          [t("Svarandel", "Response rate"), rate(before), rate(now)],
          [t("Tidsrom", "Period"), before.period ?? "–", now?.period ?? "–"],
          [t("Varighet", "Duration"), before.minutes ?? "–", now?.minutes ?? "–"],
        ]))
  }

  mutating func participants() {
    heading("Deltakere", "Participants")
    let done = log?.slots.filter { $0.status == .interviewed } ?? []
    guard let log, !done.isEmpty else {
      writeNote(
        items: 16...16,
        what: t(
          "hvem som ble intervjuet, per rolle (fra feltarbeidsloggen)",
          "who was interviewed, by role (from the fieldwork log)"),
        command: "fieldwork interview SLOT …")
      toWrite(16...16, command: "fieldwork interview SLOT …")
      return
    }
    let municipalities = Set(done.filter { $0.unitKind == .municipality }.map(\.unit)).count
    let cooperations = Set(done.filter { $0.unitKind == .cooperation }.map(\.unit)).count
    var places: [String] = []
    if municipalities > 0 { places.append(count(municipalities, .municipality)) }
    if cooperations > 0 { places.append(count(cooperations, .cooperation)) }
    paragraph([
      t("Det er gjennomført ", "") + count(done.count, .interview, digits: done.count > 12)
        + t(" i ", done.count == 1 ? " was held in " : " were held in ")
        + Prose.list(places, language: language),
      t(
        "Tabellen viser dem per rolle. Informantene omtales med rolle og enhet, aldri med navn",
        "The table gives them by role. Informants are referred to by role and unit, never by name"),
    ])
    blocks.append(
      .table(
        header: [t("Rolle", "Role"), t("Intervjuer", "Interviews"), t("Av dem med tidligere innehaver", "Of them with a former holder")],
        rows: log.responseByRole(roles: studyProtocol.roles).compactMap { row in
          let slots = done.filter { $0.roleID == row.roleID }
          guard !slots.isEmpty else { return nil }
          return [roleName(row.roleID), "\(slots.count)", "\(slots.filter { $0.holder == .former }.count)"]
        }))
    filled(16...16, from: [.log])
  }
}
