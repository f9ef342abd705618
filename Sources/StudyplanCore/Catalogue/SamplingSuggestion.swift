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
    "class-changed", "byr", "population", "population2020",
  ]

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

  public init(
    filter: String,
    strata: [String] = [],
    design: Design,
    allocation: Allocation? = nil,
    pairWithin: PairWithin? = nil,
    note: LocalizedText
  ) {
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
    if design == .stratified, !strata.isEmpty {
      parts.append("--strata \(strata.joined(separator: ","))")
    }
    if let allocation { parts.append("--allocation \(allocation.rawValue)") }
    if design == .paired, let pairWithin { parts.append("--pair-within \(pairWithin.rawValue)") }
    return parts.joined(separator: " ")
  }
}

extension SamplingSuggestion {
  /// The suggestion as a request to draw: its filter (checked against `frame`), design, strata
  /// (for a stratified design) and allocation, with the planner's `size` and `seed`. What
  /// `sample --suggested ID` starts from; options typed with it override these.
  public func request(size: Int, seed: String, frame: SamplingFrame? = nil)
    throws(StudyplanError) -> SampleRequest
  {
    let design = SampleDesign(rawValue: design.rawValue) ?? .simple
    var request = SampleRequest(
      design: design, size: size,
      allocation: allocation.flatMap { SampleAllocation(rawValue: $0.rawValue) } ?? .proportional,
      seed: seed, filter: try FrameFilter.parse(filter, frame: frame))
    if design == .stratified {
      var fields: [FrameField] = []
      for name in strata { fields.append(try FrameField.named(name)) }
      request.strata = fields
    }
    if design == .paired, let pairWithin {
      request.pairWithin = PairGrouping(rawValue: pairWithin.rawValue) ?? .cooperation
    }
    return request
  }
}
