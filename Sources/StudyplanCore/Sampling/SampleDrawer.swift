/// Draws samples from the frame by the documented algorithm (docs/sampling.md).
///
/// Same request and frame ⇒ the same sample and reserves on every machine.
public enum SampleDrawer {
  /// Draws the sample `request` describes from `frame` (as the frame of the request's units).
  public static func draw(
    _ request: SampleRequest, frame given: SamplingFrame
  ) throws(StudyplanError) -> ProtocolSample {
    let frame = given.inLayer(request.units)
    guard !request.design.isRandom || request.size > 0 || request.allocation == .explicit
    else {
      throw .sampleInvalid(problem: "the sample size must be at least 1")
    }
    let filtered = request.filter?.apply(to: frame)
    var eligible = filtered?.matched ?? frame.units
    if request.design.isRandom && !request.purposive.isEmpty {
      // Units added on purpose are not part of the draw: they leave the eligible units first.
      var added: Set<String> = []
      for choice in request.purposive {
        added.insert(try frame.resolve(choice.kommunenummer).kommunenummer)
      }
      eligible.removeAll { added.contains($0.kommunenummer) }
    }
    var context = DrawContext(request: request, frame: frame, eligible: eligible)
    context.unjudged = filtered?.unjudged.count ?? 0
    switch request.design {
    case .simple, .stratified: try context.drawStratified()
    case .purposive: try context.drawPurposive()
    case .census: try context.drawCensus()
    case .paired: try context.drawPaired()
    case .twoStage: try context.drawTwoStage()
    }
    if request.design.isRandom { try context.addPurposive() }
    return context.sample()
  }

  /// One stratum's outcome, as indices into its ids: the drawn ones and the reserves, each in
  /// rank order, with each index's rank (from 1).
  public struct StratumOutcome: Sendable {
    /// Drawn ids' indices with their ranks.
    public var selected: [(index: Int, rank: Int)]
    /// Reserve ids' indices with their ranks.
    public var reserves: [(index: Int, rank: Int)]
  }

  /// Ranks one stratum and splits it into drawn units and reserves, skipping `excluded` ids
  /// (units already drawn in an earlier stratum).
  public static func drawStratum(
    key: String, ids: [String], allocated: Int, seed: String, reserves: Int?,
    excluded: Set<String> = []
  ) -> StratumOutcome {
    let skipped = excluded.isEmpty ? 0 : ids.reduce(0) { $0 + (excluded.contains($1) ? 1 : 0) }
    let limit = reserves.map { allocated + $0 + skipped }
    let order = SampleRanking.order(ids: ids, seed: seed, stratum: key, limit: limit)
    var outcome = StratumOutcome(selected: [], reserves: [])
    outcome.selected.reserveCapacity(allocated)
    for (position, index) in order.enumerated() {
      if !excluded.isEmpty && excluded.contains(ids[index]) { continue }
      if outcome.selected.count < allocated {
        outcome.selected.append((index, position + 1))
      } else if let reserves, outcome.reserves.count >= reserves {
        break
      } else {
        outcome.reserves.append((index, position + 1))
      }
    }
    return outcome
  }
}
