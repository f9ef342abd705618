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
      reserves: sample.reserves.reduce(0) { $0 + $1.units.count }, seed: plan.seed,
      algorithm: plan.algorithm, software: software,
      nonParticipation: reasons.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    self.datasets = plan.dataVersions
    let cooperationWords = ["byr", "cooperation"]
    let text = ((plan.filter ?? "") + " " + plan.strata.joined(separator: " ")).lowercased()
    self.usesPartialMemberLists =
      plan.dataVersions.contains { $0.id == "byr-medlemmer" }
      && (plan.design == .paired || plan.design == .twoStage
        || cooperationWords.contains { text.contains($0) })
    let names = Dictionary(
      sample.units.map { ($0.kommunenummer, $0.name) }, uniquingKeysWith: { first, _ in first })
    self.purposive = plan.purposive.map {
      (
        "\($0.kommunenummer) \(names[$0.kommunenummer] ?? "")".trimmingCharacters(in: .whitespaces),
        $0.reason
      )
    }
  }
}
