import StudyplanCore
/// A command line parsed against its command: positional words and options.
public struct Invocation: Sendable {
  /// The command that runs.
  public var command: CommandSpec
  /// The positional words, in order.
  public var arguments: [Word]
  /// The options given, by long name; a flag maps to `nil`. The last one given wins.
  public var options: [String: Word?]
  /// The whole line as typed.
  public var line: String
  /// The sub-command named on the line, for a command that has them (``CommandSpec/subcommands``).
  public var subcommand: SubcommandSpec?

  public init(command: CommandSpec, arguments: [Word], options: [String: Word?], line: String) {
    self.command = command
    self.arguments = arguments
    self.options = options
    self.line = line
  }

  /// Whether flag `name` was given.
  public func has(_ name: String) -> Bool { options[name] != nil }

  /// The value of option `name`, when given.
  public func value(_ name: String) -> String? { options[name]??.text }

  /// The value of option `name` as a whole number in `range`, when given.
  public func integer(_ name: String, in range: ClosedRange<Int> = 0...Int.max)
    throws(CommandFailure)
    -> Int?
  {
    guard let word = options[name] ?? nil else { return nil }
    guard let number = Int(word.text), range.contains(number) else {
      let expected =
        range.upperBound == Int.max
        ? "a whole number from \(range.lowerBound)"
        : "a whole number from \(range.lowerBound) to \(range.upperBound)"
      throw CommandFailure(
        .invalidValue(word.text, for: "value for \(name)", expected: expected), column: word.column)
    }
    return number
  }

  /// The value of option `name`, which must be one of `choices`, when given.
  public func choice(_ name: String, in choices: [String]) throws(CommandFailure) -> String? {
    guard let word = options[name] ?? nil else { return nil }
    // An English value or its Norwegian word (`--mode telefon`): one table, ValueWords.
    guard let value = ValueWords.value(word.text, in: choices) else {
      throw CommandFailure(
        .invalidValue(
          word.text, for: "value for \(name)",
          expected: choices.map { "'\($0)'" }.joined(separator: ", ")),
        column: word.column)
    }
    return value
  }

  /// The positional word at `index`, or a usage error naming it as `name`.
  public func argument(_ index: Int, named name: String) throws(CommandFailure) -> Word {
    guard arguments.indices.contains(index) else {
      throw CommandFailure(.missingArgument(name, command: command.name))
    }
    return arguments[index]
  }

  /// Fails when more than `count` positional words were given.
  public func expectAtMost(_ count: Int) throws(CommandFailure) {
    guard arguments.count > count else { return }
    let extra = arguments[count]
    throw CommandFailure(
      .unexpectedArgument(extra.text, command: command.name), column: extra.column)
  }
}
