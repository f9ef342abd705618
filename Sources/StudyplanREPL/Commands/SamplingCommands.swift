import StudyplanCore

extension CommandTable {
  /// The sampling frame, the draw and replacements.
  static let samplingCommands: [CommandSpec] = [frameCommand, sampleCommand, replaceCommand]

  static let frameCommand = CommandSpec(
    name: "frame", usage: ["frame [--filter EXPR] [--format table|csv]"],
    summary: "Show the sampling frame: the 2019 municipalities with their reform attributes",
    discussion: """
      A filter compares frame fields (centrality, centrality2020, class-changed, reform, \
      county, byr, cooperation, population, name, kommunenummer, …) with =, !=, <, <=, >, >= \
      or 'in A,B', and combines conditions with and, or, not and parentheses, e.g. \
      "centrality in 5,6 and reform in merged,split"; Tab completes fields, operators and \
      values. docs/filter-language.md has the whole language. A filter that needs an unknown \
      value (centrality2020 is often unknown) says how many units it could not judge.
      """,
    options: [
      OptionSpec(
        "--filter", value: "EXPR", completion: .frameFilter,
        help: "Keep the units for which EXPR holds"),
      OptionSpec(
        "--format", value: "FORMAT", completion: .oneOf(["table", "csv"]),
        help: "table (default) or csv"),
    ],
    examples: [
      #"frame --filter "centrality in 5,6 and reform in merged,split""#, "frame --format csv",
    ],
    run: { invocation, session, io in
      try invocation.expectAtMost(0)
      let format = try invocation.choice("--format", in: ["table", "csv"]) ?? "table"
      let frame = try session.samplingFrame()
      var units = frame.units
      var note: String? = nil
      if let text = invocation.value("--filter") {
        let result = try FrameFilter.parse(text, frame: frame).apply(to: frame)
        units = result.matched
        note = result.unjudgedNote
      }
      if format == "csv" {
        io.print(FrameRenderer.csv(units), terminator: "")
        if let note { io.warn(note) }
      } else {
        io.print(FrameRenderer.table(units, note: note), terminator: "")
      }
    })

  static let sampleCommand = CommandSpec(
    name: "sample",
    usage: [
      "sample --n N [--design simple|stratified|purposive|paired|two-stage] [--strata A,B]",
      "       [--allocation proportional|equal|explicit] [--seed S] [--reserves K] [--filter EXPR]",
      "       [--members M] [--pair-within cooperation|municipality] [--suggested QUESTION-ID]",
      "sample --design purposive KOMMUNENUMMER \"REASON\" …",
    ],
    summary: "Draw a reproducible sample into the open protocol",
    discussion: """
      Units are ranked within each stratum by SHA-256 of 'seed:stratum:kommunenummer' \
      (docs/sampling.md); the first are drawn, the next are reserves in replacement order. \
      With explicit allocation, --n gives a size per stratum: --n 5:2,6:3. Paired draws N \
      cooperations and a small (class 5-6) and a central (class 1-4) member of each; two-stage \
      draws N cooperations, then M members of each (all without --members). Without --seed a \
      seed is chosen and shown.
      """,
    options: [
      OptionSpec(
        "--n", value: "N",
        help: "How many units (pairs: paired; cooperations: two-stage; explicit: KEY:N,…)"),
      OptionSpec(
        "--design", value: "DESIGN", completion: .oneOf(SampleDesign.allCases.map(\.rawValue)),
        help: "simple (default), stratified, purposive, paired or two-stage"),
      OptionSpec(
        "--strata", value: "A,B", completion: .frameField,
        help: "Frame fields to stratify on"),
      OptionSpec(
        "--allocation", value: "RULE",
        completion: .oneOf(SampleAllocation.allCases.map(\.rawValue)),
        help: "proportional (default), equal or explicit"),
      OptionSpec("--seed", value: "S", help: "Any text; the same seed redraws the same sample"),
      OptionSpec(
        "--reserves", value: "K", help: "Reserves kept per stratum, in order (default: all)"),
      OptionSpec(
        "--filter", value: "EXPR", completion: .frameFilter,
        help: "Draw only among the units for which EXPR holds"),
      OptionSpec("--members", value: "M", help: "Members per cooperation (two-stage)"),
      OptionSpec(
        "--pair-within", value: "GROUP", completion: .oneOf(PairGrouping.allCases.map(\.rawValue)),
        help: "Pair within a cooperation (default) or a new 2020 municipality (paired)"),
      OptionSpec(
        "--suggested", value: "QUESTION-ID", completion: .questionID,
        help: "Take filter, design, strata and allocation from the question ('map' shows it)"),
    ],
    arguments: [.municipality],
    examples: [
      "sample --n 12 --design stratified --strata centrality,reform --seed 2020",
      #"sample --n 8 --filter "centrality in 5,6 and reform = merged" --seed 2020"#,
      "sample --n 3 --design paired --seed 7",
      #"sample --design purposive 1850 "split between two successors""#,
      "sample --suggested reform-centrality-shift --n 4 --seed 2020",
    ],
    run: { invocation, session, io in
      let invocation = try withSuggestion(invocation, io: io)
      let previous = try session.requireWorkspace(for: "sample").document.sample
      let frame = try session.samplingFrame()
      var request = try SampleOptions.request(invocation, frame: frame)
      var chosen = false
      if request.seed.isEmpty && request.design != .purposive {
        request.seed = String(UInt32.random(in: 100_000...999_999))
        chosen = true
      }
      let sample = try SampleDrawer.draw(request, frame: frame)
      try session.edit(for: "sample") { $0.sample = sample }
      if let previous {
        io.warn(
          "the previous sample (\(previous.units.count) unit(s), \(previous.log.count) logged "
            + "replacement(s)) was replaced (saved versions do not change)")
      }
      io.print(SampleSummary.text(sample), terminator: "")
      if chosen {
        io.print("seed '\(request.seed)' was chosen; give --seed \(request.seed) to redraw")
      }
    })

  static let replaceCommand = CommandSpec(
    name: "replace", usage: ["replace KOMMUNENUMMER [--reason CODE]"],
    summary: "Log a refusal and take the next reserve of the same stratum",
    discussion: "Reason codes: " + RefusalReason.allCases.map(\.rawValue).joined(separator: ", ")
      + ". For a pair the reserve comes from the same cooperation and side. With a fieldwork "
      + "log, --reason may be left out once every slot of the unit has ended without an "
      + "interview (declined, withdrew, unreachable): the log's reason codes decide it. The "
      + "replacement gets slots for the same roles.",
    options: [
      OptionSpec(
        "--reason", value: "CODE", completion: .oneOf(RefusalReason.allCases.map(\.rawValue)),
        help: "Why the unit dropped out (default: from the fieldwork log)")
    ],
    arguments: [.municipality],
    examples: ["replace 1850 --reason refused", "replace 1850"],
    run: { invocation, session, io in
      let word = try invocation.argument(0, named: "a kommunenummer")
      try invocation.expectAtMost(1)
      let workspace = try session.requireWorkspace(for: "replace")
      guard var sample = workspace.document.sample else { throw StudyplanError.noSample }
      let unit = try session.samplingFrame().resolve(word.text)
      var log = workspace.document.fieldwork
      let unitSlots = log?.slots(inUnit: unit.kommunenummer) ?? []
      let reason: RefusalReason
      if let code = try invocation.choice(
        "--reason", in: RefusalReason.allCases.map(\.rawValue)),
        let given = RefusalReason(rawValue: code)
      {
        reason = given
        if unitSlots.contains(where: { !$0.status.isNonParticipation }) {
          io.warn(
            "\(unit.label) has informant slots that have not ended without an interview "
              + "('fieldwork slots' shows them); they stay in the log")
        }
      } else if let fromLog = log?.replacementReason(forUnit: unit.kommunenummer) {
        reason = fromLog
      } else {
        throw CommandFailure(
          .missingArgument(
            unitSlots.isEmpty
              ? "--reason CODE"
              : "--reason CODE (the fieldwork log still has open or interviewed slots for "
                + "\(unit.kommunenummer))",
            command: "replace"))
      }
      let replacement = try sample.replace(unit.kommunenummer, reason: reason)
      let added = log?.carryOver(from: unit.kommunenummer, to: replacement) ?? []
      try session.edit(for: "replace") { doc in
        doc.sample = sample
        if let log { doc.fieldwork = log }
      }
      io.print(
        "\(unit.label) logged as \(reason.rawValue); replaced by \(replacement.kommunenummer) "
          + "\(replacement.name) (rank \(replacement.rank ?? 0) in '\(replacement.stratum)')")
      if !added.isEmpty {
        io.print("planned \(counted(added.count, "slot")): " + added.joined(separator: ", "))
      }
    })
}

/// Turns `sample`'s options into a request, pointing errors at the word.
enum SampleOptions {
  static func request(_ invocation: Invocation, frame: SamplingFrame) throws -> SampleRequest {
    let design =
      try invocation.choice("--design", in: SampleDesign.allCases.map(\.rawValue))
      .flatMap(SampleDesign.init(rawValue:)) ?? .simple
    let allocation =
      try invocation.choice("--allocation", in: SampleAllocation.allCases.map(\.rawValue))
      .flatMap(SampleAllocation.init(rawValue:)) ?? .proportional
    var request = SampleRequest(
      design: design, size: 0, allocation: allocation, seed: invocation.value("--seed") ?? "")
    request.reserves = try invocation.integer("--reserves", in: 0...100_000)
    request.membersPerCluster = try invocation.integer("--members", in: 1...1000)
    if let grouping = try invocation.choice(
      "--pair-within", in: PairGrouping.allCases.map(\.rawValue)
    ).flatMap(PairGrouping.init(rawValue:)) {
      request.pairWithin = grouping
    }
    for (option, needed) in [
      ("--strata", SampleDesign.stratified), ("--allocation", .stratified),
      ("--members", .twoStage), ("--pair-within", .paired),
    ] where design != needed {
      if let word = invocation.options[option] ?? nil {
        throw CommandFailure(
          .invalidValue(word.text, for: option, expected: "--design \(needed.rawValue)"),
          column: word.column)
      }
    }
    if let text = invocation.value("--strata") {
      request.strata = try text.split(separator: ",").map { try FrameField.named(String($0)) }
    }
    if let text = invocation.value("--filter") {
      request.filter = try FrameFilter.parse(text, frame: frame)
    }
    if design == .stratified && allocation == .explicit {
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
    } else if design != .purposive {
      guard let size = try invocation.integer("--n", in: 1...1_000_000) else {
        throw CommandFailure(.missingArgument("--n N", command: "sample"))
      }
      request.size = size
    }
    if design == .purposive {
      let words = invocation.arguments
      guard !words.isEmpty, words.count % 2 == 0 else {
        throw CommandFailure(
          .missingArgument("KOMMUNENUMMER \"REASON\" pairs", command: "sample --design purposive"))
      }
      for index in stride(from: 0, to: words.count, by: 2) {
        let unit = try frame.resolve(words[index].text)
        request.purposive.append(
          PurposiveChoice(kommunenummer: unit.kommunenummer, reason: words[index + 1].text))
      }
    } else {
      try invocation.expectAtMost(0)
    }
    return request
  }
}

extension CommandTable {
  /// `sample --suggested ID`: the question's suggested options, overridden by those typed.
  fileprivate static func withSuggestion(_ invocation: Invocation, io: CommandIO) throws
    -> Invocation
  {
    guard let word = invocation.options["--suggested"] ?? nil else { return invocation }
    let entry = try QuestionCatalogue.builtin.resolve(word.text)
    let arguments = entry.sampling.commandArguments
    guard let suggested = try CommandParser(table: .standard).parse("sample " + arguments) else {
      return invocation
    }
    var merged = invocation
    merged.options = suggested.options.merging(invocation.options) { _, typed in typed }
    io.print("sampling as '\(entry.id)' suggests: \(arguments)")
    return merged
  }
}
