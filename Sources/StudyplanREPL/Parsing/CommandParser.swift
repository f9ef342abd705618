import StudyplanCore

/// Turns a line of text into an ``Invocation`` of a command in the table — or, for Tab
/// completion, a partly typed line into a ``PartialInvocation`` by the same rules, so what Tab
/// offers is what the command would accept.
///
/// The declaration decides everything: which sub-command runs, which options it takes, how many
/// positional words each argument binds, and which words a closed value accepts.
public struct CommandParser: Sendable {
  /// The commands the parser knows.
  public var table: CommandTable

  public init(table: CommandTable) {
    self.table = table
  }

  /// Parses `line`; `nil` for a blank or comment-only line.
  public func parse(_ line: String) throws(CommandFailure) -> Invocation? {
    let words = try CommandLexer.words(of: line)
    guard let first = words.first else { return nil }
    guard let command = table.command(named: first.text) else {
      let suggestion = Suggestion.closest(to: first.text, in: table.names)
      throw CommandFailure(
        .unknownCommand(first.text, suggestion: suggestion), column: first.column)
    }
    let walk = try OptionWalk(words[1...], options: command.allOptions, command: command.name)
    if let pending = walk.pendingOption {
      throw CommandFailure(
        .missingOptionValue(pending.option.name, command: command.name), column: pending.column)
    }
    let shape = try LineShape.strict(command, positional: walk.arguments)
    var invocation = Invocation(command: command, subcommand: shape.subcommand, line: line)
    let spec = invocation.spec
    let misplaced = walk.optionColumns.filter { spec.option(named: $0.key) == nil }
    if let (name, column) = (walk.unknownOptions + misplaced.map { ($0.key, $0.value) })
      .min(by: { $0.1 < $1.1 })
    {
      throw CommandFailure(
        .unknownOption(
          name, command: invocation.name,
          suggestion: Suggestion.closest(to: name, in: spec.options.map(\.name))),
        column: column)
    }
    if let context = command.context, shape.subcommand != nil {
      invocation.bound = try Binding.bind(shape.contextWords, to: [context], command: command.name)
    }
    invocation.bound.merge(
      try Binding.bind(shape.argumentWords, to: spec.arguments, command: invocation.name)
    ) { first, _ in first }
    invocation.options = try Self.checkedOptions(walk.options, of: spec)
    for option in spec.options where option.isRequired && invocation.options[option.name] == nil {
      throw CommandFailure(
        .missingArgument(option.usage, command: invocation.name))
    }
    return invocation
  }

  /// The options with every closed value replaced by the word it stands for, or an error at the
  /// first that is none of its choices.
  private static func checkedOptions(_ options: [String: Word?], of spec: CommandSpec)
    throws(CommandFailure) -> [String: Word?]
  {
    var checked = options
    for name in options.keys.sorted() {
      guard let word = options[name] ?? nil, let choices = spec.option(named: name)?.kind.choices
      else { continue }
      checked[name] = .some(try Binding.choose(word, in: choices))
    }
    return checked
  }

  /// Reads a line typed up to the cursor: the command, the sub-command once named, the words
  /// finished so far, and what the word being typed is — a command, an option name, an option's
  /// value or the N-th positional argument. `nil` when the first word is no command. Unknown
  /// options are passed over.
  ///
  /// Inside an open quote (`frame --filter "centrality in 5,`) the quoted text is the word.
  public func parsePartial(_ text: String) -> PartialInvocation? {
    var insideQuote = false
    var lexed = try? CommandLexer.words(of: text)
    if lexed == nil {
      // An open quote: the quoted text so far is the word being typed.
      for closing in ["\"", "'"] {
        if let words = try? CommandLexer.words(of: text + closing) {
          lexed = words
          insideQuote = true
          break
        }
      }
    }
    guard let words = lexed else { return nil }
    let isNewWord = !insideQuote && (text.last.map { $0 == " " || $0 == "\t" } ?? true)
    let finished = isNewWord ? words : Array(words.dropLast())
    let current = isNewWord ? nil : words.last
    let word = current?.text ?? ""
    guard let first = finished.first else {
      return PartialInvocation(
        command: nil, subcommand: nil, arguments: [], options: [:], slot: .command, word: word)
    }
    guard let command = table.command(named: first.text) else { return nil }
    let walk = OptionWalk(lenient: finished[1...], options: command.allOptions)
    let arguments = walk.arguments.map(\.text)
    let subcommand = command.subcommand(in: arguments)
    let slot: PartialInvocation.Slot
    if let pending = walk.pendingOption {
      slot = .optionValue(subcommand?.0.option(named: pending.option.name) ?? pending.option)
    } else if let current, !walk.optionsEnded,
      current.text == "-" && !current.isQuoted || OptionWalk.looksLikeOption(current)
    {
      slot = .optionName
    } else {
      slot = .argument(arguments.count)
    }
    return PartialInvocation(
      command: command, subcommand: subcommand, arguments: arguments,
      options: walk.options.mapValues { $0?.text }, slot: slot, word: word)
  }
}

/// Where a line's positional words go: the sub-command (when the command has them), the words
/// before it (the context, `export p1 guide`) and the words after it.
struct LineShape {
  var subcommand: CommandSpec?
  var contextWords: ArraySlice<Word> = []
  var argumentWords: ArraySlice<Word>

  /// Finds the sub-command among `positional`, or fails where the line names none it should.
  static func strict(_ command: CommandSpec, positional: [Word]) throws(CommandFailure)
    -> LineShape
  {
    guard !command.subcommands.isEmpty else { return LineShape(argumentWords: positional[...]) }
    if let (found, position) = command.subcommand(in: positional.map(\.text)) {
      return LineShape(
        subcommand: found, contextWords: positional[..<position],
        argumentWords: positional[(position + 1)...])
    }
    if command.run != nil && (positional.isEmpty || command.takesArgumentsWithoutSubcommand) {
      return LineShape(argumentWords: positional[...])
    }
    let names = command.subcommands.map(\.name)
    guard !positional.isEmpty else {
      throw CommandFailure(.missingSubcommand(command: command.name, choices: names))
    }
    let offending = command.context != nil && positional.count >= 2 ? positional[1] : positional[0]
    let suggestion = Suggestion.closest(to: offending.text, in: names)
    if suggestion == nil, command.context != nil, positional.count == 1 {
      throw CommandFailure(.missingSubcommand(command: command.name, choices: names))
    }
    throw CommandFailure(
      .unknownSubcommand(offending.text, command: command.name, suggestion: suggestion),
      column: offending.column)
  }
}

/// Binds positional words to a declaration's arguments, by the arities, and checks closed
/// values.
enum Binding {
  /// The words bound to each argument part's name; a usage error for a missing or an extra
  /// word, or a word that is none of its part's choices.
  static func bind(_ words: ArraySlice<Word>, to specs: [ArgumentSpec], command: String)
    throws(CommandFailure) -> [String: [Word]]
  {
    let needed = specs.reduce(0) { $0 + $1.minimumWords }
    guard words.count >= needed else {
      throw CommandFailure(
        .missingArgument(missingPart(after: words.count, in: specs), command: command))
    }
    var spare = words.count - needed
    var bound: [String: [Word]] = [:]
    var index = words.startIndex
    for spec in specs {
      let width = spec.parts.count
      var occurrences: Int
      switch spec.arity {
      case .required: occurrences = 1
      case .optional: occurrences = spare >= width ? 1 : 0
      case .repeating(let minimum): occurrences = minimum + spare / width
      }
      spare -= (occurrences - (spec.minimumWords / max(width, 1))) * width
      for _ in 0..<occurrences {
        for part in spec.parts {
          let word =
            try part.kind.choices.map { choices throws(CommandFailure) in
              try choose(words[index], in: choices)
            } ?? words[index]
          bound[part.name, default: []].append(word)
          index += 1
        }
      }
    }
    guard index == words.endIndex else {
      if let last = specs.last, case .repeating = last.arity, last.parts.count > 1,
        words.endIndex - index < last.parts.count, let previous = words.last
      {
        let part = last.parts[words.endIndex - index]
        throw CommandFailure(
          .missingArgument("\(part.about) for '\(previous.text)'", command: command))
      }
      // `new Reform follow-up`: a text of one's own typed without its quotes.
      if let lastPart = specs.last?.parts.last, lastPart.isText,
        let typed = bound[lastPart.name]?.last, !typed.isQuoted
      {
        let text = ([typed] + words[index...]).map(\.text).joined(separator: " ")
        throw CommandFailure(.unquotedText(text, command: command), column: typed.column)
      }
      throw CommandFailure(
        .unexpectedArgument(words[index].text, command: command), column: words[index].column)
    }
    return bound
  }

  /// What a line with `count` positional words lacks first.
  private static func missingPart(after count: Int, in specs: [ArgumentSpec]) -> String {
    var remaining = count
    for spec in specs {
      let needed = spec.minimumWords
      if remaining < needed { return spec.parts[remaining % spec.parts.count].about }
      remaining -= needed
    }
    return specs.first?.parts.first?.about ?? "an argument"
  }

  /// `word` as the choice it stands for, or an error naming the choices.
  static func choose(_ word: Word, in choices: ValueChoices) throws(CommandFailure) -> Word {
    guard let canonical = choices.canonical(word.text) else {
      throw CommandFailure(
        .invalidChoice(
          word.text, for: choices.noun, choices: choices.words,
          suggestion: choices.suggestion(for: word.text)),
        column: word.column)
    }
    return Word(canonical, column: word.column, isQuoted: word.isQuoted)
  }
}

/// A line typed up to the cursor, read by ``CommandParser/parsePartial(_:)``.
public struct PartialInvocation: Sendable {
  /// What the word being typed is.
  public enum Slot: Sendable {
    /// The command name.
    case command
    /// An option's name (the word starts with `-`).
    case optionName
    /// The value of this option.
    case optionValue(OptionSpec)
    /// The positional argument at this index (0 for the first), counting every positional
    /// word of the line, sub-command and context words included.
    case argument(Int)
  }

  /// The command, once its name is typed.
  public var command: CommandSpec?
  /// The sub-command among the words finished, and its place among the positional words.
  public var subcommand: (CommandSpec, position: Int)?
  /// The positional words finished so far.
  public var arguments: [String]
  /// The options finished so far, by long name; a flag maps to `nil`.
  public var options: [String: String?]
  /// What the word being typed is.
  public var slot: Slot
  /// The word being typed, so far (empty after a blank).
  public var word: String
}

/// Options and positional words of one command line, by the language's rules: a word starting
/// with `-` is an option unless quoted or a negative number; `--` ends the options; an option
/// that takes a value takes the next word or `--name=value`.
struct OptionWalk {
  var arguments: [Word] = []
  var options: [String: Word?] = [:]
  /// Where each option given was written (its last occurrence), for errors.
  var optionColumns: [String: Int] = [:]
  /// Options no declaration of the command knows, with their columns, in order.
  var unknownOptions: [(String, Int)] = []
  /// An option that takes a value and came last, still waiting for it.
  var pendingOption: (option: OptionSpec, column: Int)?
  var optionsEnded = false

  /// Walks `words` against `options` (every option of the command and its sub-commands). An
  /// unknown option is recorded for the parser to report against the sub-command; a value
  /// given to a flag is an error.
  init(_ words: ArraySlice<Word>, options: [OptionSpec], command: String) throws(CommandFailure) {
    try walk(words, options: options, command: command, isLenient: false)
  }

  /// Walks a partly typed line for Tab: unknown options and misplaced values are passed over.
  init(lenient words: ArraySlice<Word>, options: [OptionSpec]) {
    try? walk(words, options: options, command: "", isLenient: true)
  }

  private mutating func walk(
    _ words: ArraySlice<Word>, options known: [OptionSpec], command: String, isLenient: Bool
  ) throws(CommandFailure) {
    var index = words.startIndex
    while index < words.endIndex {
      let word = words[index]
      index += 1
      guard !optionsEnded, Self.looksLikeOption(word) else {
        arguments.append(word)
        continue
      }
      if word.text == "--" {
        optionsEnded = true
        continue
      }
      let parts = word.text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let name = String(parts[0])
      guard let option = known.first(where: { $0.name == name || $0.shortName == name }) else {
        unknownOptions.append((name, word.column))
        continue
      }
      optionColumns[option.name] = word.column
      if parts.count == 2 {
        guard option.takesValue else {
          if isLenient { continue }
          throw CommandFailure(
            .unexpectedOptionValue(option.name, command: command), column: word.column)
        }
        options[option.name] = Word(String(parts[1]), column: word.column + name.count + 1)
      } else if option.takesValue {
        guard index < words.endIndex else {
          pendingOption = (option, word.column)
          return
        }
        options[option.name] = words[index]
        index += 1
      } else {
        options[option.name] = .some(nil)
      }
    }
  }

  /// Whether `word` is an option: unquoted, starting with `-`, and not a negative number.
  static func looksLikeOption(_ word: Word) -> Bool {
    !word.isQuoted && word.text.hasPrefix("-") && word.text.count > 1
      && !word.text.dropFirst().allSatisfy { $0.isNumber || $0 == "." }
  }
}
