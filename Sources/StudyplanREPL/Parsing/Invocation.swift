import StudyplanCore

/// A command line parsed against its declaration: the command (and sub-command) that runs, the
/// positional words bound to the arguments' names, and the options given.
///
/// The parser has checked the arity and every closed value, so a handler reads what it needs
/// by name: `invocation.word("ID")`, `invocation.value(FieldworkStatus.self, "--status")`.
public struct Invocation: Sendable {
  /// The command that was named (for `fieldwork log`, `fieldwork`).
  public var command: CommandSpec
  /// The sub-command that runs, for a command that has them.
  public var subcommand: CommandSpec?
  /// The positional words, by the name of the argument part they were bound to, in order.
  public var bound: [String: [Word]]
  /// The options given, by long name; a flag maps to `nil`. The last one given wins; a value
  /// from a closed set holds the word it stands for (`telefon` → `telephone`).
  public var options: [String: Word?]
  /// The whole line as typed.
  public var line: String

  public init(
    command: CommandSpec, subcommand: CommandSpec? = nil, bound: [String: [Word]] = [:],
    options: [String: Word?] = [:], line: String = ""
  ) {
    self.command = command
    self.subcommand = subcommand
    self.bound = bound
    self.options = options
    self.line = line
  }

  /// What runs, as messages name it: `fieldwork log`, `export guide`, `save`.
  public var name: String {
    subcommand.map { "\(command.name) \($0.name)" } ?? command.name
  }

  /// The declaration that runs: the sub-command, else the command.
  public var spec: CommandSpec { subcommand ?? command }

  /// Runs the handler of what was named (the sub-command's, else the command's).
  public func run(_ session: inout Session, _ io: CommandIO) throws {
    guard let handler = spec.run else {
      throw CommandFailure(
        .missingSubcommand(command: command.name, choices: command.subcommands.map(\.name)))
    }
    try handler(self, &session, io)
  }

  /// The word bound to the argument part `name`, when one was given.
  public func word(_ name: String) -> Word? { bound[name]?.first }

  /// Every word bound to the repeating argument part `name`, in order.
  public func words(_ name: String) -> [Word] { bound[name] ?? [] }

  /// The word bound to the required argument part `name`. The parser guarantees it; a handler
  /// that asks for a name its declaration lacks gets a usage error rather than a trap.
  public func required(_ name: String) throws(CommandFailure) -> Word {
    guard let word = word(name) else {
      throw CommandFailure(.missingArgument(name, command: self.name))
    }
    return word
  }

  /// Whether flag `name` was given.
  public func has(_ name: String) -> Bool { options[name] != nil }

  /// The value of option `name`, when given.
  public func value(_ name: String) -> String? { options[name]??.text }

  /// The value of option `name` as a ``CommandValue``, when given.
  public func value<Value: CommandValue>(_ type: Value.Type, _ name: String)
    throws(CommandFailure) -> Value?
  {
    guard let word = options[name] ?? nil else { return nil }
    return try Self.decode(type, word, noun: "value for \(name)")
  }

  /// The word bound to argument part `name` as a ``CommandValue``, when given.
  public func argument<Value: CommandValue>(_ type: Value.Type, _ name: String)
    throws(CommandFailure) -> Value?
  {
    guard let word = word(name) else { return nil }
    return try Self.decode(type, word, noun: name)
  }

  /// The value of option `name` as a whole number in `range`, when given.
  public func integer(_ name: String, in range: ClosedRange<Int> = 0...Int.max)
    throws(CommandFailure) -> Int?
  {
    guard let word = options[name] ?? nil else { return nil }
    guard let number = Int(word.text), range.contains(number) else {
      let expected =
        range.upperBound == Int.max
        ? "a whole number from \(range.lowerBound)"
        : "a whole number from \(range.lowerBound) to \(range.upperBound)"
      throw CommandFailure(
        .invalidValue(word.text, for: "value for \(name)", expected: expected),
        column: word.column)
    }
    return number
  }

  private static func decode<Value: CommandValue>(
    _ type: Value.Type, _ word: Word, noun: String
  ) throws(CommandFailure) -> Value {
    guard let value = type.matching(word.text) else {
      let choices = ValueChoices.of(type, noun: noun)
      throw CommandFailure(
        .invalidChoice(
          word.text, for: noun, choices: choices.words,
          suggestion: choices.suggestion(for: word.text)),
        column: word.column)
    }
    return value
  }
}
