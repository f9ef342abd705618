import StudyplanCore

extension CommandTable {
  /// `fieldwork reported`: a study's own figures, for fieldwork done outside studyplan.
  static let fieldworkReported = CommandSpec(
    name: "reported",
    summary: "Record the figures a study's own report gives (fieldwork done outside studyplan)",
    discussion: """
      For a study whose interviews were held before or outside studyplan (the 2019 survey of \
      the NORCE note): how many were contacted and interviewed, the units and frame \
      municipalities the study counts, when, how long, and the source. The methods text \
      states them, sets them beside a follow-up's response, and says where the data lack a \
      unit the study counts. Counts only, never names. Without options, shows them.
      """,
    options: [
      OptionSpec("--contacted", value: "N", help: "How many were contacted"),
      OptionSpec("--interviewed", value: "N", help: "How many were interviewed"),
      OptionSpec("--units", value: "N", help: "The units the study counts (regions or municipalities)"),
      OptionSpec(
        "--level", value: "LEVEL", .of(SampleLevel.self, noun: "level"),
        help: "What --units counts: municipality or cooperation (default: the sample's)"),
      OptionSpec("--eligible", value: "N", help: "The municipalities in the study's frame"),
      OptionSpec("--period", value: "YYYY-MM", help: "When the interviews were held"),
      OptionSpec("--minutes", value: "A-B", help: "The shortest and longest interview"),
      OptionSpec("--source", value: "TEXT", help: "The report and section the figures come from"),
      OptionSpec("--clear", help: "Remove the figures"),
    ],
    examples: [
      #"fieldwork reported --contacted 29 --interviewed 24 --units 29 --level cooperation --eligible 115 --period 2019-12 --minutes 15-45 --source "Angell og Grimsrud (NORCE 2020), «Bakgrunn og metode»""#,
      "fieldwork reported",
    ],
    run: { invocation, session, io in
      let document = try session.requireWorkspace(for: "fieldwork reported").document
      if invocation.has("--clear") {
        try session.edit(for: "fieldwork reported") { $0.fieldwork?.reported = nil }
        io.print("reported figures: none")
        return
      }
      guard invocation.has("--contacted") || invocation.has("--source") else {
        io.print(document.fieldwork?.reported.map(reportedLine) ?? "reported figures: none")
        return
      }
      let reported = try reportedFigures(invocation, sampleLevel: document.sample?.plan.level)
      try session.edit(for: "fieldwork reported") { doc in
        var log = doc.fieldwork ?? FieldworkLog()
        log.reported = reported
        doc.fieldwork = log
      }
      io.print(reportedLine(reported))
    })

  /// The figures the options give, checked.
  static func reportedFigures(_ invocation: Invocation, sampleLevel: SampleLevel?) throws
    -> ReportedFieldwork
  {
    let range = StudyProtocol.Limits.sampleNumber
    guard let contacted = try invocation.integer("--contacted", in: range) else {
      throw CommandFailure(.missingArgument("--contacted N", command: "fieldwork reported"))
    }
    guard let interviewed = try invocation.integer("--interviewed", in: 0...contacted) else {
      throw CommandFailure(.missingArgument("--interviewed N", command: "fieldwork reported"))
    }
    guard let source = invocation.value("--source"), !source.trimmingCharacters(in: .whitespaces).isEmpty
    else {
      throw CommandFailure(.missingArgument("--source \"TEXT\"", command: "fieldwork reported"))
    }
    var minutes: [Int]? = nil
    if let word = invocation.options["--minutes"] ?? nil {
      let parts = word.text.split(separator: "-").map { Int($0) }
      guard (1...2).contains(parts.count), parts.allSatisfy({ $0.map(StudyProtocol.Limits.minutes.contains) ?? false })
      else {
        throw CommandFailure(
          .invalidValue(word.text, for: "--minutes", expected: "minutes as A-B or N, e.g. 15-45"),
          column: word.column)
      }
      minutes = parts.compactMap { $0 }
    }
    if let word = invocation.options["--period"] ?? nil, !ReportedFieldwork.isPeriod(word.text) {
      throw CommandFailure(
        .invalidValue(word.text, for: "--period", expected: "YYYY-MM or YYYY-MM-DD"),
        column: word.column)
    }
    let units = try invocation.integer("--units", in: range)
    return ReportedFieldwork(
      contacted: contacted, interviewed: interviewed, units: units,
      level: units == nil ? nil : try invocation.value(SampleLevel.self, "--level") ?? sampleLevel ?? .municipality,
      eligible: try invocation.integer("--eligible", in: range), period: invocation.value("--period"),
      minutes: minutes, source: source)
  }

  /// `reported: 29 contacted, 24 interviewed, …`.
  static func reportedLine(_ reported: ReportedFieldwork) -> String {
    var parts = ["\(reported.contacted) contacted", "\(reported.interviewed) interviewed"]
    if let units = reported.units {
      parts.append("\(units) \(reported.level == .cooperation ? "cooperation(s)" : "municipality(ies)")")
    }
    if let eligible = reported.eligible { parts.append("\(eligible) in the frame") }
    if let period = reported.period { parts.append(period) }
    if let text = reported.minutesText(.en) { parts.append(text) }
    return "reported: " + parts.joined(separator: ", ") + "; source: \(reported.source)"
  }
}
