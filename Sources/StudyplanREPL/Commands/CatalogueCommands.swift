import StudyplanCore

extension CommandTable {
  /// Research questions and the study model: `questions`, `ask`, `drop`, `map`, `model`.
  static let catalogueCommands: [CommandSpec] = [
    questionsCommand, askCommand, dropCommand, mapCommand, modelCommand,
  ]

  /// `questions`: the catalogue, filtered, or one entry in full.
  static let questionsCommand = CommandSpec(
    name: "questions",
    summary: "List the research-question catalogue, or show one question in full",
    discussion: """
      The catalogue is built from the open questions of the NORCE note (Angell & Grimsrud, \
      2020). Each question shows the study model its dimensions map to. Questions already in \
      the open protocol are marked with '*'. Texts follow 'set language'.
      """,
    arguments: [ArgumentSpec("ID", .questionID, about: "a question id", arity: .optional)],
    options: [
      OptionSpec(
        "--model", value: "N", .of(StudyModel.self, noun: "study model"),
        help: "Only questions that map to model N"),
      OptionSpec("--search", value: "TEXT", help: "Only questions whose text contains TEXT"),
    ],
    examples: [
      "questions", "questions --model 2", "questions --search reform",
      "questions reform-centrality-shift",
    ],
    run: { invocation, session, io in
      let catalogue = QuestionCatalogue.builtin
      let language = session.language
      if let word = invocation.word("ID") {
        io.print(lines: CatalogueText.detail(of: try catalogue.resolve(word.text), in: language))
        return
      }
      let model = try invocation.value(StudyModel.self, "--model")
      let search = invocation.value("--search")
      let entries = catalogue.filtered(model: model, containing: search)
      guard !entries.isEmpty else {
        io.print("no catalogue question matches; 'questions' lists them all")
        return
      }
      let asked = Set(session.workspace?.document.questions.map(\.id) ?? [])
      var lines: [String] = []
      for group in CatalogueQuestion.Group.allCases {
        let members = entries.filter { $0.group == group }
        guard !members.isEmpty else { continue }
        if !lines.isEmpty { lines.append("") }
        lines.append(group.heading(in: language))
        for entry in members {
          let mark = asked.contains(entry.id) ? "* " : "  "
          lines.append("\(mark)\(entry.id)  (model \(entry.suggestedModel.rawValue))")
          lines += CatalogueText.wrap(entry.text.text(in: language), indent: "    ")
        }
      }
      lines.append("")
      lines.append(
        "\(entries.count) of \(catalogue.entries.count) questions;"
          + " 'questions ID' shows one in full, 'ask ID' adds it")
      io.print(lines: lines)
    })

  /// `ask`: adds a catalogue question, or the planner's own with its dimensions.
  static let askCommand = CommandSpec(
    name: "ask",
    summary: "Add a research question to the protocol and show its model and reason",
    discussion: """
      A word without blanks is a catalogue id (Tab completes it). A question in quotes is your \
      own: it is mapped to a study model by the same rules as the catalogue, from two answers — \
      what it studies (--unit) and what it compares (--compare). At a terminal, ask asks for \
      the answers you leave out; a script must give both flags.
      """,
    arguments: [
      ArgumentSpec(
        #"QUESTION-ID|"OWN QUESTION""#, .questionID,
        about: "a question id or your own question in quotes", isText: true)
    ],
    options: [
      OptionSpec(
        "--unit", value: "UNIT", .of(UnitOfAnalysis.self, noun: "unit of analysis"),
        help: "What your own question studies: municipality, cooperation or both"),
      OptionSpec(
        "--compare", value: "AXIS", .of(ComparisonAxis.self, noun: "comparison"),
        help: "What it compares: forms, kinds, constellations, standpoints or reform"),
    ],
    examples: [
      "ask horizontal-versus-vertical",
      #"ask "How do coastal municipalities share planners?" --unit both --compare forms"#,
    ],
    run: { invocation, session, io in
      let word = try invocation.required(#"QUESTION-ID|"OWN QUESTION""#)
      let language = session.language
      // Blanks, a dimension flag, or quotes around what is no catalogue id make an own question.
      let isOwn =
        word.text.contains(where: \.isWhitespace) || invocation.has("--unit")
        || invocation.has("--compare")
        || (word.isQuoted && QuestionCatalogue.builtin.entry(id: word.text) == nil)
      guard isOwn else {
        var entry: CatalogueQuestion?
        try session.edit(for: "ask") { entry = try $0.ask(catalogueID: word.text) }
        guard let entry else { return }
        io.print("added \(entry.id): \(CatalogueText.model(entry.suggestedModel, in: language))")
        io.print(lines: CatalogueText.wrap(entry.reason(in: language), indent: "  "))
        return
      }
      _ = try session.requireWorkspace(for: "ask")
      let unit = try DimensionPrompt.unit(invocation, io: io)
      let comparison = try DimensionPrompt.comparison(invocation, io: io)
      let dimensions = QuestionDimensions(unit: unit, comparison: comparison)
      var question: ProtocolQuestion?
      try session.edit(for: "ask") { question = try $0.ask(own: word.text, dimensions: dimensions) }
      guard let question else { return }
      let mapping = ModelMapper.map(dimensions)
      io.print("added \(question.id): \(CatalogueText.model(mapping.model, in: language))")
      io.print(lines: CatalogueText.wrap(mapping.explanation(in: language), indent: "  "))
    })

  /// `drop`: removes a question from the protocol.
  static let dropCommand = CommandSpec(
    name: "drop",
    summary: "Remove a research question from the protocol",
    discussion: """
      Takes the id 'show' or 'map' lists (Tab completes the protocol's ids): a catalogue id, \
      or own-1, own-2, … for your own questions.
      """,
    arguments: [ArgumentSpec("QUESTION-ID", .protocolQuestion, about: "a question id")],
    examples: ["drop regional-economy", "drop own-1"],
    run: { invocation, session, io in
      let word = try invocation.required("QUESTION-ID")
      var dropped: ProtocolQuestion?
      try session.edit(for: "drop") { dropped = try $0.drop(questionID: word.text) }
      if let dropped { io.print("dropped \(dropped.id)") }
    })

  /// `map`: each question's model, reason and sampling, and the protocol's proposal.
  static let mapCommand = CommandSpec(
    name: "map",
    summary: "Map each question of the protocol to a study model, with reasons and sampling",
    discussion: """
      Shows, for every question, the model its dimensions point to, the rule that decided it, \
      and the sample it calls for (the 'sample' flags to take it over). When questions point to \
      different models, map shows the conflict and what model 3 would reconcile.
      """,
    run: { _, session, io in
      let document = try session.requireWorkspace(for: "map").document
      io.print(lines: MappingReport.lines(for: document, in: session.language))
    })

  /// `model`: shows or chooses the study model.
  static let modelCommand = CommandSpec(
    name: "model",
    summary: "Show the study model, or choose one (against the mapping only with --because)",
    discussion: """
      Without a number, shows the chosen model and what the mapping proposes. Choosing the \
      model the mapping proposes needs nothing more; choosing another is refused unless \
      --because gives the justification, which the protocol records.
      """,
    arguments: [
      ArgumentSpec(
        "1|2|3", .of(StudyModel.self, noun: "study model"), about: "a model (1, 2 or 3)",
        arity: .optional)
    ],
    options: [
      OptionSpec(
        "--because", value: "TEXT", help: "Why this model, when it goes against the mapping")
    ],
    examples: ["model", "model 1", #"model 2 --because "we have access to one regional council""#],
    run: { invocation, session, io in
      let language = session.language
      guard let model = try invocation.argument(StudyModel.self, "1|2|3") else {
        let document = try session.requireWorkspace(for: "model").document
        io.print(lines: MappingReport.choiceLines(for: document, in: language))
        return
      }
      var choice: ModelChoice?
      try session.edit(for: "model") {
        choice = try $0.chooseModel(model, because: invocation.value("--because"))
      }
      guard let choice else { return }
      if choice.isAgainstMapping, let proposed = choice.proposedModel {
        io.warn(
          "model \(model.rawValue) goes against the mapping, which proposes model"
            + " \(proposed.rawValue); the justification is recorded")
      }
      io.print("chose \(CatalogueText.model(model, in: language))")
      if let justification = choice.justification { io.print("  because: \(justification)") }
    })
}

/// Asks for, or reads from flags, the two dimension answers of an own question.
enum DimensionPrompt {
  /// The unit of analysis from `--unit`, or asked at a terminal.
  static func unit(_ invocation: Invocation, io: CommandIO) throws -> UnitOfAnalysis {
    try answer(
      invocation, flag: "--unit",
      question: "What does the question study: municipality, cooperation or both? ",
      parse: { text throws(StudyplanError) in try UnitOfAnalysis.parse(text) }, io: io)
  }

  /// The comparison axis from `--compare`, or asked at a terminal.
  static func comparison(_ invocation: Invocation, io: CommandIO) throws -> ComparisonAxis {
    try answer(
      invocation, flag: "--compare",
      question: "What does it compare: forms (of cooperation), kinds (of municipality),"
        + " constellations, standpoints or reform (before and after)? ",
      parse: { text throws(StudyplanError) in try ComparisonAxis.parse(text) }, io: io)
  }

  private static func answer<Value>(
    _ invocation: Invocation, flag: String, question: String,
    parse: (String) throws(StudyplanError) -> Value, io: CommandIO
  ) throws -> Value {
    if let value = invocation.value(flag) { return try parse(value) }
    guard io.isInteractive else {
      throw CommandFailure(.missingArgument(flag, command: invocation.command.name))
    }
    while true {
      guard let text = io.ask(question), !text.isEmpty else { throw CommandFailure(.cancelled) }
      do {
        return try parse(text)
      } catch {
        io.terminal.writeError("error: \(error.description)\n")
      }
    }
  }
}
