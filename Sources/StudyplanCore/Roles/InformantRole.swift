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

extension InformantRole {
  /// The prefix of a former office-holder's role id (`tidligere-ordforer`).
  public static let formerPrefix = "tidligere-"

  /// The key under which a guide question keeps its past-tense wording for former
  /// office-holders.
  public static let formerKey = "former"

  /// The id of the office a former office-holder's role id `roleID` held, or nil when `roleID`
  /// is not a former office-holder's.
  public static func currentRoleID(of roleID: String) -> String? {
    guard roleID.hasPrefix(formerPrefix), roleID.count > formerPrefix.count else { return nil }
    return String(roleID.dropFirst(formerPrefix.count))
  }

  /// Whether the role is a former holder of an office: asked in the past tense.
  public var isFormer: Bool { InformantRole.currentRoleID(of: id) != nil }
}
