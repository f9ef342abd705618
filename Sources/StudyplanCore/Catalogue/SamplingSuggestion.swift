/// The sampling a research question calls for, in the shared frame contract's terms.
///
/// The filter, strata, design and allocation are exactly what `sample` takes, so a planner can
/// take a suggestion over with one command. Field names are the frame's (`centrality`,
/// `reform`, `class-changed`, `byr`, …).
public struct SamplingSuggestion: Codable, Hashable, Sendable {
  /// A sampling design of the frame contract.
  public enum Design: String, Codable, CaseIterable, Hashable, Sendable {
    /// Simple random sampling.
    case simple
    /// Stratified random sampling.
    case stratified
    /// Listed units, each with a reason.
    case purposive
    /// A small and a central unit in the same cooperation or successor municipality.
    case paired
    /// Cooperations first, then members (model 2).
    case twoStage = "two-stage"
  }

  /// What a paired design pairs within: a cooperation, or a new 2020 municipality.
  public enum PairWithin: String, Codable, CaseIterable, Hashable, Sendable {
    /// Two members of the same cooperation.
    case cooperation
    /// Two predecessors of the same 2020 municipality.
    case municipality
  }

  /// How a stratified sample spreads over its strata.
  public enum Allocation: String, Codable, CaseIterable, Hashable, Sendable {
    /// In proportion to the strata's sizes.
    case proportional
    /// The same number in every stratum.
    case equal
    /// A number per stratum given by the planner.
    case explicit
  }

  /// The frame fields the contract defines; filters and strata use only these.
  public static let frameFields: [String] = [
    "kommunenummer", "name", "county", "county2020", "reform", "centrality", "centrality2020",
    "class-changed", "class-change", "centrality-index2020", "centrality2020-basis", "byr",
    "population", "population2020", "county2024", "centrality2024", "reform2024",
    "population2024",
  ]

  /// The year whose municipalities the question is about: 2019 for the note's questions about
  /// the programme and what the 2020 reform did to its units, 2024 for questions about how
  /// municipalities work today.
  public var units: UnitLayer

  /// The frame filter, in the contract's filter language.
  public var filter: String
  /// The strata, as frame field names.
  public var strata: [String]
  /// The design.
  public var design: Design
  /// How a stratified sample is allocated, when it matters.
  public var allocation: Allocation?
  /// What a paired design pairs within, when not a cooperation.
  public var pairWithin: PairWithin?
  /// Why this sample fits the question, in both languages.
  public var note: LocalizedText
  /// The units the question is about, as a frame filter (`reform in merged,split`): a sample
  /// for the question must hold at least `minimum` of them (`check` says so when it does not).
  public var population: String
  /// How many units of the population a sample needs at least.
  public var minimum: Int
  /// For a purposive design: select cooperations (ByR regions) rather than municipalities.
  public var selectsCooperations: Bool

  public init(
    filter: String,
    strata: [String] = [],
    design: Design,
    allocation: Allocation? = nil,
    pairWithin: PairWithin? = nil,
    population: String? = nil,
    minimum: Int = 2,
    selectsCooperations: Bool = false,
    units: UnitLayer = .standard,
    note: LocalizedText
  ) {
    self.units = units
    self.population = population ?? filter
    self.minimum = minimum
    self.selectsCooperations = selectsCooperations
    self.pairWithin = pairWithin
    self.filter = filter
    self.strata = strata
    self.design = design
    self.allocation = allocation
    self.note = note
  }

  /// The `sample` and `frame` flags that take the suggestion over.
  ///
  /// Strata become `--strata` only for a stratified design; for paired and two-stage designs they
  /// name the contrast the design builds in (small against central members), not a flag.
  public var commandArguments: String {
    var parts = ["--filter \"\(filter)\"", "--design \(design.rawValue)"]
    if units != .standard { parts.insert("--units \(units.rawValue)", at: 0) }
    if design == .stratified, !strata.isEmpty {
      parts.append("--strata \(strata.joined(separator: ","))")
    }
    if let allocation { parts.append("--allocation \(allocation.rawValue)") }
    if design == .paired, let pairWithin { parts.append("--pair-within \(pairWithin.rawValue)") }
    if design == .twoStage, strata.contains("centrality") {
      parts.append("--members 2 --members-by centrality")
    }
    if design == .purposive {
      parts.append(
        selectsCooperations
          ? "--level cooperation --logic maximum-variation --criteria note-region,small"
          : "--logic maximum-variation --criteria \(strata.isEmpty ? ownCentrality : strata.joined(separator: ","))"
      )
    }
    return parts.joined(separator: " ")
  }
}

extension SamplingSuggestion {
  /// The centrality field of the units' own version (`centrality` for 2019 units).
  var ownCentrality: String {
    (FrameField.centrality.counterpart(in: units) ?? .centrality).rawValue
  }

  /// The suggestion as a request to draw, built here rather than from flag text: its filter
  /// (checked against `frame`), design, strata, allocation, pairing, two-stage member strata and
  /// a purposive proposal's level, logic and criteria — the same as ``commandArguments`` says.
  /// Size and seed are the planner's; `sample --suggested ID` overrides the rest field by field
  /// with the options typed.
  public func request(size: Int = 0, seed: String = "", frame: SamplingFrame? = nil)
    throws(StudyplanError) -> SampleRequest
  {
    let design = SampleDesign(rawValue: design.rawValue) ?? .simple
    var request = SampleRequest(
      design: design, size: size,
      allocation: allocation.flatMap { SampleAllocation(rawValue: $0.rawValue) } ?? .proportional,
      seed: seed, filter: try FrameFilter.parse(filter, frame: frame?.inLayer(units)))
    request.units = units
    switch design {
    case .stratified:
      var fields: [FrameField] = []
      for name in strata { fields.append(try FrameField.named(name, in: units)) }
      request.strata = fields
    case .paired:
      if let pairWithin {
        request.pairWithin = PairGrouping(rawValue: pairWithin.rawValue) ?? .cooperation
      }
    case .twoStage where strata.contains("centrality"):
      request.membersPerCluster = 2
      request.membersBy = .centrality
    case .purposive:
      request.logic = .maximumVariation
      if selectsCooperations {
        request.level = .cooperation
        request.criteria = ["note-region", "small"]
      } else {
        request.criteria = strata.isEmpty ? [ownCentrality] : strata
      }
    default:
      break
    }
    return request
  }
}
