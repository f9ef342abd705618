import StudyplanCore

/// Works out what Tab should offer at the end of a partly typed line.
///
/// It parses the words before the cursor against the command table: the first word completes to a
/// command, a word after an option that takes a value completes to that option's kind, a word
/// starting with `-` completes to the command's options, and any other word to the kind of the
/// positional argument at that place. Candidates for each kind come from ``CompletionSource``.
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
    guard let words = try? CommandLexer.words(of: text) else { return nil }
    let isNewWord = text.last.map { $0 == " " || $0 == "\t" } ?? true
    let finished = isNewWord ? words : Array(words.dropLast())
    guard let first = finished.first else { return .command }
    guard let command = table.command(named: first.text) else { return nil }
    if let previous = finished.dropFirst().last, let option = command.option(named: previous.text),
      option.takesValue
    {
      return option.completion
    }
    if !isNewWord, let current = words.last, current.text.hasPrefix("-") {
      return .oneOf(command.options.map(\.name))
    }
    var positional = 0
    var skipNext = false
    for word in finished.dropFirst() {
      if skipNext {
        skipNext = false
        continue
      }
      if let option = command.option(named: word.text) {
        skipNext = option.takesValue
        continue
      }
      positional += 1
    }
    guard !command.arguments.isEmpty else { return ArgumentKind.none }
    return command.arguments[min(positional, command.arguments.count - 1)]
  }

  /// The candidates for the word being typed at the end of `text` that start with `prefix`.
  public func candidates(before text: String, prefix: String) -> [String] {
    guard let kind = kind(before: text) else { return [] }
    let all: [String]
    switch kind {
    case .command: all = table.names
    default: all = source.candidates(kind)
    }
    let lowered = prefix.lowercased()
    return all.filter { $0.lowercased().hasPrefix(lowered) }
  }
}

/// Candidates for each kind of argument, drawn from the session's store and the catalogues.
public struct CompletionSource: Sendable {
  /// The candidates for `kind`.
  public var candidates: @Sendable (ArgumentKind) -> [String]

  public init(candidates: @escaping @Sendable (ArgumentKind) -> [String]) {
    self.candidates = candidates
  }

  /// Candidates from a session's store and the built-in catalogues.
  ///
  /// Protocol ids come from the store only when it exists, so Tab never creates a file.
  public static func live(store: StoreHandle) -> CompletionSource {
    CompletionSource { kind in
      switch kind {
      case .none, .command, .path: return []
      case .oneOf(let words): return words
      case .protocolID, .protocolVersion:
        guard store.exists else { return [] }
        return (try? store.store().protocolIDs()) ?? []
      case .municipality:
        return MunicipalityCandidates.all
      case .questionID:
        return QuestionCatalogue.builtin.ids
      case .role:
        return RoleCatalogue.builtin.completionCandidates
      case .template:
        return ShippedProtocol.all.map(\.id)
      }
    }
  }
}
