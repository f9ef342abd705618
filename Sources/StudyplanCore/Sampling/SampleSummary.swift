/// A plain-text account of a sample for the REPL: the plan, the units, reserves and the log.
public enum SampleSummary {
  /// The text `sample` prints after a draw (and `show` may reuse); with `lineage`, a sample of
  /// 2020 or 2024 units lists each unit's 2019 predecessors, and units that were one
  /// municipality are named.
  public static func text(
    _ sample: ProtocolSample, reservesShown: Int = 3, lineage: MunicipalityLineage? = nil
  ) -> String {
    let plan = sample.plan
    var out: [String] = []
    var head = "\(plan.design.rawValue) sample"
    if plan.unitLayer != .standard { head += ", units \(plan.unitLayer.rawValue)" }
    if plan.design.isRandom { head += ", seed '\(plan.seed)'" }
    if let level = plan.level, level == .cooperation { head += ", units: cooperations" }
    if let logic = plan.logic { head += ", logic \(logic.rawValue)" }
    if let criteria = plan.criteria, !criteria.isEmpty {
      head += ", criteria \(criteria.joined(separator: ","))"
    }
    if let membersBy = plan.membersBy { head += ", members by \(membersBy)" }
    if plan.pairWith == .centre { head += ", paired with the regional centre" }
    if let allocation = plan.allocation { head += ", \(allocation.rawValue) allocation" }
    if !plan.strata.isEmpty { head += ", strata \(plan.strata.joined(separator: ","))" }
    out.append(head)
    out.append(
      "frame: \(plan.eligibleCount) eligible unit(s)"
        + (plan.filter.map { " matching '\($0)'" } ?? "")
        + (plan.unjudgedCount > 0
          ? "; \(plan.unjudgedCount) could not be judged (unknown values) and were left out" : ""))
    let rows = sample.units.map { unit in
      [
        String(unit.drawOrder), unit.kommunenummer == unit.name ? "-" : unit.kommunenummer,
        unit.name, unit.stratum,
        unit.inclusionProbability.map(SampleCSVRenderer.probabilityText) ?? "-",
        unit.status == .drawn
          ? ""
          : unit.status.rawValue
            + (unit.replaces.map { " (for \($0))" } ?? ""),
      ]
    }
    out += FrameRenderer.alignedRows([["#", "nr", "name", "stratum", "p", "status"]] + rows)
    if let lineage { out += predecessorLines(sample, lineage: lineage) }
    for choice in plan.purposive {
      let name = sample.units.first { $0.kommunenummer == choice.kommunenummer }?.name
      let label = name.map { $0 == choice.kommunenummer ? $0 : "\(choice.kommunenummer) \($0)" }
      out.append(
        "case \(label ?? choice.kommunenummer)" + (choice.cell.map { " [\($0)]" } ?? "")
          + ": \(choice.reason)")
    }
    let strata = Set(sample.units.map(\.stratum)).union(["clusters", "pairs"])
    for list in sample.reserves
    where strata.contains(list.stratum) && list.stratum != "purposive" && list.stratum != "census" {
      let open = list.units.filter { !$0.taken }
      guard !open.isEmpty else {
        out.append("reserves \(list.stratum): none left")
        continue
      }
      let shown = open.prefix(reservesShown).map {
        $0.kommunenummer == $0.name ? $0.name : "\($0.kommunenummer) \($0.name)"
      }
      let more = open.count > reservesShown ? " … (\(open.count) in all)" : ""
      out.append("reserves \(list.stratum): " + shown.joined(separator: ", ") + more)
    }
    if plan.design.isRandom {
      out.append("reserves left: \(sample.openReserveCount)")
    }
    for record in sample.log {
      out.append(
        "log \(record.sequence): \(record.refused) \(record.reason.rawValue) → "
          + (record.replacement ?? "no reserve left (non-response)") + " (\(record.stratum))")
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// For a sample of 2020 or 2024 units: each active unit's 2019 predecessors, then the units
  /// that were one municipality before a split.
  public static func predecessorLines(_ sample: ProtocolSample, lineage: MunicipalityLineage)
    -> [String]
  {
    let layer = sample.plan.unitLayer
    guard layer != .year2019, sample.plan.level != .cooperation else { return [] }
    var lines = ["2019 predecessors:"]
    for unit in sample.activeUnits {
      let old = lineage.predecessors2019(of: unit.kommunenummer, in: layer).map(\.label)
      guard !old.isEmpty else { continue }
      lines.append("  \(unit.kommunenummer) \(unit.name): " + old.joined(separator: ", "))
    }
    for shared in SharedMunicipality.find(in: sample, lineage: lineage)
    where shared.relation != .partOf {
      lines.append("note: " + shared.message)
    }
    return lines.count > 1 ? lines : []
  }
}
