import Foundation
import StudyplanCore

extension CommandTable {
  /// `fieldwork`: the informant log.
  static let fieldworkCommand = CommandSpec(
    name: "fieldwork",
    summary: "Log fieldwork per informant slot: invitations, answers, interviews",
    discussion: """
      An informant slot is a role in a sampled unit, with a pseudonymous id: ordforer@1850, \
      former-ordforer@1850 for a former office-holder, prosjektleder@vest-telemark for a \
      cooperation in a paired or two-stage sample. Without a sub-command, 'fieldwork' shows \
      the progress per stratum and role. 'fieldwork plan' makes a slot for every \
      protocol role in every unit of the sample (again after a replacement: slots already \
      logged keep their history). Statuses: \
      \(FieldworkStatus.allCases.map(\.rawValue).joined(separator: ", ")); 'declined' and \
      'withdrew' take a reason code (\(FieldworkReason.allCases.map(\.rawValue).joined(separator: ", "))). \
      The date defaults to today (in the planner's time zone). The log holds codes, dates and \
      numbers only, never names or notes; it is saved with the protocol, and 'export fieldwork \
      --format csv' writes it for the team's secure storage. When every slot of a municipality \
      has ended without an interview, 'replace KOMMUNENUMMER' takes the reason from the log.
      """,
    subcommands: [
      fieldworkPlan, fieldworkSlots, fieldworkLog, fieldworkInterview, fieldworkShow,
      fieldworkReported,
    ],
    examples: [
      "fieldwork plan", "fieldwork plan --role ordforer --former",
      "fieldwork log ordforer@1850 invited --on 2026-03-02",
      "fieldwork log ordforer@1850 declined --reason no-time",
      "fieldwork interview kommunedirektor@1850 --mode telephone --minutes 52 --consent recorded",
      "fieldwork", "fieldwork slots --status declined",
      "fieldwork reported --contacted 29 --interviewed 24 --source \"the study's report\"",
    ],
    run: { _, session, io in
      let document = try session.requireWorkspace(for: "fieldwork").document
      guard let log = document.fieldwork, !log.slots.isEmpty else {
        throw StudyplanError.noFieldworkPlan
      }
      io.print(FieldworkReport.progress(log, roles: document.roles, language: session.language))
    })

  static let fieldworkRoleOption = OptionSpec(
    "--role", value: "ROLE", .protocolRole, help: "Only this role's slots")
  static let fieldworkDateOption = OptionSpec(
    "--on", value: "YYYY-MM-DD", help: "The date of the event (default: today)")
  static let slotArgument = ArgumentSpec("SLOT", .informantSlot, about: "a slot id")

  static let fieldworkPlan = CommandSpec(
    name: "plan", summary: "Plan a slot for every role in every sampled unit",
    options: [
      fieldworkRoleOption,
      OptionSpec("--former", help: "Plan slots for former office-holders of the role"),
    ],
    run: { invocation, session, io in
      let document = try session.requireWorkspace(for: "fieldwork plan").document
      guard let sample = document.sample else { throw StudyplanError.noSample }
      let roleID = try invocation.value("--role").map { try document.role(named: $0).id }
      guard !document.roles.isEmpty else {
        throw CommandFailure(
          .missingArgument("roles first: 'roles add ROLE'", command: "fieldwork plan"))
      }
      var added: [String] = []
      try session.edit(for: "fieldwork plan") { doc in
        var log = doc.fieldwork ?? FieldworkLog()
        added = log.plan(
          sample: sample, roles: doc.roles,
          holder: invocation.has("--former") ? .former : .current, onlyRole: roleID)
        doc.fieldwork = log
      }
      let total = session.workspace?.document.fieldwork?.slots.count ?? 0
      io.print("planned \(counted(added.count, "slot")) (\(total) in the log)")
      if !invocation.has("--former"), let log = session.workspace?.document.fieldwork {
        let lineage = try session.referenceData().lineage
        for line in sharedOffices(log, sample: sample, lineage: lineage) { io.warn(line) }
      }
    })

  static let fieldworkSlots = CommandSpec(
    name: "slots", summary: "List the slots, by role or latest status",
    options: [
      fieldworkRoleOption,
      OptionSpec(
        "--status", value: "STATUS", .of(FieldworkStatus.self, noun: "status"),
        help: "Only slots whose latest status is STATUS"),
    ],
    run: { invocation, session, io in
      let document = try session.requireWorkspace(for: "fieldwork slots").document
      guard let log = document.fieldwork, !log.slots.isEmpty else {
        throw StudyplanError.noFieldworkPlan
      }
      let roleID = try invocation.value("--role").map { try document.role(named: $0).id }
      let status = try invocation.value(FieldworkStatus.self, "--status")
      let slots = log.slots.filter {
        (roleID == nil || $0.roleID == roleID) && (status == nil || $0.status == status)
      }
      io.print(FieldworkReport.slotTable(slots, language: session.language))
    })

  static let fieldworkLog = CommandSpec(
    name: "log", summary: "Log a slot's new status (invited, agreed, declined …)",
    arguments: [
      slotArgument,
      ArgumentSpec("STATUS", .of(FieldworkStatus.self, noun: "status"), about: "a status"),
    ],
    options: [
      fieldworkDateOption,
      OptionSpec(
        "--reason", value: "CODE", .of(FieldworkReason.self, noun: "reason code"),
        help: "Why the informant declined or withdrew"),
    ],
    run: { invocation, session, io in
      let slot = try invocation.required("SLOT")
      guard let status = try invocation.argument(FieldworkStatus.self, "STATUS") else { return }
      let reason = try invocation.value(FieldworkReason.self, "--reason")
      let date = invocation.value("--on") ?? session.today()
      try session.edit(for: "fieldwork log") { doc in
        var log = doc.fieldwork ?? FieldworkLog()
        try log.log(slot.text, status: status, on: date, reason: reason)
        doc.fieldwork = log
      }
      io.print(
        "\(slot.text.lowercased()): \(status.rawValue) on \(date)"
          + (reason.map { " (\($0.rawValue))" } ?? ""))
    })

  static let fieldworkInterview = CommandSpec(
    name: "interview", summary: "Record an interview: date, mode, minutes, consent",
    arguments: [slotArgument],
    options: [
      fieldworkDateOption,
      OptionSpec(
        "--mode", value: "MODE", .of(InterviewMode.self, noun: "interview mode"),
        help: "in-person, telephone or video"),
      OptionSpec("--minutes", value: "N", help: "How long the interview took"),
      OptionSpec(
        "--consent", value: "KIND", .of(ConsentKind.self, noun: "kind of consent"),
        help: "How consent was given: written, oral or recorded"),
      OptionSpec(
        "--transcript-returned", value: "yes|no", .of(YesNo.self, noun: "answer"),
        help: "Whether the transcript went back to the informant"),
      OptionSpec(
        "--field-notes", value: "yes|no", .of(YesNo.self, noun: "answer"),
        help: "Whether field notes were written"),
    ],
    run: { invocation, session, io in
      let slot = try invocation.required("SLOT")
      let date = invocation.value("--on") ?? session.today()
      let record = InterviewRecord(
        mode: try invocation.value(InterviewMode.self, "--mode"),
        minutes: try invocation.integer("--minutes", in: 1...600),
        consent: try invocation.value(ConsentKind.self, "--consent"),
        transcriptReturned: try invocation.value(YesNo.self, "--transcript-returned")?.isYes,
        fieldNotes: try invocation.value(YesNo.self, "--field-notes")?.isYes)
      try session.edit(for: "fieldwork interview") { doc in
        var log = doc.fieldwork ?? FieldworkLog()
        try log.recordInterview(slot.text, on: date, record: record)
        doc.fieldwork = log
      }
      io.print("\(slot.text.lowercased()): interviewed on \(date)")
    })

  static let fieldworkShow = CommandSpec(
    name: "show", summary: "Show one slot's history", arguments: [slotArgument],
    run: { invocation, session, io in
      let slot = try invocation.required("SLOT")
      let log =
        try session.requireWorkspace(for: "fieldwork show").document.fieldwork ?? FieldworkLog()
      let found = log.slots[try log.index(of: slot.text)]
      io.print(lines: FieldworkReport.history(found, language: session.language))
    })
}

extension CommandTable {
  /// For sampled units that are one municipality today: the current-holder slots that are one
  /// office (`ordforer@1929 and ordforer@1931`), one line per group.
  static func sharedOffices(
    _ log: FieldworkLog, sample: ProtocolSample, lineage: MunicipalityLineage
  ) -> [String] {
    SharedMunicipality.find(in: sample, lineage: lineage).filter { $0.relation == .partOf }
      .compactMap { shared in
        let slots = log.slots.filter {
          $0.holder == .current && $0.unitKind == .municipality && shared.unitIDs.contains($0.unit)
        }
        let byRole = Dictionary(grouping: slots, by: \.roleID).filter { $0.value.count > 1 }
        guard !byRole.isEmpty else { return nil }
        let one = shared.presentDay.count == 1
        let offices = byRole.keys.sorted().map { role in
          Prose.list((byRole[role] ?? []).map(\.id), language: .en)
            + (one
              ? " are one current office"
              : " share the current offices of "
                + Prose.list(shared.presentDay.map(\.label), language: .en))
        }
        return shared.message + ": " + offices.joined(separator: "; ")
      }
  }
}

/// The text of `fieldwork`, `fieldwork slots` and `fieldwork show`.
enum FieldworkReport {
  static func progress(_ log: FieldworkLog, roles: [InformantRole], language: Language) -> String {
    let statuses: [FieldworkStatus] = [
      .agreed, .scheduled, .interviewed, .declined, .withdrew, .unreachable,
    ]
    var table = TextTable(
      headers: ["stratum", "role", "slots", "approached"] + statuses.map(\.rawValue),
      rightAligned: Set(2...(3 + statuses.count)))
    for row in log.progress(roles: roles) {
      let tally = row.tally
      let counts: [String] = statuses.map { "\(tally[$0])" }
      table.rows.append(
        [row.stratum, row.roleID, "\(tally.slots)", "\(tally.approached)"] + counts)
    }
    let total = log.total
    let absent = total[.declined] + total[.withdrew] + total[.unreachable]
    let summary =
      "\(total[.interviewed]) of \(total.slots) slots interviewed, \(total.approached) "
      + "approached, \(absent) did not take part"
    return table.render() + "\n" + summary
  }

  static func slotTable(_ slots: [InformantSlot], language: Language) -> String {
    var table = TextTable(headers: ["slot", "unit", "stratum", "status", "date", "reason"])
    for slot in slots {
      table.rows.append([
        slot.id, slot.unitName, slot.stratum ?? "", slot.status.rawValue,
        slot.history.last?.date ?? "", slot.reason?.rawValue ?? "",
      ])
    }
    return table.render()
  }

  static func history(_ slot: InformantSlot, language: Language) -> [String] {
    var lines = [
      "\(slot.id): \(slot.holder.rawValue) \(slot.roleID) in \(slot.unitName)"
        + (slot.stratum.map { " (stratum \($0))" } ?? "")
    ]
    if slot.history.isEmpty { lines.append("  planned; nothing logged yet") }
    for event in slot.history {
      lines.append(
        "  \(event.date)  \(event.status.rawValue)"
          + (event.reason.map { " (\($0.rawValue))" } ?? ""))
    }
    if let interview = slot.interview {
      var parts: [String] = []
      if let mode = interview.mode { parts.append(mode.rawValue) }
      if let minutes = interview.minutes { parts.append("\(minutes) min") }
      if let consent = interview.consent { parts.append("consent \(consent.rawValue)") }
      if let returned = interview.transcriptReturned {
        parts.append("transcript returned: \(returned ? "yes" : "no")")
      }
      if let notes = interview.fieldNotes { parts.append("field notes: \(notes ? "yes" : "no")") }
      if !parts.isEmpty { lines.append("  interview: " + parts.joined(separator: ", ")) }
    }
    return lines
  }
}
