extension DrawContext {
  /// The cooperations with their eligible members (kommunenummer order), by name order.
  func eligibleClusters() -> [(name: String, members: [FrameUnit])] {
    let byNumber = Dictionary(uniqueKeysWithValues: eligible.map { ($0.kommunenummer, $0) })
    return frame.cooperations
      .map { cooperation in
        (
          cooperation.name,
          cooperation.members.compactMap { byNumber[$0] }
            .sorted { $0.kommunenummer < $1.kommunenummer }
        )
      }
      .filter { !$0.1.isEmpty }
      .sorted { Allocator.precedes($0.0, $1.0) }
  }

  /// The 2020 municipalities with their eligible predecessors, named `NNNN Name`, by name order.
  ///
  /// A unit split between several successors belongs to each of them (it can be drawn in one
  /// only: a unit already drawn is skipped).
  func eligibleSuccessorGroups() -> [(name: String, members: [FrameUnit])] {
    var groups: [String: [FrameUnit]] = [:]
    for unit in eligible {
      for successor in unit.units2020 {
        groups["\(successor.kommunenummer) \(successor.shortName)", default: []].append(unit)
      }
    }
    return groups.map { ($0.key, $0.value.sorted { $0.kommunenummer < $1.kommunenummer }) }
      .sorted { Allocator.precedes($0.0, $1.0) }
  }

  /// Ranks the cooperations under `key` and keeps the first `count`, recording the stage.
  private mutating func chooseClusters(
    key: String, names: [String], count: Int
  ) throws(StudyplanError) -> [String] {
    guard count <= names.count else {
      throw .stratumTooSmall(stratum: key, requested: count, available: names.count)
    }
    let outcome = SampleDrawer.drawStratum(
      key: key, ids: names, allocated: count, seed: request.seed, reserves: request.reserves)
    strataPlan.append(StratumPlan(key: key, units: names, allocated: count))
    reserves.append(
      StratumReserves(
        stratum: key,
        units: outcome.reserves.map {
          ReserveUnit(kommunenummer: names[$0.index], name: names[$0.index], rank: $0.rank)
        }))
    return outcome.selected.map { names[$0.index] }
  }

  /// The groups a paired draw ranks, each with its small side and its partner side.
  ///
  /// With `--pair-with centre` the partner is the ByR region's regional centre (the applicant
  /// municipality), when it is eligible; the small side leaves the centre out.
  func pairGroups() throws(StudyplanError) -> [(name: String, small: [String], partner: [String])] {
    if request.pairWithin == .municipality, frame.layer != .year2019 {
      throw .sampleInvalid(
        problem: "--pair-within municipality pairs 2019 municipalities that became one in 2020; "
          + "it needs 2019 units (--units 2019)")
    }
    let groups =
      request.pairWithin == .municipality ? eligibleSuccessorGroups() : eligibleClusters()
    if request.pairWith == .centre {
      guard request.pairWithin == .cooperation else {
        throw .sampleInvalid(
          problem: "--pair-with centre pairs within ByR regions (their applicant municipality); "
            + "a new municipality has no recorded centre")
      }
      return groups.compactMap { group in
        guard let centre = frame.centres[group.name],
          group.members.contains(where: { $0.kommunenummer == centre })
        else { return nil }
        let small = group.members.filter {
          ($0.ownCentrality ?? 0) >= 5 && $0.kommunenummer != centre
        }
        .map(\.kommunenummer)
        return small.isEmpty ? nil : (group.name, small, [centre])
      }
    }
    return groups.compactMap { group in
      let small = group.members.filter { ($0.ownCentrality ?? 0) >= 5 }.map(\.kommunenummer)
      let central = group.members.filter { ($0.ownCentrality ?? 7) <= 4 }.map(\.kommunenummer)
      return small.isEmpty || central.isEmpty ? nil : (group.name, small, central)
    }
  }

  /// The name of the partner side in stratum keys: `central`, or `centre` with --pair-with centre.
  var partnerSide: String { request.pairWith == .centre ? "centre" : "central" }

  /// Paired: rank the groups that have both a small (class 5–6) and a partner member; in each
  /// chosen one, draw one small member and one partner.
  mutating func drawPaired() throws(StudyplanError) {
    let clusters = try pairGroups()
    let chosen = try chooseClusters(key: "pairs", names: clusters.map(\.name), count: request.size)
    let share = Double(request.size) / Double(max(clusters.count, 1))
    for name in chosen { drawPair(name, in: clusters, share: share) }
  }

  /// Draws one small member and one partner of the group `name`.
  mutating func drawPair(
    _ name: String, in clusters: [(name: String, small: [String], partner: [String])],
    share: Double
  ) {
    guard let cluster = clusters.first(where: { $0.name == name }) else { return }
    for (side, ids) in [("small", cluster.small), (partnerSide, cluster.partner)] {
      take(
        key: "pair=\(name)/side=\(side)", ids: ids, allocated: 1,
        probability: { size in share / Double(size) }, cluster: name, pairRole: side)
    }
  }

  /// Two-stage: rank the cooperations with eligible members, keep `size` of them, then draw
  /// `membersPerCluster` members (all when nil) of each, by within-cluster strata if asked.
  mutating func drawTwoStage() throws(StudyplanError) {
    if request.membersBy != nil, let members = request.membersPerCluster, members < 2 {
      throw .sampleInvalid(
        problem: "--members-by needs --members 2 or more, so that each group can give one")
    }
    let clusters = eligibleClusters()
    let chosen = try chooseClusters(
      key: "clusters", names: clusters.map(\.name), count: request.size)
    let share = Double(request.size) / Double(max(clusters.count, 1))
    for name in chosen { try drawMembers(of: name, in: clusters, share: share) }
  }

  /// The within-cluster strata of a cooperation's members: `centrality=1-4` and
  /// `centrality=5-6` for `--members-by centrality`, the field's values for another field.
  func memberStrata(_ members: [FrameUnit]) -> [(key: String, ids: [String])] {
    guard let field = request.membersBy else {
      return [("", members.map(\.kommunenummer))]
    }
    var groups: [String: [String]] = [:]
    for member in members {
      let value =
        field == .centrality
        ? centralityGroup(member) : field.value(of: member).text
      groups["\(field.rawValue)=\(value)", default: []].append(member.kommunenummer)
    }
    return groups.keys.sorted(by: Allocator.precedes).map { ($0, groups[$0] ?? []) }
  }

  /// `5-6`, `1-4` or `unknown`: the member's own class (2018 version for 2019 units).
  func centralityGroup(_ member: FrameUnit) -> String {
    guard let own = member.ownCentrality else { return "unknown" }
    return own >= 5 ? "5-6" : "1-4"
  }

  /// Draws the members of the cooperation `name`: `membersPerCluster` (all when nil), shared
  /// among its within-cluster strata by the equal (round-robin) rule.
  mutating func drawMembers(
    of name: String, in clusters: [(name: String, members: [FrameUnit])], share: Double
  ) throws(StudyplanError) {
    guard let cluster = clusters.first(where: { $0.name == name }) else { return }
    let strata = memberStrata(cluster.members)
    let total = cluster.members.count
    let wanted = min(request.membersPerCluster ?? total, total)
    let allocation = try Allocator.equal(
      wanted, strata.map { Allocator.Stratum(key: $0.key, size: $0.ids.count) })
    for (stratum, allocated) in zip(strata, allocation) {
      let key = "cluster=\(name)" + (stratum.key.isEmpty ? "" : "/\(stratum.key)")
      take(
        key: key, ids: stratum.ids, allocated: allocated,
        probability: { size in share * Double(allocated) / Double(size) }, cluster: name)
    }
  }
}
