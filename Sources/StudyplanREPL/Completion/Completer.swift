import StudyplanCore

/// Works out what Tab should offer at the end of a partly typed line.
///
/// The command parser reads the words before the cursor (``CommandParser/parsePartial(_:)``): the
/// first word completes to a command, a word after an option that takes a value completes to that
/// option's kind, a word starting with `-` to the options not yet given, and any other word to
/// the kind of the positional argument at that place — nothing once the command has all it
/// takes. Candidates for each kind come from ``CompletionSource``. Inside an open quote (`frame
/// --filter "centrality in 5,`) the quoted text is the word.
public struct Completer {
  /// The commands to complete against.
  public var table: CommandTable
  /// Where candidates for protocol ids, questions, roles and municipalities come from.
  public var source: CompletionSource

  public init(table: CommandTable = .standard, source: CompletionSource) {
    self.table = table
    self.source = source
  }

  /// What the word being typed asks for: the kind of value, or `nil` when nothing is known.
  public func kind(before text: String) -> ArgumentKind? {
    context(before: text)?.kind
  }

  /// The candidates for the word being typed at the end of `text` that start with `prefix`.
  ///
  /// `prefix` is the part of the word Tab replaces: after a comma in a list (`--strata a,b`)
  /// only the part after the comma.
  public func candidates(before text: String, prefix: String) -> [String] {
    guard let context = context(before: text) else { return [] }
    if context.kind == .frameFilter {
      return Self.matching(FrameFilter.completions(after: context.word), prefix: prefix)
    }
    return candidates(for: context.kind, prefix: prefix)
  }

  /// The candidates of `kind` that start with `prefix`, for a question that asks for one kind
  /// (the wizard's "Question id …" or "Roles …").
  public func candidates(for kind: ArgumentKind, prefix: String) -> [String] {
    let all: [String]
    switch kind {
    case .command: all = table.names
    case .frameFilter: all = FrameFilter.completions(after: prefix)
    default: all = source.candidates(kind)
    }
    return Self.matching(all, prefix: prefix)
  }

  /// `words` that start with `prefix`, ignoring case, each once, in order.
  static func matching(_ words: [String], prefix: String) -> [String] {
    let lowered = prefix.lowercased()
    var seen: Set<String> = []
    return words.filter { $0.lowercased().hasPrefix(lowered) && seen.insert($0).inserted }
  }

  /// The kind of the word being typed and its text so far, read by the command parser's
  /// partial mode (``CommandParser/parsePartial(_:)``), so Tab follows the parser's rules.
  func context(before text: String) -> (kind: ArgumentKind, word: String)? {
    guard let partial = CommandParser(table: table).parsePartial(text) else { return nil }
    guard let command = partial.command else { return (.command, partial.word) }
    switch partial.slot {
    case .command:
      return (.command, partial.word)
    case .optionName:
      let given = Set(partial.options.keys)
      var names = command.options.map(\.name)
      if let (subcommand, _) = command.subcommand(in: partial.arguments) {
        names = names.filter(subcommand.options.contains)
      }
      return (.oneOf(names.filter { !given.contains($0) }), partial.word)
    case .optionValue(let option):
      return (
        command.optionValue?(option.name, partial.arguments) ?? option.completion, partial.word
      )
    case .argument(let index):
      return (command.argumentKind(at: index, after: partial.arguments), partial.word)
    }
  }
}
