import StudyplanCore

extension CommandTable {
  /// The sampling frame, the draw and replacements.
  static let samplingCommands: [CommandSpec] = [
    frameCommand, sampleCommand, replaceCommand, swapCommand,
  ]

  /// `--units 2019|2020|2024`, shared by `frame` and `sample`.
  static let unitsOption = OptionSpec(
    "--units", value: "YEAR", .of(UnitLayer.self, noun: "year of the units"),
    help: "The municipalities of 2019 (default: the note's units), 2020 or 2024 (today's)")

  static let frameCommand = CommandSpec(
    name: "frame",
    summary: "Show the sampling frame: the municipalities of a year with their lineage",
    discussion: """
      The units are the municipalities of 2019 (the note's units; the default), of 2020, or of \
      2024 (today's: 357 in 15 counties); each knows its predecessors and successors in the \
      other years (kommunenummer2019, kommunenummer2020, kommunenummer2024). A filter \
      compares frame fields (centrality, centrality2020, centrality2024, class-change, reform, \
      reform2024, county, county2024, byr, cooperation, population, name, kommunenummer, …) \
      with =, !=, <, <=, >, >= or 'in A,B', and combines conditions with and, or, not and \
      parentheses, e.g. "centrality in 5,6 and reform in merged,split"; Tab completes fields, \
      operators and values. docs/filter-language.md has the whole language. Fields of the 2019 \
      municipality itself (centrality, population, class-change, the note's findings) are not \
      fields of the units of 2020 or 2024. A filter that needs an unknown value says how many \
      units it could not judge.
      """,
    options: [
      unitsOption,
      OptionSpec(
        "--filter", value: "EXPR", .frameFilter, help: "Keep the units for which EXPR holds"),
      OptionSpec(
        "--format", value: "FORMAT", .of(FrameFormat.self, noun: "format for 'frame'"),
        help: "table (default) or csv"),
    ],
    examples: [
      #"frame --filter "centrality in 5,6 and reform in merged,split""#, "frame --format csv",
      #"frame --units 2024 --filter "county = Troms and centrality2024 = 6""#,
    ],
    run: { invocation, session, io in
      let format = try invocation.value(FrameFormat.self, "--format") ?? .table
      let frame = try session.samplingFrame(
        units: try invocation.value(UnitLayer.self, "--units") ?? .standard)
      var units = frame.units
      var note: String? = nil
      if let text = invocation.value("--filter") {
        let result = try FrameFilter.parse(text, frame: frame).apply(to: frame)
        units = result.matched
        note = result.unjudgedNote
      }
      if format == .csv {
        io.page(FrameRenderer.csv(units, fields: FrameField.columns(for: frame.layer)))
        if let note { io.warn(note) }
      } else {
        io.page(
          FrameRenderer.table(
            units, fields: FrameRenderer.tableFields(for: frame.layer), note: note))
      }
    })

  static let sampleCommand = CommandSpec(
    name: "sample",
    summary: "Draw a reproducible sample into the open protocol",
    discussion: """
      Units are ranked within each stratum by SHA-256 of 'seed:stratum:kommunenummer' \
      (docs/sampling.md); the first are drawn, the next are reserves in replacement order. \
      With explicit allocation, --n gives a size per stratum: --n 5:2,6:3. Paired draws N \
      cooperations and a small (class 5-6) and a central (class 1-4) member of each (with \
      --pair-with centre: the region's applicant municipality); two-stage draws N cooperations, \
      then M members of each (all without --members; --members-by centrality gives each \
      region small and central members). KOMMUNENUMMER "REASON" pairs after a random design are \
      added on purpose (a mixed design). Purposive selects municipalities or cooperations \
      (--level) by the planner's list or by a named logic over a criteria matrix, one case per \
      cell (--per-cell K); swap cases with 'swap'. Census takes every unit matching the filter. \
      Without --seed a seed is chosen and shown. Drawing again over logged dropouts asks first; \
      a script needs --replace-log. --units 2024 draws today's municipalities (ranked by their \
      2024 numbers; each shows its 2019 predecessors); the default is 2019, the note's units. \
      Drawn units that are one municipality today are named.
      """,
    arguments: [
      ArgumentSpec(
        group: [
          .init("UNIT", .municipality, about: "a unit (kommunenummer, name or cooperation)"),
          .init(#""REASON""#, about: "a reason"),
        ], arity: .repeating(minimum: 0))
    ],
    options: [
      unitsOption,
      OptionSpec(
        "--n", value: "N",
        help: "How many units (pairs: paired; cooperations: two-stage; explicit: KEY:N,…)"),
      OptionSpec(
        "--design", value: "DESIGN", .of(SampleDesign.self, noun: "design"),
        help: "simple (default), stratified, purposive, paired or two-stage"),
      OptionSpec("--strata", value: "A,B", .frameField, help: "Frame fields to stratify on"),
      OptionSpec(
        "--allocation", value: "RULE", .of(SampleAllocation.self, noun: "allocation"),
        help: "proportional (default), equal or explicit"),
      OptionSpec("--seed", value: "S", help: "Any text; the same seed redraws the same sample"),
      OptionSpec(
        "--reserves", value: "K", help: "Reserves kept per stratum, in order (default: all)"),
      OptionSpec(
        "--filter", value: "EXPR", .frameFilter,
        help: "Draw only among the units for which EXPR holds"),
      OptionSpec("--members", value: "M", help: "Members per cooperation (two-stage)"),
      OptionSpec(
        "--pair-within", value: "GROUP", .of(PairGrouping.self, noun: "pair grouping"),
        help: "Pair within a cooperation (default) or a new 2020 municipality (paired)"),
      OptionSpec(
        "--suggested", value: "QUESTION-ID", .questionID,
        help: "Take filter, design, strata and allocation from the question ('map' shows it)"),
      OptionSpec(
        "--members-by", value: "FIELD", .suggested(["centrality"]),
        help: "Within-cluster strata (two-stage): centrality gives small and central members"),
      OptionSpec(
        "--pair-with", value: "PARTNER", .of(PairPartner.self, noun: "pair partner"),
        help: "Pair the small member with a central member (default) or the regional centre"),
      OptionSpec(
        "--level", value: "LEVEL", .of(SampleLevel.self, noun: "level"),
        help: "Units of a purposive selection or census: municipality (default) or cooperation"),
      OptionSpec(
        "--criteria", value: "A,B", .frameField,
        help: "Criteria matrix of a purposive selection: frame (or cooperation) fields"),
      OptionSpec(
        "--logic", value: "LOGIC", .of(SelectionLogic.self, noun: "selection logic"),
        help: "planner (a list), or a proposal: maximum-variation, typical or extreme"),
      OptionSpec(
        "--per-cell", value: "K", help: "Cases per criteria cell in a proposal (default 1)"),
      OptionSpec(
        "--measure", value: "FIELD",
        help: "The number a proposal orders cases by (default centrality-index / members)"),
      OptionSpec("--replace-log", help: "Draw again even though dropouts are logged"),
    ],
    examples: [
      "sample --n 12 --design stratified --strata centrality,reform --seed 2020",
      #"sample --n 8 --filter "centrality in 5,6 and reform = merged" --seed 2020"#,
      #"sample --units 2024 --n 6 --filter "centrality2024 = 6" --seed 1"#,
      "sample --n 3 --design paired --seed 7",
      #"sample --design purposive 1850 "split between two successors""#,
      "sample --suggested reform-centrality-shift --n 4 --seed 2020",
      "sample --n 4 --design two-stage --members 2 --members-by centrality --seed 2020",
      "sample --design purposive --level cooperation --criteria note-region,small "
        + "Grenland \"long-standing\" Midt-Troms \"merger groundwork\"",
      "sample --design purposive --logic maximum-variation --criteria centrality,reform "
        + "--filter \"byr = any\"",
      #"sample --design census --level cooperation --filter "byr = any and centrality in 5,6""#,
    ],
    run: { invocation, session, io in
      let suggested = try suggestion(invocation, io: io)
      let previous = try session.requireWorkspace(for: "sample").document.sample
      if let previous, !previous.log.isEmpty, !invocation.has("--replace-log") {
        guard io.isInteractive else {
          throw CommandFailure(
            .logWouldBeDiscarded(count: previous.log.count, flag: "--replace-log"))
        }
        guard
          io.confirm(
            "The current sample has \(previous.log.count) logged dropout(s). Draw again and "
              + "discard them from the open protocol?")
        else { throw CommandFailure(.cancelled) }
      }
      let layer =
        try invocation.value(UnitLayer.self, "--units") ?? suggested?.sampling.units ?? .standard
      let frame = try session.samplingFrame(units: layer)
      var base = try suggested?.sampling.request(frame: frame)
      base?.units = layer
      var request = try SampleOptions.request(invocation, frame: frame, base: base)
      var chosen = false
      if request.seed.isEmpty && request.design.isRandom {
        request.seed = String(UInt32.random(in: 100_000...999_999))
        chosen = true
      }
      let sample = try SampleDrawer.draw(request, frame: frame)
      try session.edit(for: "sample") { $0.sample = sample }
      if !request.design.isRandom, invocation.has("--n") {
        io.warn(
          "--n is not used by a \(request.design.rawValue) selection: "
            + (request.logic == .planner || request.design == .census
              ? "it takes the units listed or matched"
              : "the proposal takes \(request.perCell) case(s) from each criteria cell "
                + "(--per-cell); swap cases with 'swap'"))
      }
      if let previous {
        io.warn(
          "the previous sample (\(previous.units.count) unit(s), \(previous.log.count) logged "
            + "dropout(s)) was replaced (saved versions do not change)")
      }
      if let suggested {
        for line in SampleFit.exclusions(filter: suggested.sampling.filter, frame: frame) {
          io.print(line)
        }
      }
      io.print(SampleSummary.text(sample, lineage: frame.lineage), terminator: "")
      for shared in SharedMunicipality.find(in: sample, lineage: frame.lineage)
      where shared.relation == .partOf {
        let line = shared.message + " (\(shared.officeRemark))"
        if shared.isByDesign { io.print("note: " + line) } else { io.warn(line) }
      }
      if let suggested {
        for finding in SampleFit.findings(sample: sample, questionIDs: [suggested.id], frame: frame)
        {
          io.warn(finding.message)
        }
      }
      if chosen {
        io.print("seed '\(request.seed)' was chosen; give --seed \(request.seed) to redraw")
      }
    })

  static let replaceCommand = CommandSpec(
    name: "replace",
    summary: "Log a dropout and take the next reserve of the same stratum (or cluster)",
    discussion: "Reason codes: " + RefusalReason.allCases.map(\.rawValue).joined(separator: ", ")
      + ". For a pair the reserve comes from the same cooperation and side. Naming a drawn "
      + "cooperation (two-stage) or pair group (paired) logs the whole cluster and takes the "
      + "next cluster reserve, whose members are drawn by the same rule. With no reserve left "
      + "the dropout is logged as non-response, without a replacement. With a fieldwork log, "
      + "--reason may be left out for a municipality once every slot in it has ended without "
      + "an interview (declined, withdrew, unreachable): the log's reason codes decide it, and "
      + "the replacement gets slots for the same roles. Slots of the refused unit still open "
      + "are offered to be closed (declined with the matching reason code, or unreachable for "
      + "no-response); --close-slots closes them in a script.",
    arguments: [
      ArgumentSpec(
        "KOMMUNENUMMER|COOPERATION", .sampledUnit, about: "a kommunenummer or a cooperation")
    ],
    options: [
      OptionSpec(
        "--reason", value: "CODE", .of(RefusalReason.self, noun: "reason code"),
        help: "Why the unit dropped out (default: from the fieldwork log)"),
      OptionSpec(
        "--close-slots", help: "Close the refused unit's open fieldwork slots without asking"),
    ],
    examples: [
      "replace 1850 --reason refused", "replace Salten --reason refused",
      "replace 1850",
    ],
    run: { invocation, session, io in
      let word = try invocation.required("KOMMUNENUMMER|COOPERATION")
      let workspace = try session.requireWorkspace(for: "replace")
      guard var sample = workspace.document.sample else { throw StudyplanError.noSample }
      let frame = try session.samplingFrame(units: sample.plan.unitLayer)
      let log = workspace.document.fieldwork
      let given = try invocation.value(RefusalReason.self, "--reason")
      let logged = (try? frame.resolve(word.text)).map(\.kommunenummer)
      let unitSlots = logged.map { log?.slots(inUnit: $0) ?? [] } ?? []
      guard
        let reason = given
          ?? logged.flatMap({ log?.replacementReason(forUnit: $0) })
      else {
        throw CommandFailure(
          .missingArgument(
            unitSlots.isEmpty
              ? "--reason CODE"
              : "--reason CODE (the fieldwork log still has open or interviewed slots for "
                + "\(word.text))",
            command: "replace"))
      }
      if given != nil, unitSlots.contains(where: { !$0.status.isNonParticipation }) {
        io.warn(
          "\(word.text) has informant slots that have not ended without an interview "
            + "('fieldwork slots' shows them); they stay in the log")
      }
      let clusters = SampleDrawer.activeClusters(sample)
      let text = word.text.trimmingCharacters(in: .whitespaces)
      let cluster =
        clusters.first { $0.lowercased() == text.lowercased() }
        ?? frame.cooperation(named: text).map(\.name).flatMap { clusters.contains($0) ? $0 : nil }
      if let cluster {
        let outcome = try SampleDrawer.replaceCluster(
          &sample, cluster: cluster, reason: reason, frame: frame)
        try session.edit(for: "replace") { $0.sample = sample }
        if let incoming = outcome.replacement {
          io.print(
            "\(cluster) logged as \(reason.rawValue) (whole cluster); replaced by \(incoming): "
              + outcome.units.map { "\($0.kommunenummer) \($0.name)" }.joined(separator: ", "))
        } else {
          io.warn(
            "no cluster reserve left; \(cluster) is logged as \(reason.rawValue) without a "
              + "replacement (non-response)")
        }
        return
      }
      let unit: FrameUnit
      do {
        unit = try frame.resolve(text)
      } catch {
        if !clusters.isEmpty || sample.plan.level == .cooperation {
          let names = clusters.isEmpty ? sample.activeUnits.map(\.kommunenummer) : clusters
          if let named = names.first(where: { $0.lowercased() == text.lowercased() }) {
            return try replaceUnit(
              named, label: named, reason: reason, sample: &sample,
              session: &session, io: io)
          }
          if let cooperation = frame.cooperation(named: text) {
            throw StudyplanError.notInSample(cooperation.name)
          }
          throw StudyplanError.unknownUnit(
            text, year: frame.layer.rawValue,
            suggestion: Suggestion.closest(to: text, in: names + frame.completionCandidates))
        }
        throw error
      }
      try replaceUnit(
        unit.kommunenummer, label: unit.label, reason: reason, sample: &sample, session: &session,
        io: io)
      try closeOpenSlots(
        of: unit.kommunenummer, label: unit.label, reason: reason,
        unasked: invocation.has("--close-slots"), session: &session, io: io)
    })

  /// After a unit is replaced: its slots not yet ended are closed — declined with the reason
  /// code the refusal matches, or unreachable for no response — when the planner says so (a
  /// question at a terminal, `--close-slots` in a script); otherwise a note names them.
  private static func closeOpenSlots(
    of unit: String, label: String, reason: RefusalReason, unasked: Bool,
    session: inout Session, io: CommandIO
  ) throws {
    let open = (session.workspace?.document.fieldwork?.slots(inUnit: unit) ?? [])
      .filter { !$0.status.isFinal }
    guard !open.isEmpty else { return }
    let (status, code): (FieldworkStatus, FieldworkReason?) =
      switch reason {
      case .noResponse: (.unreachable, nil)
      case .refused, .withdrew: (.declined, .noReason)
      case .unavailable: (.declined, .noTime)
      case .ineligible: (.declined, .vacant)
      case .other: (.declined, .other)
      }
    let outcome = status.rawValue + (code.map { " (\($0.rawValue))" } ?? "")
    let ids = open.map(\.id)
    let listed = ids.prefix(4).joined(separator: ", ") + (ids.count > 4 ? ", …" : "")
    let close =
      unasked
      || (io.isInteractive
        && io.confirm(
          "Close \(label)'s \(counted(ids.count, "open slot")) (\(listed)) as \(outcome)?"))
    guard close else {
      io.print(
        "note: \(counted(ids.count, "slot")) of \(label) still open (\(listed));"
          + " 'fieldwork log SLOT \(status.rawValue)' closes each")
      return
    }
    let today = session.today()
    try session.edit(for: "replace") { document in
      guard var log = document.fieldwork else { return }
      for id in ids { try log.log(id, status: status, on: today, reason: code) }
      document.fieldwork = log
    }
    io.print("closed \(counted(ids.count, "slot")) of \(label) as \(outcome): \(listed)")
  }

  /// Replaces one unit, or logs it without a replacement when its stratum has no reserve left.
  private static func replaceUnit(
    _ id: String, label: String, reason: RefusalReason, sample: inout ProtocolSample,
    session: inout Session, io: CommandIO
  ) throws {
    let replacement = try sample.replace(id, reason: reason, withoutReserve: true)
    let edited = sample
    var log = session.workspace?.document.fieldwork
    let added = replacement.map { log?.carryOver(from: id, to: $0) ?? [] } ?? []
    try session.edit(for: "replace") { document in
      document.sample = edited
      if let log { document.fieldwork = log }
    }
    if let replacement {
      io.print(
        "\(label) logged as \(reason.rawValue); replaced by \(replacement.kommunenummer) "
          + "\(replacement.name) (rank \(replacement.rank ?? 0) in '\(replacement.stratum)')")
      if !added.isEmpty {
        io.print("planned \(counted(added.count, "slot")): " + added.joined(separator: ", "))
      }
    } else {
      let stratum = sample.units.first { $0.kommunenummer == id }?.stratum ?? ""
      io.warn(
        "no reserve left in stratum '\(stratum)'; \(label) is logged as \(reason.rawValue) "
          + "without a replacement (non-response)")
    }
  }

  static let swapCommand = CommandSpec(
    name: "swap",
    summary: "Swap a case of a purposive selection for another, with the planner's reason",
    discussion: """
      Accept a proposal as drawn, or swap a case: NEW takes OLD's place in the selection, with \
      its criteria cell worked out and the reason recorded. Only for purposive selections; \
      a drawn (random) unit is replaced with 'replace'.
      """,
    arguments: [
      ArgumentSpec("OLD", .municipality, about: "the case to swap out"),
      ArgumentSpec("NEW", .municipality, about: "the case to swap in"),
      ArgumentSpec(#""REASON""#, about: "a reason"),
    ],
    examples: [#"swap 0817 0815 "Kragerø: coastal case the team knows""#],
    run: { invocation, session, io in
      let old = try invocation.required("OLD")
      let new = try invocation.required("NEW")
      let reason = try invocation.required(#""REASON""#)
      let workspace = try session.requireWorkspace(for: "swap")
      guard let sample = workspace.document.sample else { throw StudyplanError.noSample }
      let frame = try session.samplingFrame(units: sample.plan.unitLayer)
      let swapped = try SampleDrawer.swap(
        sample, out: old.text, in: new.text, reason: reason.text, frame: frame)
      try session.edit(for: "swap") { $0.sample = swapped }
      io.print(SampleSummary.text(swapped, lineage: frame.lineage), terminator: "")
    })
}

/// Turns `sample`'s options into a request, pointing errors at the word.
enum SampleOptions {
  /// Options that belong to one design, with it.
  static let designOptions: [(option: String, design: SampleDesign)] = [
    ("--strata", .stratified), ("--allocation", .stratified), ("--members", .twoStage),
    ("--members-by", .twoStage), ("--pair-within", .paired), ("--pair-with", .paired),
    ("--criteria", .purposive), ("--logic", .purposive), ("--per-cell", .purposive),
    ("--measure", .purposive),
  ]

  /// `base` is the request a question's suggestion makes (`sample --suggested ID`, built in the
  /// core): each option typed overrides its part; a different `--design` starts afresh but for
  /// the filter.
  static func request(
    _ invocation: Invocation, frame: SamplingFrame, base: SampleRequest? = nil
  ) throws -> SampleRequest {
    let design = try invocation.value(SampleDesign.self, "--design") ?? base?.design ?? .simple
    let start = base.flatMap { $0.design == design ? $0 : nil }
    let allocation =
      try invocation.value(SampleAllocation.self, "--allocation") ?? start?.allocation
      ?? .proportional
    var request =
      start
      ?? SampleRequest(
        design: design, size: 0, allocation: allocation, seed: "", filter: base?.filter)
    request.allocation = allocation
    request.units = frame.layer
    request.seed = invocation.value("--seed") ?? ""
    request.reserves = try invocation.integer("--reserves", in: 0...100_000)
    try checkDesignOptions(invocation, design: design)
    try applyDesignOptions(invocation, to: &request, layer: frame.layer)
    if let text = invocation.value("--strata") {
      request.strata = try text.split(separator: ",").map {
        try FrameField.named(String($0), in: frame.layer)
      }
    }
    if let text = invocation.value("--filter") {
      request.filter = try FrameFilter.parse(text, frame: frame)
    }
    try applySize(invocation, to: &request)
    if let word = invocation.options["--level"] ?? nil, design.isRandom {
      throw CommandFailure(
        .invalidValue(word.text, for: "--level", expected: "--design purposive or census"),
        column: word.column)
    }
    try applyChosenUnits(invocation, to: &request, frame: frame)
    return request
  }

  /// Refuses an option that belongs to another design than the one drawn.
  private static func checkDesignOptions(_ invocation: Invocation, design: SampleDesign)
    throws(CommandFailure)
  {
    for (option, needed) in designOptions where design != needed {
      if let word = invocation.options[option] ?? nil {
        throw CommandFailure(
          .invalidValue(word.text, for: option, expected: "--design \(needed.rawValue)"),
          column: word.column)
      }
    }
  }

  /// The design-specific options: members, pairs, level, logic, criteria.
  private static func applyDesignOptions(
    _ invocation: Invocation, to request: inout SampleRequest, layer: UnitLayer
  ) throws {
    request.membersPerCluster =
      try invocation.integer("--members", in: 1...1000) ?? request.membersPerCluster
    if let grouping = try invocation.value(PairGrouping.self, "--pair-within") {
      request.pairWithin = grouping
    }
    if let partner = try invocation.value(PairPartner.self, "--pair-with") {
      request.pairWith = partner
    }
    if let level = try invocation.value(SampleLevel.self, "--level") { request.level = level }
    if let logic = try invocation.value(SelectionLogic.self, "--logic") { request.logic = logic }
    if let word = invocation.options["--members-by"] ?? nil {
      guard word.text.lowercased() == "centrality" || FrameField(rawValue: word.text) != nil else {
        throw CommandFailure(
          .invalidValue(word.text, for: "--members-by", expected: "centrality or a frame field"),
          column: word.column)
      }
      request.membersBy =
        word.text.lowercased() == "centrality"
        ? .centrality : try FrameField.named(word.text, in: layer)
    }
    request.perCell = try invocation.integer("--per-cell", in: 1...100) ?? request.perCell
    request.measure = invocation.value("--measure") ?? request.measure
    if let text = invocation.value("--criteria") {
      request.criteria = text.split(separator: ",").map {
        $0.trimmingCharacters(in: .whitespaces).lowercased()
      }
    }
  }

  /// `--n`: a size for a random design, or a size per stratum (`5:2,6:3`) with explicit
  /// allocation.
  private static func applySize(_ invocation: Invocation, to request: inout SampleRequest)
    throws(CommandFailure)
  {
    if request.design == .stratified && request.allocation == .explicit {
      guard let word = invocation.options["--n"] ?? nil else {
        throw CommandFailure(.missingArgument("--n KEY:N,…", command: "sample"))
      }
      for part in word.text.split(separator: ",") {
        let pieces = part.split(separator: ":")
        guard pieces.count == 2, let count = Int(pieces[1]), count >= 0 else {
          throw CommandFailure(
            .invalidValue(String(part), for: "value for --n", expected: "KEY:N, e.g. 5:2"),
            column: word.column)
        }
        request.explicitSizes[String(pieces[0])] = count
      }
    } else if request.design.isRandom {
      guard let size = try invocation.integer("--n", in: 1...1_000_000) else {
        throw CommandFailure(.missingArgument("--n N", command: "sample"))
      }
      request.size = size
    }
  }

  /// The `UNIT "REASON"` pairs: the planner's cases of a purposive selection, or the units a
  /// random design adds on purpose.
  private static func applyChosenUnits(
    _ invocation: Invocation, to request: inout SampleRequest, frame: SamplingFrame
  ) throws {
    let units = invocation.words("UNIT")
    let reasons = invocation.words(#""REASON""#)
    if request.design == .census || (request.design == .purposive && request.logic != .planner) {
      if let extra = units.first {
        throw CommandFailure(
          .unexpectedArgument(extra.text, command: "sample"), column: extra.column)
      }
      return
    }
    if request.design == .purposive && units.isEmpty {
      throw CommandFailure(
        .missingArgument(
          "UNIT \"REASON\" pairs, or --logic maximum-variation|typical|extreme",
          command: "sample --design purposive"))
    }
    for (unit, reason) in zip(units, reasons) {
      let id =
        request.level == .cooperation
        ? try frame.resolveCooperation(unit.text).name
        : try frame.resolve(unit.text).kommunenummer
      request.purposive.append(PurposiveChoice(kommunenummer: id, reason: reason.text))
    }
  }
}

extension CommandTable {
  /// The question `sample --suggested ID` names, after saying what it suggests.
  fileprivate static func suggestion(_ invocation: Invocation, io: CommandIO) throws
    -> CatalogueQuestion?
  {
    guard let word = invocation.options["--suggested"] ?? nil else { return nil }
    let entry = try QuestionCatalogue.builtin.resolve(word.text)
    io.print("sampling as '\(entry.id)' suggests: \(entry.sampling.commandArguments)")
    return entry
  }
}
