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
  /// What a paired draw pairs the small member with.
  public var pairWith: PairPartner = .central
  /// What a purposive selection or census takes as units.
  public var level: SampleLevel = .municipality
  /// The logic of a purposive selection: the planner's list, or a tool proposal.
  public var logic: SelectionLogic = .planner
  /// The criteria of a purposive selection: frame fields (municipalities) or cooperation fields.
  public var criteria: [String] = []
  /// Cases per criteria cell in a tool proposal.
  public var perCell: Int = 1
  /// The numeric field a proposal ranks by within a cell; nil takes the level's default.
  public var measure: String? = nil
  /// The field a two-stage draw stratifies members by within each cluster.
  public var membersBy: FrameField? = nil
  /// The year whose municipalities are the units (`--units`).
  public var units: UnitLayer = .standard

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
