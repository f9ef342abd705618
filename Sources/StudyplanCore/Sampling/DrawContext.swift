import Foundation

/// The working state of one draw: eligible units, strata so far, drawn units and reserves.
struct DrawContext {
  let request: SampleRequest
  let frame: SamplingFrame
  let eligible: [FrameUnit]
  var unjudged = 0
  var names: [String: String] = [:]
  var strataPlan: [StratumPlan] = []
  var units: [SampledUnit] = []
  var reserves: [StratumReserves] = []
  var drawn: Set<String> = []
  /// The purposive choices as recorded (with their cells), and how many were added to a draw.
  var chosen: [PurposiveChoice] = []
  var additions = 0

  init(request: SampleRequest, frame: SamplingFrame, eligible: [FrameUnit]) {
    self.request = request
    self.frame = frame
    self.eligible = eligible
    for unit in frame.units { names[unit.kommunenummer] = unit.name }
  }

  /// Draws `allocated` units from a stratum and records units, reserves and the plan.
  mutating func take(
    key: String, ids: [String], allocated: Int, probability: (Int) -> Double?,
    cluster: String? = nil, pairRole: String? = nil
  ) {
    let outcome = SampleDrawer.drawStratum(
      key: key, ids: ids, allocated: allocated, seed: request.seed, reserves: request.reserves,
      excluded: drawn)
    strataPlan.append(StratumPlan(key: key, units: ids, allocated: allocated))
    for (index, rank) in outcome.selected {
      let id = ids[index]
      drawn.insert(id)
      units.append(
        SampledUnit(
          kommunenummer: id, name: names[id] ?? id, stratum: key, drawOrder: units.count + 1,
          rank: rank, inclusionProbability: probability(ids.count), cluster: cluster,
          pairRole: pairRole))
    }
    reserves.append(
      StratumReserves(
        stratum: key,
        units: outcome.reserves.map { index, rank in
          ReserveUnit(kommunenummer: ids[index], name: names[ids[index]] ?? ids[index], rank: rank)
        }))
  }

  mutating func drawStratified() throws(StudyplanError) {
    let fields = request.design == .simple ? [] : request.strata
    if request.design == .stratified && fields.isEmpty {
      throw .sampleInvalid(problem: "a stratified sample needs strata, e.g. --strata centrality")
    }
    var groups: [String: [String]] = [:]
    for unit in eligible {
      groups[SamplingFrame.stratumKey(of: unit, fields: fields), default: []]
        .append(unit.kommunenummer)
    }
    let keys = groups.keys.sorted { Allocator.precedes($0, $1) }
    let strata = keys.map { Allocator.Stratum(key: $0, size: groups[$0]?.count ?? 0) }
    let allocation: [Int]
    switch (request.design, request.allocation) {
    case (.simple, _), (_, .proportional):
      allocation = try Allocator.proportional(request.size, strata)
    case (_, .equal):
      allocation = try Allocator.equal(request.size, strata)
    case (_, .explicit):
      allocation = try explicitAllocation(strata)
    }
    for (stratum, allocated) in zip(strata, allocation) {
      take(
        key: stratum.key, ids: groups[stratum.key] ?? [], allocated: allocated,
        probability: { size in size == 0 ? nil : Double(allocated) / Double(size) })
    }
  }

  private func explicitAllocation(_ strata: [Allocator.Stratum]) throws(StudyplanError) -> [Int] {
    var result = strata.map { _ in 0 }
    for (given, count) in request.explicitSizes {
      let index = strata.firstIndex { stratum in
        stratum.key == given
          || stratum.key.split(separator: "/").map { $0.split(separator: "=").last ?? "" }
            .joined(separator: "/").lowercased() == given.lowercased()
      }
      guard let index else {
        let known = strata.map(\.key)
        throw .sampleInvalid(
          problem: "no stratum '\(given)'; the strata are "
            + known.map { "'\($0)'" }.joined(separator: ", "))
      }
      guard count <= strata[index].size else {
        throw .stratumTooSmall(
          stratum: strata[index].key, requested: count, available: strata[index].size)
      }
      result[index] = count
    }
    guard result.reduce(0, +) > 0 else {
      throw .sampleInvalid(problem: "explicit allocation needs a size per stratum, e.g. 5:2,6:3")
    }
    return result
  }

  func sample() -> ProtocolSample {
    let isStratified = request.design == .stratified
    let plan = SamplePlan(
      design: request.design,
      allocation: isStratified ? request.allocation : nil,
      requestedSize: !request.design.isRandom
        || (isStratified && request.allocation == .explicit)
        ? units.count - additions : request.size,
      membersPerCluster: request.design == .twoStage ? request.membersPerCluster : nil,
      reservesPerStratum: request.reserves, seed: request.seed,
      filter: request.filter?.source,
      strata: isStratified ? request.strata.map(\.rawValue) : [],
      dataVersions: frame.versions, eligibleCount: eligible.count, unjudgedCount: unjudged,
      strataPlan: strataPlan,
      purposive: chosen,
      pairWithin: request.design == .paired ? request.pairWithin : nil)
    var recorded = plan
    recorded.units = frame.layer
    if !request.design.isRandom {
      recorded.level = request.level
      recorded.seed = ""
    }
    if request.design == .purposive {
      recorded.logic = request.logic
      recorded.criteria = request.criteria.isEmpty ? nil : request.criteria
      recorded.measure = request.logic == .planner ? nil : measureName
    }
    if request.design == .twoStage { recorded.membersBy = request.membersBy?.rawValue }
    if request.design == .paired, request.pairWith == .centre { recorded.pairWith = .centre }
    return ProtocolSample(plan: recorded, units: units, reserves: reserves)
  }
}
