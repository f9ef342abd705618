import StudyplanCore

/// Works out what Tab should offer at the end of a partly typed line.
///
/// The command parser reads the words before the cursor (``CommandParser/parsePartial(_:)``): the
/// first word completes to a command, a word after an option that takes a value completes to that
/// option's kind, a word starting with `-` to the options not yet given, and any other word to
/// the kind of the positional argument at that place — nothing once the command has all it
/// takes. Candidates for each kind come from ``CompletionSource``. Inside an open quote (`frame
/// --filter "centrality in 5,`) the quoted text is the word.
public struct Completer: Sendable {
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
      let spec = partial.subcommand?.0 ?? command
      return (
        .choices(
          ValueChoices(spec.options.map(\.name).filter { !given.contains($0) }, noun: "option")),
        partial.word
      )
    case .optionValue(let option):
      return (option.kind, partial.word)
    case .argument(let index):
      return (Self.argumentKind(of: command, partial: partial, at: index), partial.word)
    }
  }

  /// What the positional word at `index` is, by the same rules as the parser's binding: the
  /// sub-command word (or the context before it), then the sub-command's arguments in order.
  static func argumentKind(of command: CommandSpec, partial: PartialInvocation, at index: Int)
    -> ArgumentKind
  {
    let typed = partial.arguments
    guard !command.subcommands.isEmpty else {
      return kind(in: command.arguments, at: index, typed: typed)
    }
    let names = ArgumentKind.choices(
      ValueChoices(command.subcommands.map(\.name), noun: "sub-command"))
    if let (subcommand, position) = partial.subcommand {
      // The word being typed comes after the sub-command's: the line's positional words so far
      // include it.
      return kind(
        in: subcommand.arguments, at: index - position - 1,
        typed: Array(typed[(position + 1)...]))
    }
    let bare =
      command.takesArgumentsWithoutSubcommand
      ? kind(in: command.arguments, at: index, typed: typed) : ArgumentKind.text
    switch index {
    case 0:
      return .anyOf([names, command.context?.parts[0].kind ?? .text, bare].filter { $0 != .text })
    case 1 where command.context != nil:
      return names
    default:
      return bare
    }
  }

  /// The kind of the `index`-th positional word among `specs` (optional arguments counted as
  /// given, repeating ones cycling through their parts); `.text` past the last.
  static func kind(in specs: [ArgumentSpec], at index: Int, typed: [String]) -> ArgumentKind {
    var start = 0
    for spec in specs {
      let width = spec.parts.count
      let span: Int
      if case .repeating = spec.arity { span = Int.max } else { span = width }
      if index - start < span {
        let part = spec.parts[(index - start) % width]
        return spec.kindAfter?(Array(typed.prefix(index))) ?? part.kind
      }
      start += width
    }
    return .text
  }
}
