/// A positional argument of a command or sub-command: its name in the usage line, what it is,
/// and how many words it takes. The parser binds words to arguments by name and enforces the
/// arity; Tab offers candidates of the kind at each place; help prints the name.
public struct ArgumentSpec: Sendable {
  /// How many times an argument may stand on the line.
  public enum Arity: Equatable, Sendable {
    /// Exactly once.
    case required
    /// Once or not at all.
    case optional
    /// Any number of times, at least `minimum` (the last argument only).
    case repeating(minimum: Int)
  }

  /// One word of the argument: an argument of several parts (`UNIT "REASON"`) takes them in
  /// turn, as a group.
  public struct Part: Sendable {
    /// The name in the usage line and for ``Invocation/word(_:)``: `ID`, `"TITLE"`, `ROLE`.
    public var name: String
    /// How an error names what is missing: "a protocol id (ID or ID@V)".
    public var about: String
    /// What the word is.
    public var kind: ArgumentKind
    /// Whether the word is a text of the planner's own (a title, a question), which more
    /// unquoted words after it show was typed without its quotes.
    public var isText: Bool

    public init(_ name: String, _ kind: ArgumentKind = .text, about: String, isText: Bool? = nil) {
      self.name = name
      self.kind = kind
      self.about = about
      self.isText = isText ?? (kind == .text)
    }

    /// How the usage line shows it: the words of a short closed set (`nb|en`), else its name.
    var usage: String {
      guard let words = kind.choices?.words, words.count <= 6 else { return name }
      return words.joined(separator: "|")
    }
  }

  /// The words of one occurrence, in order (usually one).
  public var parts: [Part]
  /// How many occurrences the line may hold.
  public var arity: Arity
  /// For a value whose kind depends on the words before it (`consent FIELD VALUE`): the kind,
  /// given the positional words typed before it; `nil` for the part's own kind.
  public var kindAfter: (@Sendable ([String]) -> ArgumentKind?)?

  /// A one-word argument.
  public init(
    _ name: String, _ kind: ArgumentKind = .text, about: String, arity: Arity = .required,
    isText: Bool? = nil, kindAfter: (@Sendable ([String]) -> ArgumentKind?)? = nil
  ) {
    self.parts = [Part(name, kind, about: about, isText: isText)]
    self.arity = arity
    self.kindAfter = kindAfter
  }

  /// An argument of several words taken together, e.g. `UNIT "REASON"` pairs.
  public init(group parts: [Part], arity: Arity) {
    self.parts = parts
    self.arity = arity
  }

  /// The argument as the usage line shows it: `ID`, `[ID]`, `ROLE…`, `[UNIT "REASON" …]`.
  public var usage: String {
    let names = parts.map(\.usage).joined(separator: " ")
    switch arity {
    case .required: return names
    case .optional: return "[\(names)]"
    case .repeating(let minimum):
      let repeated = parts.count > 1 ? "\(names) …" : "\(names)…"
      return minimum > 0 ? repeated : "[\(repeated)]"
    }
  }

  /// The least number of words the argument takes.
  var minimumWords: Int {
    switch arity {
    case .required: parts.count
    case .optional: 0
    case .repeating(let minimum): minimum * parts.count
    }
  }
}
