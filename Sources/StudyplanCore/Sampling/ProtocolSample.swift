/// A protocol's sampling plan, the drawn sample, its reserves and its refusal log.
///
/// Everything a methods reviewer needs to redo the draw is in `plan`: data versions, filter,
/// strata, allocation, seed, algorithm id and each stratum's eligible units.
public struct ProtocolSample: Codable, Equatable, Sendable {
  /// How the sample was drawn.
  public var plan: SamplePlan
  /// The sampled units in draw order: the drawn ones, then replacements as they were taken.
  public var units: [SampledUnit]
  /// Reserves per stratum, in replacement order.
  public var reserves: [StratumReserves]
  /// Refusals and the replacements that followed, in order.
  public var log: [ReplacementRecord]

  /// Creates a sample from its parts.
  public init(
    plan: SamplePlan, units: [SampledUnit], reserves: [StratumReserves] = [],
    log: [ReplacementRecord] = []
  ) {
    self.plan = plan
    self.units = units
    self.reserves = reserves
    self.log = log
  }

  /// The units currently in the sample (not refused).
  public var activeUnits: [SampledUnit] { units.filter { $0.status != .refused } }

  /// The reserves not yet taken, over every stratum (cluster reserves included): the one count
  /// `show`, `sample` and the methods text all give.
  public var openReserveCount: Int {
    reserves.reduce(0) { $0 + $1.units.filter { !$0.taken }.count }
  }
}

/// The recorded plan of a draw.
public struct SamplePlan: Codable, Equatable, Sendable {
  /// The ranking algorithm's id (`studyplan-sha256-rank/1`).
  public var algorithm: String
  /// The design.
  public var design: SampleDesign
  /// The allocation (stratified designs).
  public var allocation: SampleAllocation?
  /// The size asked for: units, pairs (paired) or cooperations (two-stage).
  public var requestedSize: Int
  /// Members per cooperation (two-stage); nil means all.
  public var membersPerCluster: Int?
  /// What a paired draw paired within; absent for other designs and for older samples.
  public var pairWithin: PairGrouping?
  /// Reserves kept per stratum; nil means all remaining units.
  public var reservesPerStratum: Int?
  /// The seed, as given.
  public var seed: String
  /// The filter expression, as written; nil for the whole frame.
  public var filter: String?
  /// The strata field names.
  public var strata: [String]
  /// The data the frame was built from.
  public var dataVersions: [DatasetVersion]
  /// The number of eligible units (after the filter).
  public var eligibleCount: Int
  /// The number of units the filter could not judge (unknown values); left out.
  public var unjudgedCount: Int
  /// Each stratum in draw order: key, eligible ids and the number drawn.
  public var strataPlan: [StratumPlan]
  /// The strata of clusters (or pairs) taken as replacements for a refused one, in the order
  /// they were taken; ranked like the others, so a reviewer can redo them.
  public var replacementStrata: [StratumPlan]? = nil
  /// The units a purposive sample lists, with a reason each; in a random design, the units
  /// added on purpose to the draw (a mixed design).
  public var purposive: [PurposiveChoice]
  /// What a purposive selection or census takes as units; nil means municipalities.
  public var level: SampleLevel? = nil
  /// The logic of a purposive selection; nil for older samples and random designs.
  public var logic: SelectionLogic? = nil
  /// The criteria of a purposive selection (field names); each case's cell is in its choice.
  public var criteria: [String]? = nil
  /// The number a tool-proposed selection ranks cases by within a cell (a numeric field).
  public var measure: String? = nil
  /// The field a two-stage draw stratifies each cluster's members by (`centrality`).
  public var membersBy: String? = nil
  /// What a paired draw pairs the small member with: any central member or the regional centre.
  public var pairWith: PairPartner? = nil
  /// The year whose municipalities are the units (`--units`); every id of the sample is a
  /// kommunenummer of that year. Absent in samples drawn before units had a year: 2019.
  public var units: UnitLayer? = nil

  /// The year of the units, 2019 when the plan does not record one.
  public var unitLayer: UnitLayer { units ?? .standard }

  /// Creates a plan record.
  public init(
    algorithm: String = SampleRanking.algorithm, design: SampleDesign,
    allocation: SampleAllocation?, requestedSize: Int, membersPerCluster: Int? = nil,
    reservesPerStratum: Int?, seed: String, filter: String?, strata: [String],
    dataVersions: [DatasetVersion], eligibleCount: Int, unjudgedCount: Int,
    strataPlan: [StratumPlan], purposive: [PurposiveChoice] = [], pairWithin: PairGrouping? = nil
  ) {
    self.pairWithin = pairWithin
    self.algorithm = algorithm
    self.design = design
    self.allocation = allocation
    self.requestedSize = requestedSize
    self.membersPerCluster = membersPerCluster
    self.reservesPerStratum = reservesPerStratum
    self.seed = seed
    self.filter = filter
    self.strata = strata
    self.dataVersions = dataVersions
    self.eligibleCount = eligibleCount
    self.unjudgedCount = unjudgedCount
    self.strataPlan = strataPlan
    self.purposive = purposive
  }
}

/// The sampling design.
public enum SampleDesign: String, Codable, CaseIterable, Sendable {
  /// Simple random sample of the eligible units.
  case simple
  /// Stratified random sample.
  case stratified
  /// Units chosen by the planner, a reason each.
  case purposive
  /// A small (class 5–6) and a central (class 1–4) municipality in the same cooperation.
  case paired
  /// Cooperations first, then members of each (study model 2).
  case twoStage = "two-stage"
  /// Every eligible unit (municipality or cooperation): no draw at all.
  case census

  /// Whether units are drawn by the ranking (and so have a seed, ranks and reserves).
  public var isRandom: Bool { self != .purposive && self != .census }
}

/// What a purposive selection or a census takes as its units.
public enum SampleLevel: String, Codable, CaseIterable, Sendable {
  /// Municipalities (the frame's units, of the year the plan records).
  case municipality
  /// Cooperations (ByR city regions and imported ones) with at least one eligible member.
  case cooperation
}

/// What a paired draw pairs within.
public enum PairGrouping: String, Codable, CaseIterable, Sendable {
  /// Members of the same cooperation (a ByR region or an imported cooperation).
  case cooperation
  /// Predecessors of the same 2020 municipality (units that merged into it).
  case municipality
}

/// One stratum of a draw: its key, its eligible units and how many were drawn.
public struct StratumPlan: Codable, Equatable, Sendable {
  /// The stratum key that goes into the hash (docs/sampling.md).
  public var key: String
  /// The eligible ids, in kommunenummer (or name) order: kommunenummer of the units' year, or
  /// cooperation names for a cooperation stage.
  public var units: [String]
  /// The number drawn from it.
  public var allocated: Int

  /// Creates a stratum record.
  public init(key: String, units: [String], allocated: Int) {
    self.key = key
    self.units = units
    self.allocated = allocated
  }
}

/// A unit chosen for a purposive sample, and why.
public struct PurposiveChoice: Codable, Equatable, Sendable {
  /// The kommunenummer of the units' year (a cooperation's name when the level is
  /// `cooperation`).
  public var kommunenummer: String
  /// The planner's reason, or the tool's reason for a proposed case.
  public var reason: String
  /// The criteria cell the case stands for (`centrality=5/reform=merged`), when criteria are set.
  public var cell: String? = nil
  /// The case this one was swapped in for by the planner (a proposal edited by hand).
  public var swappedFor: String? = nil
  /// Why the tool proposed the case, in parts a methods text can put in words in any language.
  public var basis: ProposalBasis? = nil

  /// Creates a choice.
  public init(kommunenummer: String, reason: String, cell: String? = nil) {
    self.kommunenummer = kommunenummer
    self.reason = reason
    self.cell = cell
  }
}

/// Where a proposed case stands in its cell: `lowest`, `highest` (with a place from 1),
/// `median`, `near-median` or `spread` (point `place` of `of`), by `measure`.
public struct ProposalBasis: Codable, Equatable, Sendable {
  /// lowest, highest, median, near-median or spread.
  public var position: String
  /// The place counted from the end (lowest/highest) or the spread point, from 1.
  public var place: Int
  /// The number of spread points (spread only).
  public var of: Int?
  /// The measure's field name.
  public var measure: String
  /// The case's value of the measure.
  public var value: Int
  /// The number of candidates in the cell.
  public var cellSize: Int
  /// The cell's median of the measure (typical only).
  public var median: Int?

  /// Creates a basis record.
  public init(
    position: String, place: Int, of: Int? = nil, measure: String, value: Int, cellSize: Int,
    median: Int? = nil
  ) {
    self.position = position
    self.place = place
    self.of = of
    self.measure = measure
    self.value = value
    self.cellSize = cellSize
    self.median = median
  }
}

/// How the cases of a purposive selection were chosen (Patton's purposeful sampling logics).
public enum SelectionLogic: String, Codable, CaseIterable, Sendable {
  /// Listed by the planner, a reason each.
  case planner
  /// One or more cases in every cell of the criteria matrix: the widest spread.
  case maximumVariation = "maximum-variation"
  /// The cases nearest the middle (median) of the measure in each cell.
  case typical
  /// The cases at the ends (lowest, highest) of the measure in each cell.
  case extreme
}

/// What a paired draw pairs a small member with.
public enum PairPartner: String, Codable, CaseIterable, Sendable {
  /// Any central (class 1–4) member of the group, drawn.
  case central
  /// The regional centre: the applicant municipality of the ByR region.
  case centre
}

/// A unit in the sample.
public struct SampledUnit: Codable, Equatable, Sendable {
  /// The kommunenummer in the units' year (``SamplePlan/units``), or a cooperation's name.
  public var kommunenummer: String
  /// The name in the units' year.
  public var name: String
  /// The stratum key it was drawn from.
  public var stratum: String
  /// Its place in the order of drawing, from 1 (replacements continue the count).
  public var drawOrder: Int
  /// Its rank within the stratum, from 1 (nil for a purposive choice).
  public var rank: Int?
  /// The probability that the design includes it (nil for a purposive choice).
  public var inclusionProbability: Double?
  /// Drawn, a replacement, or refused.
  public var status: SampledUnitStatus
  /// The unit it replaced, for a replacement.
  public var replaces: String?
  /// The planner's reason (purposive).
  public var reason: String?
  /// The cooperation it was drawn through (paired and two-stage).
  public var cluster: String?
  /// `small` or `central` (paired).
  public var pairRole: String?

  /// Creates a sampled-unit record.
  public init(
    kommunenummer: String, name: String, stratum: String, drawOrder: Int, rank: Int?,
    inclusionProbability: Double?, status: SampledUnitStatus = .drawn, replaces: String? = nil,
    reason: String? = nil, cluster: String? = nil, pairRole: String? = nil
  ) {
    self.kommunenummer = kommunenummer
    self.name = name
    self.stratum = stratum
    self.drawOrder = drawOrder
    self.rank = rank
    self.inclusionProbability = inclusionProbability
    self.status = status
    self.replaces = replaces
    self.reason = reason
    self.cluster = cluster
    self.pairRole = pairRole
  }
}

/// Where a sampled unit stands.
public enum SampledUnitStatus: String, Codable, Sendable {
  /// Drawn in the original draw.
  case drawn
  /// Taken from the reserves after a refusal.
  case replacement
  /// Refused (or otherwise dropped); see the log.
  case refused
}

/// A stratum's reserves, in replacement order.
public struct StratumReserves: Codable, Equatable, Sendable {
  /// The stratum key.
  public var stratum: String
  /// The reserves, best-ranked first.
  public var units: [ReserveUnit]

  /// Creates a reserve list.
  public init(stratum: String, units: [ReserveUnit]) {
    self.stratum = stratum
    self.units = units
  }
}

/// A reserve unit.
public struct ReserveUnit: Codable, Equatable, Sendable {
  /// The kommunenummer in the units' year (or a cooperation name in a cooperation stage).
  public var kommunenummer: String
  /// The name.
  public var name: String
  /// Its rank within the stratum, from 1.
  public var rank: Int
  /// Whether it has been taken as a replacement.
  public var taken: Bool

  /// Creates a reserve record.
  public init(kommunenummer: String, name: String, rank: Int, taken: Bool = false) {
    self.kommunenummer = kommunenummer
    self.name = name
    self.rank = rank
    self.taken = taken
  }
}

/// Why a sampled unit dropped out (COREQ item 13).
public enum RefusalReason: String, Codable, CaseIterable, Sendable {
  /// Declined to take part.
  case refused
  /// No answer after the agreed reminders.
  case noResponse = "no-response"
  /// Could not take part in the period (capacity, timing).
  case unavailable
  /// Turned out not to fit the criteria.
  case ineligible
  /// Agreed, then withdrew.
  case withdrew
  /// Any other reason.
  case other
}

/// One refusal and the replacement it led to.
public struct ReplacementRecord: Codable, Equatable, Sendable {
  /// The order of the event, from 1.
  public var sequence: Int
  /// The unit that dropped out.
  public var refused: String
  /// The reason code.
  public var reason: RefusalReason
  /// The reserve that took its place; nil when none was left (logged as non-response).
  public var replacement: String?
  /// The stratum both belong to.
  public var stratum: String

  /// Creates a log record.
  public init(
    sequence: Int, refused: String, reason: RefusalReason, replacement: String?, stratum: String
  ) {
    self.sequence = sequence
    self.refused = refused
    self.reason = reason
    self.replacement = replacement
    self.stratum = stratum
  }
}
