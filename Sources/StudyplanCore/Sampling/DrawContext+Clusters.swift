extension DrawContext {
  /// The cooperations with their eligible members (kommunenummer order), by name order.
  private func eligibleClusters() -> [(name: String, members: [FrameUnit])] {
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
  /// A unit split between several successors belongs to none: it has no single new municipality.
  private func eligibleSuccessorGroups() -> [(name: String, members: [FrameUnit])] {
    var groups: [String: [FrameUnit]] = [:]
    for unit in eligible where unit.successors.count == 1 {
      let successor = unit.successors[0]
      groups["\(successor.kommunenummer) \(successor.shortName)", default: []].append(unit)
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

  /// Paired: rank the cooperations that have both a small (class 5–6) and a central (class
  /// 1–4) eligible member; in each chosen one, draw one small and one central member.
  mutating func drawPaired() throws(StudyplanError) {
    let groups =
      request.pairWithin == .municipality ? eligibleSuccessorGroups() : eligibleClusters()
    let clusters = groups.compactMap { cluster -> (String, [String], [String])? in
      let small = cluster.members.filter { $0.centrality >= 5 }.map(\.kommunenummer)
      let central = cluster.members.filter { $0.centrality <= 4 }.map(\.kommunenummer)
      return small.isEmpty || central.isEmpty ? nil : (cluster.name, small, central)
    }
    let chosen = try chooseClusters(key: "pairs", names: clusters.map(\.0), count: request.size)
    let share = Double(request.size) / Double(max(clusters.count, 1))
    for name in chosen {
      guard let cluster = clusters.first(where: { $0.0 == name }) else { continue }
      for (side, ids) in [("small", cluster.1), ("central", cluster.2)] {
        take(
          key: "pair=\(name)/side=\(side)", ids: ids, allocated: 1,
          probability: { size in share / Double(size) }, cluster: name, pairRole: side)
      }
    }
  }

  /// Two-stage: rank the cooperations with eligible members, keep `size` of them, then draw
  /// `membersPerCluster` members (all when nil) of each.
  mutating func drawTwoStage() throws(StudyplanError) {
    let clusters = eligibleClusters()
    let chosen = try chooseClusters(
      key: "clusters", names: clusters.map(\.name), count: request.size)
    let share = Double(request.size) / Double(max(clusters.count, 1))
    for name in chosen {
      guard let cluster = clusters.first(where: { $0.name == name }) else { continue }
      let ids = cluster.members.map(\.kommunenummer)
      let allocated = min(request.membersPerCluster ?? ids.count, ids.count)
      take(
        key: "cluster=\(name)", ids: ids, allocated: allocated,
        probability: { size in share * Double(allocated) / Double(size) }, cluster: name)
    }
  }
}
