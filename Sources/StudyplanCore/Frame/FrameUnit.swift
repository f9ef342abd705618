/// One unit of the sampling frame: a municipality of the frame's year (2019 by default, 2020 or
/// 2024), with its predecessors and successors in the other years and the attributes a planner
/// filters and stratifies on.
///
/// Optional values are unknown, never guessed. The attributes of the 2019 municipality itself
/// (its 2018-version centrality, its 2019 population, what the reform did to it, the note's
/// findings) belong to 2019 units only and are nil for a unit of 2020 or 2024.
public struct FrameUnit: Sendable, Equatable {
  /// The year whose municipality this unit is.
  public var layer: UnitLayer = .year2019
  /// The kommunenummer in the unit's year.
  public var kommunenummer: String
  /// The name in the unit's year.
  public var name: String
  /// The county in the unit's year.
  public var county: String
  /// The 2019 municipalities the unit covers: itself for a 2019 unit, its 2019 predecessors for
  /// a unit of 2020 or 2024.
  public var units2019: [Municipality2019] = []
  /// The 2020 municipality or municipalities the unit corresponds to: the successor(s) of a 2019
  /// unit (more than one for a split), the unit itself in 2020, the predecessor of a 2024 unit.
  public var units2020: [Municipality2020]
  /// The 2020 county, when all of `units2020` share one.
  public var county2020: String?
  /// The 2024 municipality or municipalities the unit corresponds to: the successor(s) of a 2019
  /// or 2020 unit, the unit itself in 2024.
  public var units2024: [Municipality2024] = []
  /// The 2024 county, when all of `units2024` share one.
  public var county2024: String? = nil
  /// What the reform of 2020 did to the 2019 municipality (2019 units only).
  public var reform: Reform?
  /// What the reform of 2020 did to the unit's 2019 predecessors, each value once in
  /// `Reform.allCases` order (units of 2020 and 2024).
  public var predecessorReforms: [Reform] = []
  /// What the changes of 2022–2024 did: the split of Ålesund, the county split's new numbers,
  /// new names; unknown for a 2019 unit whose 2020 successors fared differently.
  public var reform2024: Reform? = nil
  /// The 2017 centrality index (2018 version) of a 2019 unit.
  public var centralityIndex: Int?
  /// The centrality class, 2018 version, of a 2019 unit.
  public var centrality: Int?
  /// The class in the 2020 version of the unit's 2020 municipality: the successor's (for a split,
  /// when all successors share it), its own, or its predecessor's (a 2024 unit that is one part
  /// of a split 2020 municipality: unknown).
  public var centrality2020: Int?
  /// The dataset that gave `centrality2020`: the embedded 2020 version or an import.
  public var centrality2020Source: String?
  /// How `centrality2020` was obtained: read, derived from the index (near a limit or not), or
  /// imported.
  public var centrality2020Basis: CentralityBasis?
  /// The 2020-version index (SSB Notater 2020/4) of the unit's 2020 municipality; unknown where
  /// `centrality2020` would be ambiguous.
  public var centralityIndex2020: Int?
  /// Why the class differs between the versions 2018 and 2020 (2019 units only): the merger,
  /// re-indexing, both, or none; unknown when the 2020 class is unknown.
  public var classChange: ClassChange?
  /// Whether the class changed from the 2018 version (this unit) to the 2020 version (its
  /// successor); unknown when the 2020 class is unknown or the unit is not of 2019.
  public var classChanged: Bool? {
    guard let centrality else { return nil }
    return centrality2020.map { $0 != centrality }
  }
  /// The class in SSB's 2024 version of the unit's 2024 municipality (its own, or its
  /// successors' when they share one).
  public var centrality2024: Int? = nil
  /// The 2024-version index, on the same terms as `centrality2024`.
  public var centralityIndex2024: Int? = nil
  /// Byregionprogrammet city regions (short names), any phase, observers left out: its own,
  /// or those of its 2019 predecessors.
  public var cityRegions: [String]
  /// Every cooperation it (or a 2019 predecessor) is a member of: city regions and imported
  /// cooperations.
  public var cooperations: [String]
  /// Population on 1.1.2019 of a 2019 unit.
  public var population: Int?
  /// The population on 1.1.2020 of the unit's 2020 municipality (unknown for a split, whose
  /// area went to several).
  public var population2020: Int?
  /// The population on 1.1.2024 of the unit's 2024 municipality (unknown when it has several).
  public var population2024: Int? = nil

  /// The regional centres (applicant municipalities, kommunenummer) of its ByR regions, where
  /// the member lists name one; nil when it is in ByR regions none of which names one.
  public var regionalCentres: [String]? = []
  /// Whether it is the applicant municipality of one of its ByR regions; nil when its regions'
  /// applicants are not known.
  public var isCentre: Bool? = false
  /// What the NORCE note says about the municipality itself (`NoteCases.Finding` values).
  public var noteGain: [String] = []
  /// What the note says about its ByR regions (`NoteCases.Finding` values, merged).
  public var noteRegion: [String] = []
  /// The region types the note states for its ByR regions; nil when it is in ByR regions whose
  /// type the note does not state.
  public var regionTypes: [String]? = []

  /// `1850 Tysfjord`.
  public var label: String { "\(kommunenummer) \(name)" }

  /// The unit's centrality class in its own year's version: 2018 for a 2019 unit, 2020 for a
  /// 2020 unit, 2024 for a 2024 unit. Small (class 5–6) and central (1–4) members of the paired
  /// and two-stage designs are told apart by it.
  public var ownCentrality: Int? {
    switch layer {
    case .year2019: centrality
    case .year2020: centrality2020
    case .year2024: centrality2024
    }
  }

  /// Whether the reform of 2020 changed the boundaries of the unit (2019) or of any of its 2019
  /// predecessors (2020, 2024): merged or split.
  public var changedBoundaries2020: Bool {
    if let reform { return reform.changedBoundaries }
    return predecessorReforms.contains { $0.changedBoundaries }
  }
}
