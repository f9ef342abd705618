/// Purposive selections (listed by the planner or proposed by a named logic), censuses and
/// units added on purpose to a random draw. None of these uses the ranking: no seed, no ranks,
/// no reserves.
extension DrawContext {
  /// A candidate case: its id (kommunenummer or cooperation name), name, cell and measure.
  struct Candidate {
    var id: String
    var name: String
    var cell: String
    var measure: Int?
  }

  /// The default measure of a proposal: the centrality index for municipalities (in the units'
  /// own version: 2018, 2020 or 2024), the number of members for cooperations.
  var measureName: String {
    guard request.level == .municipality else { return request.measure ?? "members" }
    return request.measure
      ?? (FrameField.centralityIndex.counterpart(in: frame.layer) ?? .centralityIndex).rawValue
  }

  /// The eligible cooperations: those with at least one eligible member, by name order.
  var eligibleCooperations: [Cooperation] {
    let numbers = Set(eligible.map(\.kommunenummer))
    return frame.cooperations.filter { $0.members.contains { numbers.contains($0) } }
      .sorted { Allocator.precedes($0.name, $1.name) }
  }

  /// The candidates at the request's level, with their criteria cell and measure.
  func candidates() throws(StudyplanError) -> [Candidate] {
    switch request.level {
    case .municipality:
      let fields = try request.criteria.map { name throws(StudyplanError) in
        try FrameField.named(name, in: frame.layer)
      }
      let measure = try FrameField.named(measureName, in: frame.layer)
      guard measure.isNumeric else {
        throw .sampleInvalid(problem: "the measure '\(measureName)' is not a numeric field")
      }
      return eligible.map { unit in
        let value = measure.value(of: unit)
        return Candidate(
          id: unit.kommunenummer, name: unit.name,
          cell: SamplingFrame.stratumKey(of: unit, fields: fields),
          measure: { if case .number(let n) = value { n } else { nil } }())
      }
    case .cooperation:
      let fields = try request.criteria.map { name throws(StudyplanError) in
        try CooperationField.named(name)
      }
      let measure = try CooperationField.named(measureName)
      guard measure.isNumeric else {
        throw .sampleInvalid(problem: "the measure '\(measureName)' is not a numeric field")
      }
      return eligibleCooperations.map { cooperation in
        let cell =
          fields.isEmpty
          ? "all"
          : fields.map { "\($0.rawValue)=\($0.value(of: cooperation, in: frame).text)" }
            .joined(separator: "/")
        let value = measure.value(of: cooperation, in: frame)
        return Candidate(
          id: cooperation.name, name: cooperation.name, cell: cell,
          measure: { if case .number(let n) = value { n } else { nil } }())
      }
    }
  }

  /// A census: every eligible unit (or cooperation), each with probability 1.
  mutating func drawCensus() throws(StudyplanError) {
    let all = try candidates()
    guard !all.isEmpty else {
      throw .sampleInvalid(problem: "the census has no units: no unit matches the filter")
    }
    for candidate in all {
      drawn.insert(candidate.id)
      units.append(
        SampledUnit(
          kommunenummer: candidate.id, name: candidate.name, stratum: "census",
          drawOrder: units.count + 1, rank: nil, inclusionProbability: 1,
          cluster: request.level == .cooperation ? candidate.id : nil))
    }
    strataPlan.append(StratumPlan(key: "census", units: all.map(\.id), allocated: all.count))
    reserves.append(StratumReserves(stratum: "census", units: []))
  }

  /// A purposive selection: the planner's list, or a proposal by the request's logic.
  mutating func drawPurposive() throws(StudyplanError) {
    let all = try candidates()
    var choices = request.purposive
    if request.logic != .planner {
      guard choices.isEmpty else {
        throw .sampleInvalid(
          problem: "a proposal (--logic \(request.logic.rawValue)) lists no units; draw it, "
            + "then swap cases with 'swap OLD NEW \"REASON\"'")
      }
      choices = Self.propose(
        all, logic: request.logic, perCell: request.perCell,
        measure: measureName)
      guard !choices.isEmpty else {
        throw .sampleInvalid(problem: "no unit matches the filter; nothing to propose")
      }
    }
    guard !choices.isEmpty else {
      throw .sampleInvalid(
        problem: "a purposive sample lists its units, a reason each, or proposes them with "
          + "--logic maximum-variation|typical|extreme")
    }
    let byID = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var ids: [String] = []
    for choice in choices {
      guard !choice.reason.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw .sampleInvalid(problem: "'\(choice.kommunenummer)' needs a reason")
      }
      guard !drawn.contains(choice.kommunenummer) else {
        throw .sampleInvalid(problem: "'\(choice.kommunenummer)' is listed twice")
      }
      let candidate = try candidate(choice.kommunenummer, in: byID)
      drawn.insert(candidate.id)
      ids.append(candidate.id)
      var recorded = choice
      recorded.cell = request.criteria.isEmpty ? nil : candidate.cell
      chosen.append(recorded)
      units.append(
        SampledUnit(
          kommunenummer: candidate.id, name: candidate.name, stratum: "purposive",
          drawOrder: units.count + 1, rank: nil, inclusionProbability: nil,
          reason: choice.reason,
          cluster: request.level == .cooperation ? candidate.id : nil))
    }
    strataPlan.append(StratumPlan(key: "purposive", units: ids, allocated: ids.count))
    reserves.append(StratumReserves(stratum: "purposive", units: []))
  }

  /// A listed unit as a candidate: an eligible one, or (for a planner's list) any unit of the
  /// level, so that a planner may choose a case outside the filter on purpose.
  private func candidate(
    _ id: String, in byID: [String: Candidate]
  ) throws(StudyplanError) -> Candidate {
    if let found = byID[id] { return found }
    switch request.level {
    case .municipality:
      let unit = try frame.resolve(id)
      let fields = request.criteria.compactMap { FrameField(rawValue: $0) }
      return Candidate(
        id: unit.kommunenummer, name: unit.name,
        cell: SamplingFrame.stratumKey(of: unit, fields: fields), measure: nil)
    case .cooperation:
      let cooperation = try frame.resolveCooperation(id)
      if let found = byID[cooperation.name] { return found }
      throw .sampleInvalid(
        problem: "'\(cooperation.name)' has no member that matches the filter")
    }
  }

  /// Units listed on purpose alongside a random draw (a mixed design), after the drawn ones.
  mutating func addPurposive() throws(StudyplanError) {
    for choice in request.purposive {
      let unit = try frame.resolve(choice.kommunenummer)
      guard !choice.reason.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw .sampleInvalid(problem: "'\(unit.label)' needs a reason")
      }
      guard !drawn.contains(unit.kommunenummer) else {
        throw .sampleInvalid(problem: "'\(unit.label)' is listed twice")
      }
      drawn.insert(unit.kommunenummer)
      chosen.append(choice)
      additions += 1
      units.append(
        SampledUnit(
          kommunenummer: unit.kommunenummer, name: unit.name, stratum: "purposive",
          drawOrder: units.count + 1, rank: nil, inclusionProbability: nil,
          reason: choice.reason))
    }
    if additions > 0 {
      strataPlan.append(
        StratumPlan(key: "purposive", units: chosen.map(\.kommunenummer), allocated: additions))
      reserves.append(StratumReserves(stratum: "purposive", units: []))
    }
  }

  /// The deterministic proposal of `logic`: cells in key order (UTF-8 bytes), `perCell` cases
  /// from each, chosen by the measure (ties by id), with the reason for each.
  static func propose(
    _ candidates: [Candidate], logic: SelectionLogic, perCell: Int, measure: String
  ) -> [PurposiveChoice] {
    var cells: [String: [Candidate]] = [:]
    for candidate in candidates { cells[candidate.cell, default: []].append(candidate) }
    var result: [PurposiveChoice] = []
    for key in cells.keys.sorted(by: Allocator.precedes) {
      let sorted = (cells[key] ?? []).filter { $0.measure != nil }.sorted { a, b in
        a.measure != b.measure
          ? (a.measure ?? 0) < (b.measure ?? 0) : Allocator.precedes(a.id, b.id)
      }
      guard !sorted.isEmpty else { continue }
      let count = min(perCell, sorted.count)
      let picks = positions(logic: logic, values: sorted.map { $0.measure ?? 0 }, count: count)
      let median = sorted[(sorted.count - 1) / 2].measure ?? 0
      for (position, role) in picks {
        let candidate = sorted[position]
        let value = candidate.measure ?? 0
        let reason =
          "\(role.text) \(measure) (\(value)) of the \(sorted.count) in cell \(key)"
          + (logic == .typical ? "; the cell's median is \(median)" : "")
        var choice = PurposiveChoice(kommunenummer: candidate.id, reason: reason, cell: key)
        choice.basis = role.basis(
          measure: measure, value: value, cellSize: sorted.count,
          median: logic == .typical ? median : nil)
        result.append(choice)
      }
    }
    return result
  }

  /// Where a proposed case stands within its cell.
  enum PickRole {
    case lowest(Int)
    case highest(Int)
    case median, nearMedian
    case spread(Int, Int)

    var text: String {
      switch self {
      case .lowest(let place): ordinal(place) + "lowest"
      case .highest(let place): ordinal(place) + "highest"
      case .median: "median"
      case .nearMedian: "near-median"
      case .spread(let index, let count): "point \(index) of \(count), evenly spread, by"
      }
    }

    func basis(measure: String, value: Int, cellSize: Int, median: Int?) -> ProposalBasis {
      let (position, place, of): (String, Int, Int?) =
        switch self {
        case .lowest(let place): ("lowest", place, nil)
        case .highest(let place): ("highest", place, nil)
        case .median: ("median", 1, nil)
        case .nearMedian: ("near-median", 1, nil)
        case .spread(let index, let count): ("spread", index, count)
        }
      return ProposalBasis(
        position: position, place: place, of: of, measure: measure, value: value,
        cellSize: cellSize, median: median)
    }

    private func ordinal(_ place: Int) -> String {
      switch place {
      case 1: ""
      case 2: "2nd "
      case 3: "3rd "
      default: "\(place)th "
      }
    }
  }

  /// The positions (in measure order) a logic picks, `count` of them, in pick order.
  static func positions(logic: SelectionLogic, values: [Int], count: Int) -> [(Int, PickRole)] {
    let n = values.count
    switch logic {
    case .planner:
      return []
    case .maximumVariation:
      if count == 1 { return [((n - 1) / 2, .median)] }
      return (0..<count).map { index in
        let position = (2 * index * (n - 1) + (count - 1)) / (2 * (count - 1))
        let role: PickRole =
          index == 0 ? .lowest(1) : index == count - 1 ? .highest(1) : .spread(index + 1, count)
        return (position, role)
      }
    case .typical:
      let median = values[(n - 1) / 2]
      let order = values.indices.sorted { a, b in
        let da = abs(values[a] - median)
        let db = abs(values[b] - median)
        return da != db ? da < db : a < b
      }
      return order.prefix(count).map { ($0, $0 == (n - 1) / 2 ? .median : .nearMedian) }
    case .extreme:
      var result: [(Int, PickRole)] = []
      var low = 0
      var high = n - 1
      while result.count < count && low <= high {
        result.append((low, .lowest(low + 1)))
        low += 1
        if result.count < count && low <= high {
          result.append((high, .highest(n - high)))
          high -= 1
        }
      }
      return result
    }
  }
}
