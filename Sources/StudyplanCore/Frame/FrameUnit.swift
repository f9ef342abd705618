/// One unit of the sampling frame: a 2019 municipality with its 2020 successor(s) and the
/// attributes a planner filters and stratifies on.
///
/// Optional values are unknown, never guessed.
public struct FrameUnit: Sendable, Equatable {
  /// The 2019 kommunenummer.
  public var kommunenummer: String
  /// The 2019 name.
  public var name: String
  /// The 2019 county.
  public var county: String
  /// The 2020 successor(s); more than one only for a split.
  public var successors: [Municipality2020]
  /// The 2020 county, when all successors share one.
  public var county2020: String?
  /// What the reform did.
  public var reform: Reform
  /// The 2017 centrality index (2018 version).
  public var centralityIndex: Int
  /// The centrality class, 2018 version.
  public var centrality: Int
  /// The successor's class in the 2020 version, when known (and, for a split, shared by all
  /// successors).
  public var centrality2020: Int?
  /// The dataset that gave `centrality2020`: the embedded 2020 version or an import.
  public var centrality2020Source: String?
  /// How `centrality2020` was obtained: read, derived from the index (near a limit or not), or
  /// imported.
  public var centrality2020Basis: CentralityBasis?
  /// The successor's 2020-version index (SSB Notater 2020/4); unknown for a split whose
  /// successors differ.
  public var centralityIndex2020: Int?
  /// Why the class differs between the versions: the merger, re-indexing, both, or none;
  /// unknown when the 2020 class is unknown.
  public var classChange: ClassChange?
  /// Whether the class changed from the 2018 version (this unit) to the 2020 version (its
  /// successor); unknown when the 2020 class is unknown.
  public var classChanged: Bool? {
    centrality2020.map { $0 != centrality }
  }
  /// Byregionprogrammet city regions (short names), any phase, observers left out.
  public var cityRegions: [String]
  /// Every cooperation it is a member of: city regions and imported cooperations.
  public var cooperations: [String]
  /// Population on 1.1.2019.
  public var population: Int
  /// The successor's population on 1.1.2020 (undefined for a split: stays unknown).
  public var population2020: Int?

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
}
