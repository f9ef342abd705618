/// A field of the frame, as named in filters, strata and CSV headers (kebab-case ASCII).
public enum FrameField: String, CaseIterable, Sendable, Codable {
  /// The 2019 kommunenummer.
  case kommunenummer
  /// The 2019 name.
  case name
  /// The 2019 county.
  case county
  /// The 2020 county.
  case county2020
  /// merged, split, renumbered, renamed, register-renamed, unchanged or outside.
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

  /// Whether `<`, `<=`, `>`, `>=` apply (the value is a whole number).
  public var isNumeric: Bool {
    switch self {
    case .centrality, .centrality2020, .population, .population2020, .centralityIndex,
      .centralityIndex2020:
      true
    default: false
    }
  }

  /// Whether a unit may hold several values (a filter matches if any of them matches).
  public var isList: Bool {
    switch self {
    case .byr, .cooperation, .kommunenummer2020, .name2020, .regionalCentre, .noteGain,
      .noteRegion, .regionType:
      true
    default: false
    }
  }

  /// The closed set of values the field takes, where there is one.
  public var allowedValues: [String]? {
    switch self {
    case .reform: Reform.allCases.map(\.rawValue)
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
    case .centrality, .centrality2020: ["1", "2", "3", "4", "5", "6"]
    default: nil
    }
  }

  /// The field's value for `unit`.
  public func value(of unit: FrameUnit) -> FrameValue {
    switch self {
    case .kommunenummer: .text(unit.kommunenummer)
    case .name: .text(unit.name)
    case .county: .text(unit.county)
    case .county2020: unit.county2020.map(FrameValue.text) ?? .unknown
    case .reform: .text(unit.reform.rawValue)
    case .centrality: .number(unit.centrality)
    case .centrality2020: unit.centrality2020.map(FrameValue.number) ?? .unknown
    case .centralityIndex2020: unit.centralityIndex2020.map(FrameValue.number) ?? .unknown
    case .centrality2020Basis: unit.centrality2020Basis.map { .text($0.rawValue) } ?? .unknown
    case .classChange: unit.classChange.map { .text($0.rawValue) } ?? .unknown
    case .classChanged: unit.classChanged.map { .text($0 ? "yes" : "no") } ?? .unknown
    case .byr: .list(unit.cityRegions)
    case .population: .number(unit.population)
    case .population2020: unit.population2020.map(FrameValue.number) ?? .unknown
    case .centralityIndex: .number(unit.centralityIndex)
    case .kommunenummer2020: .list(unit.successors.map(\.kommunenummer))
    case .name2020: .list(unit.successors.map(\.name))
    case .cooperation: .list(unit.cooperations)
    case .centre: unit.isCentre.map { .text($0 ? "yes" : "no") } ?? .unknown
    case .regionalCentre: unit.regionalCentres.map(FrameValue.list) ?? .unknown
    case .noteGain: .list(unit.noteGain)
    case .noteRegion: .list(unit.noteRegion)
    case .regionType: unit.regionTypes.map(FrameValue.list) ?? .unknown
    }
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
