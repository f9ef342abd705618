/// A field of the frame, as named in filters, strata and CSV headers (kebab-case ASCII).
///
/// `kommunenummer`, `name` and `county` are the unit's own, in the frame's year; fields with a
/// year in their name describe the unit's municipality of that year (its successor, itself or
/// its predecessor). Fields of the 2019 municipality itself exist for 2019 units only
/// (``layers``).
public enum FrameField: String, CaseIterable, Sendable, Codable {
  /// The unit's kommunenummer in its year.
  case kommunenummer
  /// The unit's name in its year.
  case name
  /// The unit's county in its year.
  case county
  /// The 2020 county.
  case county2020
  /// What the 2020 reform did: merged, split, renumbered, renamed, register-renamed, unchanged
  /// or outside (a unit of 2020 or 2024: the values of its 2019 predecessors).
  case reform
  /// Centrality class, 2018 version.
  case centrality
  /// Centrality class of the successor, 2020 version (unknown only for a split whose successors
  /// differ).
  case centrality2020
  /// The successor's centrality index, 2020 version (SSB Notater 2020/4).
  case centralityIndex2020 = "centrality-index2020"
  /// How the 2020-version class was obtained: read, derived, derived-near-limit or imported.
  case centrality2020Basis = "centrality2020-basis"
  /// merger, reindex, both or none: why the class differs between the versions.
  case classChange = "class-change"
  /// yes / no: whether the class differs between the versions, for whatever reason (see
  /// `class-change`).
  case classChanged = "class-changed"
  /// ByR city region(s); `any` or `none` in filters.
  case byr
  /// Population on 1.1.2019.
  case population
  /// The successor's population on 1.1.2020.
  case population2020
  /// The 2017 centrality index (2018 version).
  case centralityIndex = "centrality-index"
  /// The 2020 successor number(s).
  case kommunenummer2020
  /// The 2020 successor name(s).
  case name2020
  /// Any cooperation (ByR regions and imported ones); `any` or `none` in filters.
  case cooperation
  /// yes / no: the applicant municipality (regional centre) of one of its ByR regions; unknown
  /// when its regions' member lists name no applicant.
  case centre
  /// The name(s) of the regional centre(s) of its ByR regions; unknown when none is named.
  case regionalCentre = "regional-centre"
  /// What the NORCE note says about the municipality itself: gained-most, gained-least.
  case noteGain = "note-gain"
  /// What the note says about its ByR regions: centre-gained-more, long-standing, ….
  case noteRegion = "note-region"
  /// The type the note gives its ByR regions; unknown where the note states none.
  case regionType = "region-type"
  /// The 2024 municipality number(s).
  case kommunenummer2024
  /// The 2024 municipality name(s).
  case name2024
  /// The 2024 county (one of 15).
  case county2024
  /// The population on 1.1.2024 of the 2024 municipality.
  case population2024
  /// The class in SSB's 2024 centrality version of the 2024 municipality.
  case centrality2024
  /// The 2024-version centrality index.
  case centralityIndex2024 = "centrality-index2024"
  /// What the changes of 2022–2024 did: split, renumbered, renamed, register-renamed,
  /// unchanged.
  case reform2024
  /// The 2019 municipality number(s): the unit itself, or its 2019 predecessors.
  case kommunenummer2019
  /// The 2019 municipality name(s).
  case name2019

  /// Whether `<`, `<=`, `>`, `>=` apply (the value is a whole number).
  public var isNumeric: Bool {
    switch self {
    case .centrality, .centrality2020, .population, .population2020, .centralityIndex,
      .centralityIndex2020, .centrality2024, .centralityIndex2024, .population2024:
      true
    default: false
    }
  }

  /// Whether a unit may hold several values (a filter matches if any of them matches).
  public var isList: Bool {
    switch self {
    case .byr, .cooperation, .kommunenummer2020, .name2020, .regionalCentre, .noteGain,
      .noteRegion, .regionType, .kommunenummer2024, .name2024, .kommunenummer2019, .name2019:
      true
    default: false
    }
  }

  /// The closed set of values the field takes, where there is one.
  public var allowedValues: [String]? {
    switch self {
    case .reform: Reform.allCases.map(\.rawValue)
    case .reform2024: Reform.allCases.filter { $0 != .outside }.map(\.rawValue)
    case .classChanged, .centre: ["yes", "no"]
    case .noteGain:
      [
        NoteCases.Finding.gainedMost.rawValue, NoteCases.Finding.gainedLeast.rawValue, "any",
        "none",
      ]
    case .noteRegion:
      NoteCases.Finding.allCases.map(\.rawValue).filter { !$0.hasPrefix("gained-") } + [
        "any", "none",
      ]
    case .regionType: NoteCases.RegionType.allCases.map(\.rawValue) + ["any", "none"]
    case .classChange: ClassChange.allCases.map(\.rawValue)
    case .centrality2020Basis: CentralityBasis.allCases.map(\.rawValue)
    case .centrality, .centrality2020, .centrality2024: ["1", "2", "3", "4", "5", "6"]
    default: nil
    }
  }

  /// The field's value for `unit`.
  public func value(of unit: FrameUnit) -> FrameValue {
    func known<T>(_ value: T?, _ make: (T) -> FrameValue) -> FrameValue {
      value.map(make) ?? .unknown
    }
    switch self {
    case .kommunenummer: return .text(unit.kommunenummer)
    case .name: return .text(unit.name)
    case .county: return .text(unit.county)
    case .county2020: return known(unit.county2020, FrameValue.text)
    case .reform:
      return unit.reform.map { .text($0.rawValue) }
        ?? .list(unit.predecessorReforms.map(\.rawValue))
    case .centrality: return known(unit.centrality, FrameValue.number)
    case .centrality2020: return known(unit.centrality2020, FrameValue.number)
    case .centralityIndex2020: return known(unit.centralityIndex2020, FrameValue.number)
    case .centrality2020Basis: return known(unit.centrality2020Basis) { .text($0.rawValue) }
    case .classChange: return known(unit.classChange) { .text($0.rawValue) }
    case .classChanged: return known(unit.classChanged) { .text($0 ? "yes" : "no") }
    case .byr: return .list(unit.cityRegions)
    case .population: return known(unit.population, FrameValue.number)
    case .population2020: return known(unit.population2020, FrameValue.number)
    case .centralityIndex: return known(unit.centralityIndex, FrameValue.number)
    case .kommunenummer2020: return .list(unit.units2020.map(\.kommunenummer))
    case .name2020: return .list(unit.units2020.map(\.name))
    case .cooperation: return .list(unit.cooperations)
    case .centre: return known(unit.isCentre) { .text($0 ? "yes" : "no") }
    case .regionalCentre: return known(unit.regionalCentres, FrameValue.list)
    case .noteGain: return .list(unit.noteGain)
    case .noteRegion: return .list(unit.noteRegion)
    case .regionType: return known(unit.regionTypes, FrameValue.list)
    default: return value2024(of: unit)
    }
  }

  /// The values of the fields the 2024 layer and the lineage added.
  private func value2024(of unit: FrameUnit) -> FrameValue {
    switch self {
    case .kommunenummer2024: .list(unit.units2024.map(\.kommunenummer))
    case .name2024: .list(unit.units2024.map(\.name))
    case .county2024: unit.county2024.map(FrameValue.text) ?? .unknown
    case .population2024: unit.population2024.map(FrameValue.number) ?? .unknown
    case .centrality2024: unit.centrality2024.map(FrameValue.number) ?? .unknown
    case .centralityIndex2024: unit.centralityIndex2024.map(FrameValue.number) ?? .unknown
    case .reform2024: unit.reform2024.map { .text($0.rawValue) } ?? .unknown
    case .kommunenummer2019: .list(unit.units2019.map(\.kommunenummer))
    case .name2019: .list(unit.units2019.map(\.name))
    default: .unknown
    }
  }

  /// The years whose units have this field: the attributes of the 2019 municipality itself
  /// (its 2018-version centrality and index, its 2019 population, its class change, the ByR
  /// centre and the note's findings) exist for 2019 units only.
  public var layers: Set<UnitLayer> {
    switch self {
    case .centrality, .centralityIndex, .population, .classChange, .classChanged, .centre,
      .regionalCentre, .noteGain, .noteRegion, .regionType:
      [.year2019]
    default: Set(UnitLayer.allCases)
    }
  }

  /// The field a unit of `layer` has instead of this one, when this one is 2019's only.
  public func counterpart(in layer: UnitLayer) -> FrameField? {
    switch (self, layer) {
    case (.centrality, .year2020): .centrality2020
    case (.centrality, .year2024): .centrality2024
    case (.centralityIndex, .year2020): .centralityIndex2020
    case (.centralityIndex, .year2024): .centralityIndex2024
    case (.population, .year2020): .population2020
    case (.population, .year2024): .population2024
    default: nil
    }
  }

  /// Whether the field only repeats the unit's own number, name or county in `layer`
  /// (`kommunenummer2024` of a 2024 unit); such fields are left out of that year's CSV.
  public func repeatsOwnValue(in layer: UnitLayer) -> Bool {
    switch (self, layer) {
    case (.kommunenummer2019, .year2019), (.name2019, .year2019), (.kommunenummer2020, .year2020),
      (.name2020, .year2020), (.county2020, .year2020), (.kommunenummer2024, .year2024),
      (.name2024, .year2024), (.county2024, .year2024):
      true
    default: false
    }
  }

  /// The columns of `frame --units LAYER --format csv`: every field the year's units have,
  /// without those that repeat their own number, name or county.
  public static func columns(for layer: UnitLayer) -> [FrameField] {
    allCases.filter { $0.layers.contains(layer) && !$0.repeatsOwnValue(in: layer) }
  }

  /// The field named `name` for units of `layer`, or an error naming the field's year and what
  /// to use instead.
  public static func named(_ name: String, in layer: UnitLayer) throws(StudyplanError)
    -> FrameField
  {
    let field = try named(name)
    guard field.layers.contains(layer) else {
      throw .fieldNotInLayer(
        field: field.rawValue, layer: layer.rawValue,
        counterpart: field.counterpart(in: layer)?.rawValue)
    }
    return field
  }

  /// The field named `name` (case-insensitive), or an error with the nearest field name.
  public static func named(_ name: String) throws(StudyplanError) -> FrameField {
    if let field = FrameField(rawValue: name.lowercased()) { return field }
    throw .unknownField(
      name, suggestion: Suggestion.closest(to: name, in: allCases.map(\.rawValue)))
  }
}

/// One field's value for one unit.
public enum FrameValue: Sendable, Equatable {
  /// A text value.
  case text(String)
  /// A whole number.
  case number(Int)
  /// Several values (possibly none).
  case list([String])
  /// Not known: stays unknown.
  case unknown

  /// The value as text: lists joined by `+` (`none` when empty), `unknown` when unknown.
  public var text: String {
    switch self {
    case .text(let value): value
    case .number(let value): String(value)
    case .list(let values): values.isEmpty ? "none" : values.joined(separator: "+")
    case .unknown: "unknown"
    }
  }

  /// The value for a CSV cell: lists joined by `; `, empty when unknown or none.
  public var csvText: String {
    switch self {
    case .list(let values): values.joined(separator: "; ")
    case .unknown: ""
    default: text
    }
  }
}
