import StudyplanCore

/// What an argument or option value is, so that Tab can offer candidates for it and the parser
/// can check the closed ones.
public enum ArgumentKind: Hashable, Sendable {
  /// Free text or a number: nothing to offer.
  case text
  /// A closed set of words: Tab offers them and the parser accepts only them (and their
  /// aliases), suggesting the nearest for a typo.
  case choices(ValueChoices)
  /// Words Tab offers where other words are also accepted (`guide time q5 auto` or a number).
  case suggested([String])
  /// A command name.
  case command
  /// A protocol id (`p3`).
  case protocolID
  /// A protocol id with an optional version (`p3@2`).
  case protocolVersion
  /// A research-question id from the catalogue.
  case questionID
  /// An informant role.
  case role
  /// A municipality number or name.
  case municipality
  /// A file path.
  case path
  /// An informant role of the open protocol (the catalogue's roles when none is open).
  case protocolRole
  /// A research-question id of the open protocol.
  case protocolQuestion
  /// A question id of the open protocol's guide (`q5`).
  case guideQuestion
  /// A question or probe id of the open protocol's guide (`q5`, `q5.2`).
  case guideItem
  /// A section id of the open protocol's guide (`intro`, a theme's id).
  case guideSection
  /// A field of the sampling frame (`centrality`, `reform`).
  case frameField
  /// A frame filter expression (`centrality in 5,6 and reform = merged`).
  case frameFilter
  /// The candidates of several kinds together.
  case anyOf([ArgumentKind])
  /// A shipped template's id (`templates`).
  case template
  /// An informant slot of the open protocol's fieldwork log (`ordforer@1850`).
  case informantSlot
  /// A unit of the open protocol's sample still in it (not refused): what `replace` takes.
  case sampledUnit

  /// The closed set of words of this kind, when it is one.
  public var choices: ValueChoices? {
    if case .choices(let choices) = self { return choices }
    return nil
  }

  /// The words Tab offers where other words are also accepted, when this kind has them.
  public var suggestedWords: [String]? {
    if case .suggested(let words) = self { return words }
    return nil
  }

  /// A closed set of words given as a ``CommandValue`` type.
  public static func of<Value: CommandValue>(_ type: Value.Type, noun: String) -> ArgumentKind {
    .choices(.of(type, noun: noun))
  }
}
