/// What the methods text needs to know about a sample: the plan and the units as the protocol
/// records them, the program that drew it, and the design variant the text describes.
public struct SamplingDescription: Equatable, Sendable {
  /// The sample as the protocol holds it.
  public var sample: ProtocolSample
  /// The software and version that drew it (`studyplan 0.4.0`), when known.
  public var software: String?

  /// Describes `sample`, drawn by `software`.
  public init(_ sample: ProtocolSample, software: String? = nil) {
    self.sample = sample
    self.software = software
  }

  var plan: SamplePlan { sample.plan }

  /// The design variant, one branch of the methods writer each.
  var variant: SamplingVariant { SamplingVariant(plan) }

  /// Units added on purpose to a random draw (a mixed design).
  var isMixed: Bool { plan.design.isRandom && !plan.purposive.isEmpty }

  /// What the units are: municipalities, or cooperations for a selection of cooperations.
  var level: SampleLevel { plan.design.isRandom ? .municipality : plan.level ?? .municipality }

  /// The units in the sample now (not refused), in draw order.
  var activeUnits: [SampledUnit] { sample.activeUnits }

  /// The units drawn by the ranking (not the ones added on purpose).
  var drawnUnits: [SampledUnit] { activeUnits.filter { $0.stratum != "purposive" } }

  /// The number of clusters (cooperations or pair groups) ranked in the first stage.
  var clusterCount: Int? {
    let key = plan.design == .paired ? "pairs" : "clusters"
    return plan.strataPlan.first { $0.key == key }?.units.count
  }

  /// The strata of a stratified or simple draw: key, units in the frame, units drawn.
  var strata: [(key: String, eligible: Int, drawn: Int)] {
    plan.strataPlan.filter { $0.key != "purposive" }.map { ($0.key, $0.units.count, $0.allocated) }
  }

  /// Whether the frame or the design leans on the ByR member lists: a filter or strata on
  /// city regions, cooperations or the note's regional findings, a paired draw within
  /// cooperations or with the centre, a two-stage draw, or a selection of cooperations.
  /// Pairs within a new municipality use no member list.
  var usesMemberLists: Bool {
    guard plan.dataVersions.contains(where: { $0.id == "byr-medlemmer" }) else { return false }
    switch variant {
    case .pairedInCooperation, .pairedWithCentre, .twoStage, .twoStageWithStrata: return true
    case .census(.cooperation), .purposive(.cooperation): return true
    default: break
    }
    let fields: [FrameField] = [.byr, .cooperation, .centre, .regionalCentre, .noteRegion, .regionType]
    let named = (plan.filter.flatMap { try? FrameFilter.parse($0) }?.expression.fields ?? [])
      + plan.strata.compactMap { FrameField(rawValue: $0) }
    return named.contains { fields.contains($0) }
  }

  /// The reserves not yet taken.
  var openReserves: Int { sample.openReserveCount }
}

/// The sampling designs the methods text describes, one writer branch each.
///
/// Issue 20 adds the embedded case design (members chosen inside each selected region by a
/// stated rule or listed with a reason): it is one more case here, with its branch in
/// `MethodsWriter+Designs.swift` beside `census` and `purposive`.
enum SamplingVariant: Equatable {
  case simple
  case stratified
  case pairedInCooperation
  case pairedInNewMunicipality
  case pairedWithCentre
  case twoStage
  case twoStageWithStrata
  case census(SampleLevel)
  case purposive(SampleLevel)

  init(_ plan: SamplePlan) {
    switch plan.design {
    case .simple: self = plan.strata.isEmpty ? .simple : .stratified
    case .stratified: self = plan.strata.isEmpty ? .simple : .stratified
    case .paired:
      if plan.pairWith == .centre {
        self = .pairedWithCentre
      } else {
        self = plan.pairWithin == .municipality ? .pairedInNewMunicipality : .pairedInCooperation
      }
    case .twoStage: self = plan.membersBy == nil ? .twoStage : .twoStageWithStrata
    case .census: self = .census(plan.level ?? .municipality)
    case .purposive: self = .purposive(plan.level ?? .municipality)
    }
  }
}

extension FilterExpression {
  /// Every field the expression names.
  var fields: [FrameField] {
    switch self {
    case .and(let left, let right), .or(let left, let right): left.fields + right.fields
    case .not(let inner): inner.fields
    case .condition(let field, _, _): [field]
    }
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

extension SamplingDescription {
  /// The cases chosen on purpose, labelled «1818 Herøy» or by the cooperation's name.
  var cases: [SelectedCase] {
    plan.purposive.map { choice in
      let name = sample.units.first { $0.kommunenummer == choice.kommunenummer }?.name
      let label =
        name.map { $0 == choice.kommunenummer ? $0 : "\(choice.kommunenummer) \($0)" }
        ?? choice.kommunenummer
      return SelectedCase(
        label: label, cell: choice.cell, reason: choice.basis == nil ? choice.reason : nil,
        basis: choice.basis)
    }
  }

  /// How many of the cases the planner swapped in for proposed ones.
  var swapped: Int { plan.purposive.filter { $0.swappedFor != nil }.count }

  /// The sentence on the units' year: the layer and, for 2020 and 2024 units, the lineage.
  func unitsSentence(_ language: Language) -> String {
    let units = plan.unitLayer
    let year = units.rawValue
    guard units != .standard else {
      return language == .nb
        ? "Rammen er \(units.unitsText(.nb)) (SSB KLASS 131), med kommunenumre og navn fra 2019"
        : "The frame is \(units.unitsText(.en)) (SSB KLASS 131), with their numbers and names "
          + "of 2019"
    }
    return language == .nb
      ? "Rammen er \(units.unitsText(.nb)) (SSB KLASS 131), med kommunenumre og navn fra "
        + "\(year); hver kommune er knyttet til kommunene fra 2019 den består av (SSBs endringslister 2019–2020 "
        + "og 2020–2024), slik at tidligere ordførere og ansatte i de gamle kommunene kan nås"
      : "The frame is \(units.unitsText(.en)) (SSB KLASS 131), with their numbers and names "
        + "of \(year); each municipality is linked to the 2019 municipalities it is made of (SSB's change lists "
        + "2019–2020 and 2020–2024), so that former office-holders of the old municipalities "
        + "can be reached"
  }
}
