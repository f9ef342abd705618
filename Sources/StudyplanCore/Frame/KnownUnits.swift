/// The units of a sampling frame as an imported protocol is checked against them: every
/// municipality by its kommunenummer and every cooperation by its name, each with the name the
/// frame gives it.
///
/// A protocol's sample and fieldwork log copy these names from the frame, so a name that
/// differs (a person's name, a phone number in place of a municipality's) is not one the
/// commands could have written.
public struct KnownUnits: Sendable {
  /// Unit id (kommunenummer or cooperation name) → the frame's name for it.
  public var names: [String: String]
  /// A cooperation's slug (as fieldwork slot ids hold it) → its name.
  public var cooperationsBySlug: [String: String]

  /// The units of `frame`.
  public init(frame: SamplingFrame) {
    var names: [String: String] = [:]
    for unit in frame.units { names[unit.kommunenummer] = unit.name }
    var slugs: [String: String] = [:]
    for cooperation in frame.cooperations {
      names[cooperation.name] = cooperation.name
      slugs[RoleCatalogue.slug(cooperation.name)] = cooperation.name
    }
    self.names = names
    self.cooperationsBySlug = slugs
  }

  /// Whether `id` is a unit of the frame.
  public func contains(_ id: String) -> Bool { names[id] != nil }
}
