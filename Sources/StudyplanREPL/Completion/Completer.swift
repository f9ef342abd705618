import StudyplanCore

/// Works out what Tab should offer at the end of a partly typed line.
///
/// It parses the words before the cursor against the command table: the first word completes to a
/// command, a word after an option that takes a value completes to that option's kind, a word
/// starting with `-` completes to the command's options, and any other word to the kind of the
/// positional argument at that place. Candidates for each kind come from ``CompletionSource``.
/// Inside an open quote (`frame --filter "centrality in 5,`) the quoted text is the word.
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
      return Self.matching(FilterCompletion.candidates(after: context.word), prefix: prefix)
    }
    return candidates(for: context.kind, prefix: prefix)
  }

  /// The candidates of `kind` that start with `prefix`, for a question that asks for one kind
  /// (the wizard's "Question id …" or "Roles …").
  public func candidates(for kind: ArgumentKind, prefix: String) -> [String] {
    let all: [String]
    switch kind {
    case .command: all = table.names
    case .frameFilter: all = FilterCompletion.candidates(after: prefix)
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

  /// The kind of the word being typed and its text so far.
  func context(before text: String) -> (kind: ArgumentKind, word: String)? {
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
    let word = isNewWord ? "" : (words.last?.text ?? "")
    guard let first = finished.first else { return (.command, word) }
    guard let command = table.command(named: first.text) else { return nil }
    let positional = Self.positionalWords(finished.dropFirst(), of: command)
    if let previous = finished.dropFirst().last, !previous.isQuoted,
      let option = command.option(named: previous.text), option.takesValue
    {
      return (command.optionValue?(option.name, positional) ?? option.completion, word)
    }
    if !isNewWord, word.hasPrefix("-") {
      return (.oneOf(command.options.map(\.name)), word)
    }
    if let next = command.nextArgument { return (next(positional), word) }
    guard !command.arguments.isEmpty else { return (.none, word) }
    return (command.arguments[min(positional.count, command.arguments.count - 1)], word)
  }

  /// The positional words among `words`: options and their values left out.
  static func positionalWords(_ words: ArraySlice<Word>, of command: CommandSpec) -> [String] {
    var positional: [String] = []
    var skipNext = false
    for word in words {
      if skipNext {
        skipNext = false
        continue
      }
      if !word.isQuoted, let option = command.option(named: word.text) {
        skipNext = option.takesValue
        continue
      }
      positional.append(word.text)
    }
    return positional
  }
}
