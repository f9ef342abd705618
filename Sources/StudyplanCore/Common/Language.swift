/// The language the planner writes catalogue texts and guides in.
///
/// Commands stay English; `set language nb|en` switches what the planner writes.
public enum Language: String, Codable, CaseIterable, Hashable, Sendable {
  /// Norwegian bokmål, the default.
  case nb
  /// English.
  case en
}

/// A text the planner holds in both of its languages.
public struct LocalizedText: Codable, Hashable, Sendable {
  /// The bokmål text.
  public var nb: String
  /// The English text.
  public var en: String

  public init(nb: String, en: String) {
    self.nb = nb
    self.en = en
  }

  /// A text written in `language` only; the other language stays blank until it is written
  /// (`check` lists it as missing).
  public static func written(_ text: String, in language: Language) -> LocalizedText {
    switch language {
    case .nb: LocalizedText(nb: text, en: "")
    case .en: LocalizedText(nb: "", en: text)
    }
  }

  /// The text in `language`.
  public func text(in language: Language) -> String {
    switch language {
    case .nb: nb
    case .en: en
    }
  }
}
