/// Data collection, saturation, analysis, reporting and the COREQ list.
extension MethodsWriter {
  mutating func dataCollection() {
    heading("Datainnsamling", "Data collection")
    field(.setting, items: 14...14)
    field(.othersPresent, items: 15...15)
    guide()
    field(.repeatInterviews, items: 18...18)
    recording()
    fieldNotes()
    duration()
    transcripts()
  }

  mutating func guide() {
    guard let guide = studyProtocol.guide else {
      writeNote(
        items: 17...17, what: t("intervjuguiden", "the interview guide"), command: "guide build")
      toWrite(17...17, command: "guide build; methods piloting \"…\"")
      return
    }
    paragraph([
      t(
        "Intervjuene følger en semistrukturert intervjuguide med \(count(guide.themes.count, .theme)) "
          + "og én variant per rolle (revisjon \(guide.revision), fingeravtrykk "
          + "\(guide.fingerprint))",
        "The interviews follow a semi-structured guide with \(count(guide.themes.count, .theme)) "
          + "and one variant per role (revision \(guide.revision), fingerprint "
          + "\(guide.fingerprint))"),
      t(
        "Guiden følger med som vedlegg, og tabellen viser planlagt tid per rolle",
        "The guide is appended, and the table shows the planned time per role"),
    ])
    if !studyProtocol.roles.isEmpty {
      blocks.append(
        .table(
          header: [
            t("Rolle", "Role"), t("Planlagt (min)", "Planned (min)"),
            t("Mål (min)", "Target (min)"), t("Spørsmål", "Questions"),
          ],
          rows: studyProtocol.roles.map { role in
            let variant = guide.variant(for: role, language: language)
            return [
              role.name.text(in: language), "\(variant.totalMinutes)", "\(variant.targetMinutes)",
              "\(variant.questions.count)",
            ]
          }))
    }
    if let piloting = fields[.piloting] {
      paragraph([piloting])
      filled(17...17, from: [.guide, .field("methods piloting")])
    } else {
      writeNote(
        items: 17...17, what: prompt(.piloting),
        command: setCommand(.piloting))
      toWrite(17...17, command: setCommand(.piloting))
    }
  }

  var interviewed: [InformantSlot] {
    (log?.slots ?? []).filter { $0.status == .interviewed }
  }

  mutating func recording() {
    var sentences: [String] = []
    switch studyProtocol.consent.recording {
    case .audio?:
      sentences.append(
        t(
          "Intervjuene tas opp på lyd og skrives ut",
          "The interviews are audio-recorded and transcribed"))
    case .notes?:
      sentences.append(
        t(
          "Intervjuene tas ikke opp; intervjueren skriver notater",
          "The interviews are not recorded; the interviewer takes notes"))
    case nil:
      writeNote(
        items: 19...19, what: t("om intervjuene tas opp", "whether interviews are recorded"),
        command: "consent recording audio|notes")
      toWrite(19...19, command: "consent recording audio|notes")
      return
    }
    let kinds = ConsentKind.allCases.compactMap { kind -> String? in
      let count = interviewed.filter { $0.interview?.consent == kind }.count
      guard count > 0 else { return nil }
      let name: String =
        switch kind {
        case .written: t("skriftlig", "in writing")
        case .oral: t("muntlig", "orally")
        case .recorded: t("muntlig på opptak", "orally on the recording")
        }
      return t("\(name) i ", "\(name) in ") + self.count(count, .interview)
    }
    if !kinds.isEmpty {
      sentences.append(
        t("Samtykket ble gitt ", "Consent was given ") + Prose.list(kinds, language: language))
    }
    paragraph(sentences)
    filled(19...19, from: (kinds.isEmpty ? [] : [.log]) + [.field("consent recording")])
  }

  /// «… etter alle de tre intervjuene», «… etter to av de tre intervjuene», «Det ble ikke …
  /// etter intervjuet».
  func shareSentence(_ counts: (yes: Int, known: Int), all: String, none: String) -> String {
    let one = counts.known == 1
    let them = one ? t("intervjuet", "the interview") : CountedNoun.interview.definite(counts.known, language)
    if counts.yes == counts.known { return all + (one ? them : t("alle ", "all ") + them) }
    if counts.yes == 0 { return none + (one ? them : t("noen av ", "any of ") + them) }
    return all + NumberWords.number(counts.yes, language, gender: .neuter, digits: counts.known > 12)
      + t(" av ", " of ") + them
  }

  /// "n of m interviews" for a yes/no the log records, or nil when none is recorded.
  func logged(_ value: (InterviewRecord) -> Bool?) -> (yes: Int, known: Int)? {
    let known = interviewed.compactMap { $0.interview.flatMap(value) }
    guard !known.isEmpty else { return nil }
    return (known.filter { $0 }.count, known.count)
  }

  mutating func fieldNotes() {
    let counts = logged(\.fieldNotes)
    if let counts {
      paragraph([
        shareSentence(
          counts,
          all: t("Feltnotater ble skrevet etter ", "Field notes were written after "),
          none: t("Det ble ikke skrevet feltnotater etter ", "No field notes were written after "))
      ])
    }
    if let text = fields[.fieldNotes] {
      paragraph([text])
    }
    if counts != nil || fields[.fieldNotes] != nil {
      filled(
        20...20,
        from: (counts == nil ? [] : [.log])
          + (fields[.fieldNotes] == nil ? [] : [.field("methods field-notes")]))
    } else {
      writeNote(
        items: 20...20, what: prompt(.fieldNotes),
        command: setCommand(.fieldNotes))
      toWrite(20...20, command: setCommand(.fieldNotes))
    }
  }

  mutating func duration() {
    let minutes = log?.interviewMinutes ?? []
    if let sentence = Figures.durationSentence(minutes, language) {
      paragraph([sentence])
      filled(21...21, from: [.log])
    } else if log == nil, let reported = studyProtocol.fieldwork?.reported,
      let range = reported.minutesText(language)
    {
      paragraph([t("Intervjuene varte \(range), ifølge studien selv", "The interviews lasted \(range), by the study's own account")])
      filled(21...21, from: [.reported])
    } else if let target = studyProtocol.guide?.targetMinutes {
      paragraph([
        t(
          "Intervjuene er planlagt til omtrent \(target) minutter",
          "The interviews are planned at about \(target) minutes")
      ])
      filled(21...21, from: [.plannedGuide])
    } else {
      writeNote(
        items: 21...21, what: t("hvor lenge intervjuene varte", "how long the interviews lasted"),
        command: "fieldwork interview SLOT --minutes N")
      toWrite(21...21, command: "fieldwork interview SLOT --minutes N")
    }
  }

  mutating func transcripts() {
    let counts = logged(\.transcriptReturned)
    if let counts {
      paragraph([
        shareSentence(
          counts,
          all: t(
            "Utskriften ble sendt til informanten for kommentar etter ",
            "The transcript went back to the informant for comment after "),
          none: t(
            "Utskriften ble ikke sendt til informanten for kommentar etter ",
            "The transcript did not go back to the informant for comment after "))
      ])
    }
    if let text = fields[.transcriptsReturned] { paragraph([text]) }
    if counts != nil || fields[.transcriptsReturned] != nil {
      filled(
        23...23,
        from: (counts == nil ? [] : [.log])
          + (fields[.transcriptsReturned] == nil ? [] : [.field("methods transcripts-returned")]))
    } else {
      writeNote(
        items: 23...23, what: prompt(.transcriptsReturned),
        command: setCommand(.transcriptsReturned))
      toWrite(23...23, command: setCommand(.transcriptsReturned))
    }
  }

  mutating func saturationAndAnalysis() {
    heading("Metning", "Data saturation")
    field(.saturation, items: 22...22)
    heading("Analyse", "Analysis")
    field(.codingPlan, items: 24...27)
    field(.participantChecking, items: 28...28)
    heading("Rapportering", "Reporting")
    field(.reporting, items: 29...32)
  }

  mutating func checklist() {
    heading("COREQ-sjekkliste", "COREQ checklist")
    let entries = coreq.sorted { $0.number < $1.number }
    func tally(_ state: CoreqState) -> Int { entries.filter { $0.state == state }.count }
    let (filled, partly) = (tally(.filled), tally(.partly))
    let (open, later) = (tally(.toWrite) + tally(.afterAnalysis), tally(.afterAnalysis))
    func number(_ value: Int) -> String { value == 0 ? t("ingen", "none") : "\(value)" }
    var parts = [
      t("er \(number(filled)) fylt ut fra felt, logg eller utvalg", "\(number(filled)) are filled from a field, the log or the sample")
    ]
    if partly > 0 {
      parts.append("\(partly)" + t(" er delvis dekket av et felt som gjelder flere punkter", " are partly covered by a field that serves several items"))
    }
    if open > 0 {
      parts.append(
        "\(open)" + t(" skal skrives", " are to write")
          + (later > 0 ? t(", punkt 30–32 først etter analysen", ", items 30–32 only after the analysis") : ""))
    }
    paragraph([
      t("Av de 32 punktene ", "Of the 32 items, ") + Prose.list(parts, language: language),
      t(
        "Listen viser hvor teksten kommer fra, ikke om den svarer godt nok på punktet; der et felt "
          + "dekker flere punkter, står punktets spørsmål ved siden av",
        "The list shows where the text comes from, not whether it answers the item well enough; "
          + "where a field serves several items, the item's question stands beside it"),
    ])
    blocks.append(
      .table(
        header: [t("Nr.", "No."), t("Punkt", "Item"), t("Status", "Status"), t("Kilde", "Source")],
        rows: entries.map { entry in
          ["\(entry.number)", CoreqItem.label(entry.number, in: language)] + status(entry)
        }))
  }

  /// The status and source cells of one checklist row.
  func status(_ entry: CoreqEntry) -> [String] {
    switch entry.state {
    case .filled:
      return [t("fylt ut", "filled"), entry.source]
    case .partly:
      return [
        t("delvis", "partly"),
        entry.source + t(". Svarer teksten på dette: ", ". Does the text answer this: ")
          + CoreqItem.question(entry.number, in: language),
      ]
    case .toWrite:
      return [t("skrives", "to write"), t("sett med: ", "set with: ") + entry.source]
    case .afterAnalysis:
      return [
        t("skrives etter analysen", "written after the analysis"),
        CoreqItem.question(entry.number, in: language),
      ]
    }
  }
}
