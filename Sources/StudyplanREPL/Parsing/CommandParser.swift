import StudyplanCore

/// Turns a line of text into an ``Invocation`` of a command in the table — or, for Tab
/// completion, a partly typed line into a ``PartialInvocation`` by the same rules, so what Tab
/// offers is what the command would accept.
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
    let walk = try OptionWalk(words[1...], of: command, isLenient: false)
    if let pending = walk.pendingOption {
      throw CommandFailure(
        .missingOptionValue(pending.option.name, command: command.name), column: pending.column)
    }
    var invocation = Invocation(
      command: command, arguments: walk.arguments, options: walk.options, line: line)
    try checkSubcommand(of: &invocation, optionColumns: walk.optionColumns)
    return invocation
  }

  /// Finds the sub-command of a command that has them and checks its options; an unknown
  /// sub-command is an error where nothing else may stand in its place.
  private func checkSubcommand(of invocation: inout Invocation, optionColumns: [String: Int])
    throws(CommandFailure)
  {
    let command = invocation.command
    guard !command.subcommands.isEmpty, let first = invocation.arguments.first else { return }
    guard let (subcommand, _) = command.subcommand(in: invocation.arguments.map(\.text)) else {
      guard command.subcommandContext == nil else { return }
      throw CommandFailure(
        .unknownSubcommand(
          first.text, command: command.name,
          suggestion: Suggestion.closest(to: first.text, in: command.subcommands.map(\.name))),
        column: first.column)
    }
    invocation.subcommand = subcommand
    for name in invocation.options.keys.sorted() where !subcommand.options.contains(name) {
      throw CommandFailure(
        .unknownOption(
          name, command: "\(command.name) \(subcommand.name)",
          suggestion: Suggestion.closest(to: name, in: subcommand.options)),
        column: optionColumns[name])
    }
  }

  /// Reads a line typed up to the cursor: the command, the words finished so far, and what the
  /// word being typed is — a command, an option name, an option's value or the N-th positional
  /// argument. `nil` when the first word is no command. Unknown options are passed over.
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
        command: nil, arguments: [], options: [:], slot: .command, word: word)
    }
    guard let command = table.command(named: first.text) else { return nil }
    // Lenient: never throws.
    let walk = (try? OptionWalk(finished[1...], of: command, isLenient: true)) ?? OptionWalk()
    let arguments = walk.arguments.map(\.text)
    let options = walk.options.mapValues { $0?.text }
    let slot: PartialInvocation.Slot
    if let pending = walk.pendingOption {
      slot = .optionValue(pending.option)
    } else if let current, !walk.optionsEnded,
      current.text == "-" && !current.isQuoted || OptionWalk.looksLikeOption(current)
    {
      slot = .optionName
    } else {
      slot = .argument(arguments.count)
    }
    return PartialInvocation(
      command: command, arguments: arguments, options: options, slot: slot, word: word)
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
    /// The positional argument at this index (0 for the first).
    case argument(Int)
  }

  /// The command, once its name is typed.
  public var command: CommandSpec?
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
  /// An option that takes a value and came last, still waiting for it.
  var pendingOption: (option: OptionSpec, column: Int)?
  var optionsEnded = false

  init() {}

  /// Walks `words` against `command`. Strict (`isLenient` false), an unknown option or a value
  /// given to a flag is an error; lenient (Tab), they are passed over.
  init(_ words: ArraySlice<Word>, of command: CommandSpec, isLenient: Bool) throws(CommandFailure) {
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
      guard let option = command.option(named: name) else {
        if isLenient { continue }
        let names = command.options.map(\.name)
        throw CommandFailure(
          .unknownOption(
            name, command: command.name, suggestion: Suggestion.closest(to: name, in: names)),
          column: word.column)
      }
      optionColumns[option.name] = word.column
      if parts.count == 2 {
        guard option.takesValue else {
          if isLenient { continue }
          throw CommandFailure(
            .unexpectedOptionValue(option.name, command: command.name), column: word.column)
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
