/// The sampling, recruitment and participants sections.
extension MethodsWriter {
  mutating func sample() {
    heading("Utvalg", "Sampling")
    guard let sampling, let design = sampling.design else {
      writeNote(
        items: 10...10, what: t("hvordan enhetene velges", "how units are chosen"),
        command: "sample …")
      toWrite(10...10, command: "sample …")
      toWrite(12...12, command: "sample …")
      return
    }
    // Purposive selections, censuses and mixed designs: the sampling text issue 11 wrote
    // (logic, criteria, each case's reason), as it stands.
    if !sampling.isRandom || !sampling.cases.isEmpty {
      // The section already has its heading; the sampling text's own would repeat it.
      var sampled = SamplingMethods.blocks(sampling, language: language)
      if case .heading = sampled.first { sampled.removeFirst() }
      blocks += sampled
      undercoverage(sampling)
      filled(10...10, from: [.sample])
      filled(12...12, from: [.sample])
      return
    }
    var sentences = [
      t("Utvalget er trukket ved ", "The sample was drawn by ")
        + StratumText.design(design, language)
    ]
    switch design {
    case "purposive":
      sentences.append(
        t(
          "Enhetene er valgt strategisk, med en begrunnelse for hver",
          "The units were chosen purposively, with a reason for each"))
    default:
      sentences.append(
        t(
          "Trekningen er tilfeldig innenfor kriteriene. I et lite utvalg gir det ikke statistisk "
            + "generalisering, men det hindrer at forskerne velger enheter som bekrefter "
            + "forventningene, og det gjør utvalget etterprøvbart",
          "The draw is random within the criteria. In a small sample this does not give "
            + "statistical generalisation, but it keeps the researchers from choosing units "
            + "that confirm their expectations, and it makes the sample checkable"))
    }
    if let frame = sampling.datasets.first {
      sentences.append(
        t("Utvalgsrammen er ", "The sampling frame is ") + StratumText.dataset(frame, language))
      let others = sampling.datasets.dropFirst().map { StratumText.dataset($0, language) }
      if !others.isEmpty {
        sentences.append(
          t("Trekningen brukte også ", "The draw also used ") + others.joined(separator: "; "))
      }
    } else if let frame = sampling.frameVersion {
      sentences.append(t("Utvalgsrammen er ", "The sampling frame is ") + frame)
    }
    if let units = sampling.unitsSentence(language) { sentences.append(units) }
    if !sampling.criteria.isEmpty {
      sentences.append(
        t(
          "For å være med i rammen måtte en kommune oppfylle dette: ",
          "To be in the frame, a municipality had to meet this: ")
          + sampling.criteria.map { StratumText.filter($0, language) }.joined(separator: "; "))
    }
    if !sampling.strata.isEmpty {
      let strata = sampling.strata.map { StratumText.field($0, language) }
      sentences.append(
        t("Enhetene er stratifisert etter ", "Units were stratified by ")
          + Prose.list(strata, language: language)
          + (sampling.allocationRule.map { ", " + StratumText.allocation($0, language) } ?? ""))
    }
    paragraph(sentences)
    undercoverage(sampling)
    if !sampling.allocation.isEmpty {
      blocks.append(
        .table(
          header: [t("Stratum", "Stratum"), t("Antall", "Units")],
          rows: sampling.allocation.map {
            [StratumText.describe($0.stratum, language), "\($0.count)"]
          }))
    }
    var size: [String] = []
    if let count = sampling.sampleSize {
      size.append(
        t("Utvalget har \(count) enheter", "The sample has \(count) units")
          + (sampling.reserves.map {
            t(
              ", med \($0) reserver i erstatningsrekkefølge",
              ", with \($0) reserves in replacement order")
          } ?? ""))
    }
    if let seed = sampling.seed, let algorithm = sampling.algorithm {
      size.append(
        t(
          "Trekningen kan gjentas: frøet er «\(seed)», og algoritmen er \(algorithm)",
          "The draw can be repeated: the seed is ‘\(seed)’ and the algorithm is \(algorithm)")
          + (sampling.software.map { t(" (\($0))", " (\($0))") } ?? ""))
    }
    paragraph(size)
    filled(10...10, from: [.sample])
    filled(12...12, from: [.sample])
  }

  /// The sentence on the partial ByR member lists, when the frame leans on them.
  mutating func undercoverage(_ sampling: SamplingDescription) {
    guard sampling.usesPartialMemberLists else { return }
    paragraph([
      t(
        "Medlemslistene for Byregionprogrammet som rammen bygger på, er ufullstendige (33 av "
          + "37 regioner i fase 2, to av dem bare delvis). Kommuner i regioner som mangler, "
          + "kunne ikke bli trukket, og rammen har derfor en underdekning",
        "The Byregionprogrammet member lists the frame relies on are partial (33 of 37 "
          + "phase-2 regions, two of them in part). Municipalities in the missing regions could "
          + "not be drawn, so the frame undercovers them")
    ])
  }

  /// "1 intervju", "3 intervjuer" / "1 interview", "3 interviews".
  func interviews(_ count: Int) -> String {
    t("\(count) \(count == 1 ? "intervju" : "intervjuer")", counted(count, "interview"))
  }

  var modeText: String? {
    studyProtocol.consent.interviewMode.map {
      switch $0 {
      case .inPerson: t("intervjuer ansikt til ansikt", "face-to-face interviews")
      case .telephone: t("telefonintervjuer", "telephone interviews")
      case .video: t("videointervjuer", "video interviews")
      }
    }
  }

  mutating func recruitment() {
    heading("Rekruttering og frafall", "Approach and non-participation")
    let consent = studyProtocol.consent
    let approach: String? = consent.recruitment.map {
      switch $0 {
      case .gatekeeper:
        t(
          "Informantene ble kontaktet gjennom en portvakt (sekretariat eller prosjektleder), "
            + "som sendte informasjonsskrivet videre; forskerne fikk vite hvem som var spurt "
            + "først når de svarte",
          "Informants were approached through a gatekeeper (secretariat or project leader) who "
            + "forwarded the information letter; the researchers learned who had been asked "
            + "only when they answered")
      case .direct:
        t(
          "Informantene ble kontaktet direkte, med informasjonsskrivet, ut fra offentlige "
            + "oversikter over hvem som har rollen",
          "Informants were approached directly, with the information letter, from public "
            + "listings of who holds the role")
      }
    }
    if let approach, let mode = modeText {
      paragraph([approach, t("Intervjuene er ", "The interviews are ") + mode])
      filled(11...11, from: [.field("consent recruitment"), .field("consent interview-mode")])
    } else {
      writeNote(
        items: 11...11, what: t("hvordan informantene kontaktes", "how informants are approached"),
        command: "consent recruitment …; consent interview-mode …")
      toWrite(11...11, command: "consent recruitment …; consent interview-mode …")
    }
    guard let log else {
      writeNote(
        items: 13...13,
        what: t(
          "hvor mange som takket nei eller trakk seg, og hvorfor (fra feltarbeidsloggen)",
          "how many declined or withdrew, and why (from the fieldwork log)"),
        command: "fieldwork plan; fieldwork log SLOT STATUS")
      toWrite(13...13, command: "fieldwork plan; fieldwork log SLOT STATUS")
      return
    }
    let rows = log.responseByRole(roles: studyProtocol.roles)
    paragraph([
      t(
        "Tabellen viser svar og frafall per rolle fra feltarbeidsloggen: hvor mange som er "
          + "kontaktet, og hvordan det gikk",
        "The table shows response and non-participation by role from the fieldwork log: how "
          + "many were contacted, and how it went")
    ])
    blocks.append(
      .table(
        header: [
          t("Rolle", "Role"), t("Kontaktet", "Contacted"), t("Intervjuet", "Interviewed"),
          t("Takket nei", "Declined"), t("Trakk seg", "Withdrew"),
          t("Ikke nådd", "Not reached"), t("Venter", "Pending"),
        ],
        rows: rows.map { row in
          let tally = row.tally
          return [
            roleName(row.roleID), "\(tally.approached)", "\(tally[.interviewed])",
            "\(tally[.declined])", "\(tally[.withdrew])", "\(tally[.unreachable])",
            "\(tally.open - tally[.planned])",
          ]
        }))
    let reasons = log.reasons
    if reasons.isEmpty {
      paragraph([t("Ingen har takket nei eller trukket seg", "No one has declined or withdrawn")])
    } else {
      blocks.append(
        .table(
          header: [t("Utfall", "Outcome"), t("Grunn", "Reason"), t("Antall", "Count")],
          rows: reasons.map {
            [$0.status.label(in: language), $0.reason.label(in: language), "\($0.count)"]
          }))
    }
    if let replaced = sampling?.nonParticipation.map(\.count).reduce(0, +), replaced > 0 {
      paragraph([
        t(
          "\(replaced) \(replaced == 1 ? "enhet" : "enheter") ble erstattet med neste reserve i samme stratum",
          "\(replaced) \(replaced == 1 ? "unit was" : "units were") replaced by the next reserve in the same stratum"
        )
      ])
    }
    filled(13...13, from: [.log])
  }

  mutating func participants() {
    heading("Deltakere", "Participants")
    guard let log, log.slots.contains(where: { $0.status == .interviewed }) else {
      writeNote(
        items: 16...16,
        what: t(
          "hvem som ble intervjuet, per rolle (fra feltarbeidsloggen)",
          "who was interviewed, by role (from the fieldwork log)"),
        command: "fieldwork interview SLOT …")
      toWrite(16...16, command: "fieldwork interview SLOT …")
      return
    }
    var parts: [String] = []
    for row in log.responseByRole(roles: studyProtocol.roles) where row.tally[.interviewed] > 0 {
      let done = log.slots.filter { $0.roleID == row.roleID && $0.status == .interviewed }
      let former = done.filter { $0.holder == .former }.count
      var text = "\(done.count) \(roleName(row.roleID))"
      if former > 0 { text += t(" (\(former) tidligere)", " (\(former) former)") }
      parts.append(text)
    }
    let total = log.slots.filter { $0.status == .interviewed }.count
    let units = Set(log.slots.filter { $0.status == .interviewed }.map(\.unit)).count
    paragraph([
      t(
        "Det er gjennomført \(interviews(total)) i \(units) \(units == 1 ? "enhet" : "enheter"): ",
        "\(interviews(total)) \(total == 1 ? "was" : "were") held in \(units) \(units == 1 ? "unit" : "units"): "
      )
        + Prose.list(parts, language: language),
      t(
        "Informantene omtales med rolle og enhet, aldri med navn",
        "Informants are referred to by role and unit, never by name"),
    ])
    filled(16...16, from: [.log])
  }
}
