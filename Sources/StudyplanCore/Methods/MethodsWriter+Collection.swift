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
        "Intervjuene følger en semistrukturert intervjuguide med \(guide.themes.count) "
          + (guide.themes.count == 1 ? "tema" : "temaer")
          + " og én variant per rolle (revisjon \(guide.revision), fingeravtrykk "
          + "\(guide.fingerprint))",
        "The interviews follow a semi-structured guide with \(counted(guide.themes.count, "theme")) "
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
        items: 17...17, what: MethodsField.piloting.prompt(in: language),
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
      return t("\(name) i \(interviews(count))", "\(name) in \(interviews(count))")
    }
    if !kinds.isEmpty {
      sentences.append(
        t("Samtykke ble gitt ", "Consent was given ") + Prose.list(kinds, language: language))
    }
    paragraph(sentences)
    filled(19...19, from: (kinds.isEmpty ? [] : [.log]) + [.field("consent recording")])
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
        t(
          "Feltnotater ble skrevet etter \(counts.yes) av \(interviews(counts.known))",
          "Field notes were written after \(counts.yes) of \(interviews(counts.known))")
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
        items: 20...20, what: MethodsField.fieldNotes.prompt(in: language),
        command: setCommand(.fieldNotes))
      toWrite(20...20, command: setCommand(.fieldNotes))
    }
  }

  mutating func duration() {
    let minutes = log?.interviewMinutes ?? []
    if minutes.count == 1, let only = minutes.first {
      paragraph([t("Intervjuet varte \(only) minutter", "The interview lasted \(only) minutes")])
      filled(21...21, from: [.log])
    } else if let first = minutes.first, let last = minutes.last {
      let median = minutes[minutes.count / 2]
      paragraph([
        t(
          "Intervjuene varte fra \(first) til \(last) minutter (median \(median))",
          "The interviews lasted from \(first) to \(last) minutes (median \(median))")
      ])
      filled(21...21, from: [.log])
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
        t(
          "Utskriften ble sendt tilbake til informanten for kommentar i \(counts.yes) av "
            + interviews(counts.known),
          "The transcript went back to the informant for comment in \(counts.yes) of "
            + interviews(counts.known))
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
        items: 23...23, what: MethodsField.transcriptsReturned.prompt(in: language),
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
    let open = entries.filter { !$0.isFilled }.count
    paragraph([
      open == 0
        ? t("Alle de 32 punktene er fylt ut", "All 32 items are filled")
        : t(
          "\(32 - open) av 32 punkter er fylt ut fra protokollen; \(open) skal skrives",
          "\(32 - open) of 32 items are filled from the protocol; \(open) are to write")
    ])
    blocks.append(
      .table(
        header: [t("Nr.", "No."), t("Punkt", "Item"), t("Status", "Status"), t("Kilde", "Source")],
        rows: entries.map { entry in
          [
            "\(entry.number)", CoreqItem.label(entry.number, in: language),
            entry.isFilled ? t("fylt ut", "filled") : t("skrives", "to write"),
            entry.isFilled ? entry.source : t("sett med: ", "set with: ") + entry.source,
          ]
        }))
  }
}
