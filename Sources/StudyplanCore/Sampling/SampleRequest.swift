/// What the planner asks `sample` for.
public struct SampleRequest: Sendable {
  /// The design.
  public var design: SampleDesign
  /// Units (simple, stratified), pairs (paired) or cooperations (two-stage).
  public var size: Int
  /// The strata fields (stratified).
  public var strata: [FrameField]
  /// The allocation (stratified).
  public var allocation: SampleAllocation
  /// Units per stratum for explicit allocation, keyed by stratum key (`centrality=5`) or by
  /// its values (`5`, `5/merged`).
  public var explicitSizes: [String: Int]
  /// The seed; any text.
  public var seed: String
  /// Reserves kept per stratum; nil keeps all remaining units in rank order.
  public var reserves: Int?
  /// The eligibility filter.
  public var filter: FrameFilter?
  /// The listed units (purposive).
  public var purposive: [PurposiveChoice]
  /// Members drawn per cooperation (two-stage); nil takes all members.
  public var membersPerCluster: Int?
  /// What a paired draw pairs within.
  public var pairWithin: PairGrouping = .cooperation

  /// Creates a request; only `design`, `size` and `seed` are always needed.
  public init(
    design: SampleDesign = .simple, size: Int, strata: [FrameField] = [],
    allocation: SampleAllocation = .proportional, explicitSizes: [String: Int] = [:],
    seed: String, reserves: Int? = nil, filter: FrameFilter? = nil,
    purposive: [PurposiveChoice] = [], membersPerCluster: Int? = nil
  ) {
    self.design = design
    self.size = size
    self.strata = strata
    self.allocation = allocation
    self.explicitSizes = explicitSizes
    self.seed = seed
    self.reserves = reserves
    self.filter = filter
    self.purposive = purposive
    self.membersPerCluster = membersPerCluster
  }
}
