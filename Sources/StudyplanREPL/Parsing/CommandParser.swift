import StudyplanCore

/// Turns a line of text into an ``Invocation`` of a command in the table.
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
    var arguments: [Word] = []
    var options: [String: Word?] = [:]
    var index = 1
    var optionsEnded = false
    while index < words.count {
      let word = words[index]
      index += 1
      guard !optionsEnded, !word.isQuoted, word.text.hasPrefix("-"), word.text.count > 1,
        !word.text.dropFirst().allSatisfy({ $0.isNumber || $0 == "." })
      else {
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
        let names = command.options.map(\.name)
        throw CommandFailure(
          .unknownOption(
            name, command: command.name, suggestion: Suggestion.closest(to: name, in: names)),
          column: word.column)
      }
      if parts.count == 2 {
        guard option.takesValue else {
          throw CommandFailure(
            .unexpectedOptionValue(option.name, command: command.name), column: word.column)
        }
        let column = word.column + name.count + 1
        options[option.name] = Word(String(parts[1]), column: column)
      } else if option.takesValue {
        guard index < words.count else {
          throw CommandFailure(
            .missingOptionValue(option.name, command: command.name), column: word.column)
        }
        options[option.name] = words[index]
        index += 1
      } else {
        options[option.name] = .some(nil)
      }
    }
    return Invocation(command: command, arguments: arguments, options: options, line: line)
  }
}
