import StudyplanCore

/// A value typed on a command line from a closed set of words: a status, a format, a design.
///
/// Conforming types give the list Tab offers, the words `parse` accepts (their own words and
/// aliases, such as Norwegian ones), and the "Did you mean" for a typo, from one declaration.
/// Declare an option or argument that takes one with ``ValueChoices/of(_:)``, and read it in a
/// handler with ``Invocation/value(_:_:)`` or ``Invocation/argument(_:_:)``.
public protocol CommandValue: CaseIterable, Sendable {
  /// The word typed for this value, lower case.
  var word: String { get }
  /// Other words accepted for values (lower case; Norwegian letters may be left out).
  static var aliases: [String: Self] { get }
}

extension CommandValue {
  public static var aliases: [String: Self] { [:] }

  /// The value `text` names, by its word or an alias, ignoring case.
  public static func matching(_ text: String) -> Self? {
    let key = ValueChoices.key(text)
    return allCases.first { ValueChoices.key($0.word) == key }
      ?? aliases.first {
        ValueChoices.key($0.key) == key
      }?.value
  }
}

extension CommandValue where Self: RawRepresentable, RawValue == String {
  public var word: String { rawValue }
  /// The Norwegian words for the values, from the one table (``ValueWords``).
  public static var aliases: [String: Self] { ValueWords.aliases(of: Self.self) }
}

/// A closed set of words: what Tab offers for a value, what the parser accepts, and the
/// suggestion for a word that is not among them.
public struct ValueChoices: Hashable, Sendable {
  /// The words, in the order Tab and messages list them.
  public var words: [String]
  /// Other accepted words, each with the word it stands for.
  public var aliases: [String: String]
  /// What a value is called in messages ("status", "format").
  public var noun: String

  public init(_ words: [String], aliases: [String: String] = [:], noun: String) {
    self.words = words
    self.aliases = aliases
    self.noun = noun
  }

  /// The choices of a ``CommandValue`` type.
  public static func of<Value: CommandValue>(_ type: Value.Type, noun: String) -> ValueChoices {
    ValueChoices(
      type.allCases.map(\.word),
      aliases: type.aliases.mapValues(\.word), noun: noun)
  }

  /// The word `text` stands for, or `nil` when it is none of the choices.
  public func canonical(_ text: String) -> String? {
    let key = Self.key(text)
    if let word = words.first(where: { Self.key($0) == key }) { return word }
    return aliases.first { Self.key($0.key) == key }?.value
  }

  /// The choice nearest to a mistyped word, when one is near enough.
  public func suggestion(for text: String) -> String? {
    Suggestion.closest(to: text, in: words + aliases.keys.sorted(), key: Self.key).map {
      canonical($0) ?? $0
    }
  }

  /// `'a', 'b' or 'c'`: the words for a message.
  public var listed: String { Self.list(words) }

  /// `'a', 'b' or 'c'`: the one way messages list allowed values.
  public static func list(_ words: [String]) -> String {
    let quoted = words.map { "'\($0)'" }
    guard let last = quoted.last, quoted.count > 1 else { return quoted.joined() }
    return quoted.dropLast().joined(separator: ", ") + " or " + last
  }

  /// How words are compared: lower case, with æ, ø and å read as ae, o and a, so `telefon`
  /// and `skriftleg` find their values whichever keyboard typed them.
  static func key(_ text: String) -> String {
    var folded = ""
    for character in text.lowercased() {
      switch character {
      case "æ": folded += "ae"
      case "ø", "ö": folded += "o"
      case "å", "ä": folded += "a"
      default: folded.append(character)
      }
    }
    return folded
  }
}
