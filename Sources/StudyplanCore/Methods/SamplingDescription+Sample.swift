extension SamplingDescription {
  /// What the methods text says about a drawn sample: design, data versions with their hashes,
  /// criteria, strata and allocation, seed and algorithm, reserves and non-participation.
  public init(_ sample: ProtocolSample, software: String? = nil) {
    let plan = sample.plan
    let versions = plan.dataVersions.map { "\($0.label) (SHA-256 \($0.sha256.prefix(12))…)" }
    var reasons: [String: Int] = [:]
    for record in sample.log { reasons[record.reason.rawValue, default: 0] += 1 }
    self.init(
      design: plan.design.rawValue, frameVersion: versions.first,
      dataVersions: Array(versions.dropFirst()), criteria: plan.filter.map { [$0] } ?? [],
      strata: plan.strata, allocation: plan.strataPlan.map { ($0.key, $0.allocated) },
      allocationRule: plan.allocation?.rawValue, sampleSize: sample.activeUnits.count,
      reserves: sample.openReserveCount, seed: plan.seed,
      algorithm: plan.algorithm, software: software,
      nonParticipation: reasons.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    self.datasets = plan.dataVersions
    let cooperationWords = ["byr", "cooperation"]
    let text = ((plan.filter ?? "") + " " + plan.strata.joined(separator: " ")).lowercased()
    self.usesPartialMemberLists =
      plan.dataVersions.contains { $0.id == "byr-medlemmer" }
      && (plan.design == .paired || plan.design == .twoStage
        || cooperationWords.contains { text.contains($0) })
    isRandom = plan.design.isRandom
    level = plan.level
    logic = plan.logic
    selectionCriteria = plan.criteria ?? []
    membersBy = plan.membersBy
    pairedWithCentre = plan.pairWith == .centre
    units = plan.unitLayer
    swapped = plan.purposive.filter { $0.swappedFor != nil }.count
    cases = plan.purposive.map { choice in
      let name = sample.units.first { $0.kommunenummer == choice.kommunenummer }?.name
      let label =
        name.map { $0 == choice.kommunenummer ? $0 : "\(choice.kommunenummer) \($0)" }
        ?? choice.kommunenummer
      return SelectedCase(
        label: label, cell: choice.cell, reason: choice.basis == nil ? choice.reason : nil,
        basis: choice.basis)
    }
    if !isRandom {
      seed = nil
      algorithm = nil
      reserves = nil
      if plan.design == .purposive { allocation = [] }
    } else if !cases.isEmpty {
      allocation.removeAll { $0.stratum == "purposive" }
    }
  }
}
