/// What the methods text needs to know about the sampling: the frame, the rule and the draw.
///
/// A plain description so the methods text does not depend on how the sampling module stores
/// its plan; `StudyProtocol`'s sample is mapped into it. Unset values print as "not recorded".
public struct SamplingDescription: Equatable, Sendable {
  /// The design, as a short name ("stratified", "purposive", …) (COREQ 10).
  public var design: String?
  /// The frame: source and version label, e.g. "SSB KLASS 131, 2019 structure".
  public var frameVersion: String?
  /// Every other data version the draw used (centrality, member lists).
  public var dataVersions: [String]
  /// The eligibility criteria (filter expressions).
  public var criteria: [String]
  /// The strata's names.
  public var strata: [String]
  /// Units drawn per stratum.
  public var allocation: [(stratum: String, count: Int)]
  /// How the allocation was decided ("proportional", "equal", "explicit").
  public var allocationRule: String?
  /// The number of units drawn (COREQ 12).
  public var sampleSize: Int?
  /// The number of reserves kept in replacement order.
  public var reserves: Int?
  /// The seed.
  public var seed: String?
  /// The documented algorithm, in words a reviewer can re-implement.
  public var algorithm: String?
  /// The software and version that drew the sample.
  public var software: String?
  /// Refusals and replacements so far, by reason (COREQ 13).
  public var nonParticipation: [(reason: String, count: Int)]
  /// Whether the frame leans on the partial ByR member lists (cooperation filters, strata,
  /// paired and two-stage designs), which leaves some units out of the frame.
  public var usesPartialMemberLists: Bool = false
  /// The datasets the draw used, frame first, when known by id (the methods text names them
  /// in its own language).
  public var datasets: [DatasetVersion] = []
  /// Whether the units were drawn by the ranking (false for purposive selections and censuses:
  /// the methods text then states no seed and no algorithm).
  public var isRandom: Bool = true
  /// The units of a purposive selection or census: municipality or cooperation.
  public var level: SampleLevel? = nil
  /// The logic of a purposive selection.
  public var logic: SelectionLogic? = nil
  /// The criteria of a purposive selection (field names).
  public var selectionCriteria: [String] = []
  /// The cases chosen on purpose (a purposive selection, or units added to a random draw).
  public var cases: [SelectedCase] = []
  /// How many of the cases the planner swapped in for proposed ones.
  public var swapped: Int = 0
  /// The field each cluster's members were stratified by (two-stage).
  public var membersBy: String? = nil
  /// Whether pairs were formed with the regional centre.
  public var pairedWithCentre: Bool = false
  /// The year whose municipalities were the units.
  public var units: UnitLayer = .standard

  /// Creates a description; every value starts unset.
  public init(
    design: String? = nil, frameVersion: String? = nil, dataVersions: [String] = [],
    criteria: [String] = [], strata: [String] = [],
    allocation: [(stratum: String, count: Int)] = [], allocationRule: String? = nil,
    sampleSize: Int? = nil, reserves: Int? = nil, seed: String? = nil, algorithm: String? = nil,
    software: String? = nil, nonParticipation: [(reason: String, count: Int)] = []
  ) {
    self.design = design
    self.frameVersion = frameVersion
    self.dataVersions = dataVersions
    self.criteria = criteria
    self.strata = strata
    self.allocation = allocation
    self.allocationRule = allocationRule
    self.sampleSize = sampleSize
    self.reserves = reserves
    self.seed = seed
    self.algorithm = algorithm
    self.software = software
    self.nonParticipation = nonParticipation
  }

  public static func == (lhs: SamplingDescription, rhs: SamplingDescription) -> Bool {
    lhs.design == rhs.design && lhs.frameVersion == rhs.frameVersion
      && lhs.dataVersions == rhs.dataVersions && lhs.criteria == rhs.criteria
      && lhs.strata == rhs.strata && lhs.allocationRule == rhs.allocationRule
      && lhs.allocation.map(\.stratum) == rhs.allocation.map(\.stratum)
      && lhs.allocation.map(\.count) == rhs.allocation.map(\.count)
      && lhs.sampleSize == rhs.sampleSize && lhs.reserves == rhs.reserves
      && lhs.seed == rhs.seed && lhs.algorithm == rhs.algorithm && lhs.software == rhs.software
      && lhs.nonParticipation.map(\.reason) == rhs.nonParticipation.map(\.reason)
      && lhs.nonParticipation.map(\.count) == rhs.nonParticipation.map(\.count)
      && lhs.usesPartialMemberLists == rhs.usesPartialMemberLists && lhs.datasets == rhs.datasets
      && lhs.isRandom == rhs.isRandom && lhs.level == rhs.level && lhs.logic == rhs.logic
      && lhs.selectionCriteria == rhs.selectionCriteria && lhs.cases == rhs.cases
      && lhs.swapped == rhs.swapped && lhs.membersBy == rhs.membersBy
      && lhs.pairedWithCentre == rhs.pairedWithCentre && lhs.units == rhs.units
  }

  /// The sentence on the units' year, for units other than the note's (2019); nil for 2019.
  public func unitsSentence(_ language: Language) -> String? {
    guard units != .standard else { return nil }
    let year = units.rawValue
    return language == .nb
      ? "Enhetene er \(units.unitsText(.nb)), med kommunenumre og navn fra \(year); hver "
        + "enhet er knyttet til kommunene fra 2019 den består av (SSBs endringslister 2019–2020 "
        + "og 2020–2024), slik at tidligere ordførere og ansatte i de gamle kommunene kan nås"
      : "The units are \(units.unitsText(.en)), with their numbers and names of \(year); each "
        + "unit is linked to the 2019 municipalities it is made of (SSB's change lists "
        + "2019–2020 and 2020–2024), so that former office-holders of the old municipalities "
        + "can be reached"
  }
}

/// A case chosen on purpose, as the methods text lists it.
public struct SelectedCase: Equatable, Sendable {
  /// The kommunenummer and name, or the cooperation's name.
  public var label: String
  /// The criteria cell, when criteria were set.
  public var cell: String?
  /// The planner's reason (a swapped-in or listed case).
  public var reason: String?
  /// The tool's basis (a proposed case).
  public var basis: ProposalBasis?

  /// Creates a case record.
  public init(label: String, cell: String?, reason: String?, basis: ProposalBasis?) {
    self.label = label
    self.cell = cell
    self.reason = reason
    self.basis = basis
  }
}
