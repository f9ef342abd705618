/// An informant role: a slot per sampled unit, never a person.
///
/// Built-in roles carry bokmål and English names and accept the common aliases
/// (kommunedirektør = rådmann; næringssjef = næringsansvarlig). A planner may define roles of
/// their own; those keep the name the planner gave.
public struct InformantRole: Codable, Hashable, Sendable {
  /// A stable key, ASCII kebab-case (`kommunedirektor`), used in commands and file names.
  public var id: String
  /// The role's display name.
  public var name: LocalizedText
  /// Other names the role is known by; all match case-insensitively.
  public var aliases: [String]
  /// Whether the planner defined the role rather than the built-in list.
  public var isCustom: Bool

  public init(id: String, name: LocalizedText, aliases: [String] = [], isCustom: Bool = false) {
    self.id = id
    self.name = name
    self.aliases = aliases
    self.isCustom = isCustom
  }
}
