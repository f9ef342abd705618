extension SampleDrawer {
  /// What a cluster replacement did: the cluster that left, the one that came in (nil when no
  /// cluster reserve was left) and the members drawn in it.
  public struct ClusterReplacement: Sendable {
    /// The refused cluster (cooperation or pair group).
    public var refused: String
    /// The cluster taken from the cluster reserves, if one was left.
    public var replacement: String?
    /// The members drawn in the replacement cluster.
    public var units: [SampledUnit]
  }

  /// The clusters (two-stage) or pair groups (paired) of `sample` that still have active units.
  public static func activeClusters(_ sample: ProtocolSample) -> [String] {
    guard sample.plan.design == .twoStage || sample.plan.design == .paired else { return [] }
    var seen: [String] = []
    for unit in sample.activeUnits {
      if let cluster = unit.cluster, !seen.contains(cluster) { seen.append(cluster) }
    }
    return seen
  }

  /// Logs that the whole cluster `name` dropped out for `reason`: its active members are marked
  /// refused, the first cluster reserve not yet taken comes in, and its members are drawn by
  /// the plan's rule (same seed, filter, members and within-cluster strata).
  ///
  /// With no cluster reserve left, the cluster is logged as non-participation and nothing
  /// comes in. The frame must be the one the sample was drawn from.
  public static func replaceCluster(
    _ sample: inout ProtocolSample, cluster name: String, reason: RefusalReason,
    frame: SamplingFrame
  ) throws(StudyplanError) -> ClusterReplacement {
    let plan = sample.plan
    let stage = plan.design == .paired ? "pairs" : "clusters"
    guard activeClusters(sample).contains(name) else { throw .notInSample(name) }
    let inSample = Set(sample.units.compactMap(\.cluster))
    let list = sample.reserves.firstIndex { $0.stratum == stage }
    let next = list.flatMap { index in
      sample.reserves[index].units.firstIndex { !$0.taken && !inSample.contains($0.kommunenummer) }
    }
    for index in sample.units.indices
    where sample.units[index].cluster == name && sample.units[index].status != .refused {
      sample.units[index].status = .refused
    }
    guard let list, let next else {
      sample.log.append(
        ReplacementRecord(
          sequence: sample.log.count + 1, refused: name, reason: reason, replacement: nil,
          stratum: stage))
      return ClusterReplacement(refused: name, replacement: nil, units: [])
    }
    sample.reserves[list].units[next].taken = true
    let incoming = sample.reserves[list].units[next].kommunenummer

    var request = SampleRequest(
      design: plan.design, size: plan.requestedSize, seed: plan.seed,
      reserves: plan.reservesPerStratum,
      filter: try plan.filter.map { text throws(StudyplanError) in
        try FrameFilter.parse(text, frame: frame)
      },
      membersPerCluster: plan.membersPerCluster)
    request.pairWithin = plan.pairWithin ?? .cooperation
    request.pairWith = plan.pairWith ?? .central
    request.membersBy = plan.membersBy.flatMap(FrameField.init(rawValue:))
    let eligible = request.filter?.apply(to: frame).matched ?? frame.units
    var context = DrawContext(request: request, frame: frame, eligible: eligible)
    context.drawn = Set(sample.units.map(\.kommunenummer))
    let ranked = plan.strataPlan.first { $0.key == stage }?.units.count ?? 1
    let share = Double(plan.requestedSize) / Double(max(ranked, 1))
    if plan.design == .paired {
      context.drawPair(incoming, in: try context.pairGroups(), share: share)
    } else {
      try context.drawMembers(of: incoming, in: context.eligibleClusters(), share: share)
    }
    var order = sample.units.map(\.drawOrder).max() ?? 0
    var added: [SampledUnit] = []
    for var unit in context.units {
      order += 1
      unit.drawOrder = order
      unit.status = .replacement
      unit.replaces = name
      added.append(unit)
    }
    sample.units += added
    sample.reserves += context.reserves
    sample.plan.replacementStrata = (plan.replacementStrata ?? []) + context.strataPlan
    sample.log.append(
      ReplacementRecord(
        sequence: sample.log.count + 1, refused: name, reason: reason, replacement: incoming,
        stratum: stage))
    return ClusterReplacement(refused: name, replacement: incoming, units: added)
  }
}

extension SampleDrawer {
  /// A purposive selection with the case `old` swapped for `new`, for the planner's `reason`;
  /// the new case's criteria cell is worked out on `frame`.
  public static func swap(
    _ sample: ProtocolSample, out old: String, in new: String, reason: String,
    frame: SamplingFrame
  ) throws(StudyplanError) -> ProtocolSample {
    guard sample.plan.design == .purposive else {
      throw .sampleInvalid(
        problem: "only a purposive selection swaps cases; a drawn unit is replaced with "
          + "'replace UNIT --reason CODE'")
    }
    guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw .sampleInvalid(problem: "a swap needs a reason")
    }
    let level = sample.plan.level ?? .municipality
    func id(_ text: String) throws(StudyplanError) -> String {
      if sample.plan.purposive.contains(where: { $0.kommunenummer == text }) { return text }
      return level == .cooperation
        ? try frame.resolveCooperation(text).name : try frame.resolve(text).kommunenummer
    }
    let outID = try id(old)
    let inID = try id(new)
    guard let position = sample.plan.purposive.firstIndex(where: { $0.kommunenummer == outID })
    else { throw .notInSample(old) }
    guard !sample.plan.purposive.contains(where: { $0.kommunenummer == inID }) else {
      throw .sampleInvalid(problem: "'\(new)' is already in the selection")
    }
    var request = SampleRequest(design: .purposive, size: 0, seed: "")
    request.level = level
    request.criteria = sample.plan.criteria ?? []
    request.filter = try sample.plan.filter.map { text throws(StudyplanError) in
      try FrameFilter.parse(text, frame: frame)
    }
    let eligible = request.filter?.apply(to: frame).matched ?? frame.units
    let context = DrawContext(request: request, frame: frame, eligible: eligible)
    let candidates = try context.candidates()
    let name: String
    let cell: String?
    if let found = candidates.first(where: { $0.id == inID }) {
      name = found.name
      cell = request.criteria.isEmpty ? nil : found.cell
    } else if level == .municipality, let unit = frame.unit(inID) {
      let fields = request.criteria.compactMap { FrameField(rawValue: $0) }
      name = unit.name
      cell = fields.isEmpty ? nil : SamplingFrame.stratumKey(of: unit, fields: fields)
    } else {
      throw .sampleInvalid(problem: "'\(new)' has no member that matches the filter")
    }
    var result = sample
    result.plan.purposive[position] = PurposiveChoice(
      kommunenummer: inID, reason: reason, cell: cell)
    result.plan.purposive[position].swappedFor = outID
    if let unit = result.units.firstIndex(where: { $0.kommunenummer == outID }) {
      result.units[unit].kommunenummer = inID
      result.units[unit].name = name
      result.units[unit].reason = reason
      if level == .cooperation { result.units[unit].cluster = inID }
    }
    if let stratum = result.plan.strataPlan.firstIndex(where: { $0.key == "purposive" }) {
      result.plan.strataPlan[stratum].units = result.plan.purposive.map(\.kommunenummer)
    }
    return result
  }
}
