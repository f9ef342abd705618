/// The units of a sampling frame as an imported protocol is checked against them: the
/// municipalities of every year by kommunenummer and every cooperation by its name, each with the
/// name the frame gives it.
///
/// A protocol's sample and fieldwork log copy these names from the frame, so a name that
/// differs (a person's name, a phone number in place of a municipality's) is not one the
/// commands could have written.
public struct KnownUnits: Sendable {
  /// Kommunenummer → the frame's name for it, by year.
  public var municipalities: [UnitLayer: [String: String]]
  /// Cooperation names (the same in every year).
  public var cooperations: Set<String>
  /// A cooperation's slug (as fieldwork slot ids hold it) → its name.
  public var cooperationsBySlug: [String: String]

  /// Creates the record.
  public init(municipalities: [UnitLayer: [String: String]], cooperations: Set<String>) {
    self.municipalities = municipalities
    self.cooperations = cooperations
    var slugs: [String: String] = [:]
    for name in cooperations { slugs[RoleCatalogue.slug(name)] = name }
    self.cooperationsBySlug = slugs
  }

  /// The units of `frame`: its lineage's municipalities of every year (the frame's own year
  /// under the frame's names) and its cooperations.
  public init(frame: SamplingFrame) {
    var byLayer: [UnitLayer: [String: String]] = [:]
    for layer in UnitLayer.allCases {
      var names: [String: String] = [:]
      for unit in frame.lineage.municipalities(in: layer) { names[unit.kommunenummer] = unit.name }
      byLayer[layer] = names
    }
    for unit in frame.units { byLayer[.standard, default: [:]][unit.kommunenummer] = unit.name }
    self.init(municipalities: byLayer, cooperations: Set(frame.cooperations.map(\.name)))
  }

  /// Whether `id` is a municipality of `layer` or a cooperation.
  public func contains(_ id: String, in layer: UnitLayer) -> Bool {
    municipalities[layer]?[id] != nil || cooperations.contains(id)
  }

  /// The frame's name for `id`: a municipality of `layer`, or a cooperation's own name.
  public func name(of id: String, in layer: UnitLayer) -> String? {
    municipalities[layer]?[id] ?? (cooperations.contains(id) ? id : nil)
  }
}
