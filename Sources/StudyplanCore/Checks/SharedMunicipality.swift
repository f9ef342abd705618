/// Sampled units that are, or were, one municipality: drawn 2019 units that became part of the
/// same municipality (Berg and Lenvik, both Senja since 2020), or drawn 2024 units that were one
/// before a split (Ålesund and Haram, one municipality 2020–2023).
///
/// Units that became one share a present-day office: a current mayor for both is one person.
public struct SharedMunicipality: Equatable, Sendable {
  /// How the units relate to `municipality`.
  public enum Relation: String, Sendable {
    /// The units are part of `municipality` (a later one): they share its current offices.
    case partOf
    /// The units were `municipality` (an earlier one) before it was split.
    case splitFrom
    /// Each unit holds a part of `municipality` (an earlier one), and more besides.
    case holdPartOf
  }

  /// How the units relate to the municipality.
  public var relation: Relation
  /// The municipality they became part of, or were split from.
  public var municipality: LayerMunicipality
  /// What `municipality` is on 1 January 2024, when that differs from it (renumbered by the
  /// county split, or split itself).
  public var today: [LayerMunicipality]
  /// The sampled units, labels in the sample's order.
  public var units: [String]
  /// The sampled units' ids (kommunenummer), in the same order.
  public var unitIDs: [String]
  /// The units of which only a part belongs to `municipality` (a split one), labels.
  public var partial: [String]
  /// When they became one (`partOf`) or were split (`splitFrom`), `YYYY-MM-DD`, when known.
  public var date: String?
  /// When `municipality` was split into `today`'s municipalities, `YYYY-MM-DD`, when it was.
  public var todaySince: String? = nil
  /// Whether the design put them together: a pair drawn within one new municipality
  /// (`--pair-within municipality`) shares it on purpose.
  public var isByDesign: Bool = false

  /// The present-day municipalities the units share: `today`, or `municipality` itself.
  public var presentDay: [LayerMunicipality] { today.isEmpty ? [municipality] : today }

  /// The one-line message for the REPL and `check`.
  public var message: String { sentence(.en) }

  /// What the shared municipality means for current office-holders, in English: one office
  /// for them all, or the offices of the municipalities the area is today.
  public var officeRemark: String {
    presentDay.count == 1
      ? "one current office for them all"
      : "one office" + (todaySince.map { " until \(Prose.date($0, language: .en))" } ?? "")
        + "; the data do not say which of today's is whose"
  }

  /// The sentence in `language`: "1929 Berg and 1931 Lenvik are both part of 5530 Senja since
  /// 1 January 2020".
  public func sentence(_ language: Language) -> String {
    let nb = language == .nb
    let labels = units.map { label in
      partial.contains(label) ? label + (nb ? " (delvis)" : " (in part)") : label
    }
    let names = Prose.list(labels, language: language)
    let when = date.map { Prose.date($0, language: language) }
    switch relation {
    case .partOf where presentDay.count == 1:
      let both = units.count == 2 ? (nb ? "begge" : "both") : (nb ? "alle" : "all")
      return nb
        ? "\(names) er \(both) del av \(presentDay[0].label)" + (when.map { " siden \($0)" } ?? "")
        : "\(names) are \(both) part of \(presentDay[0].label)"
          + (when.map { " since \($0)" } ?? "")
    case .partOf:
      let parts = Prose.list(presentDay.map(\.label), language: language)
      return nb
        ? "\(names) ble én kommune, \(municipality.label)" + (when.map { ", \($0)" } ?? "")
          + "; i dag er området \(parts)"
        : "\(names) became one municipality, \(municipality.label)"
          + (when.map { ", on \($0)" } ?? "") + "; today the area is \(parts)"
    case .splitFrom:
      return nb
        ? "\(names) var én kommune, \(municipality.label)" + (when.map { ", fram til \($0)" } ?? "")
        : "\(names) were one municipality, \(municipality.label)"
          + (when.map { ", until \($0)" } ?? "")
    case .holdPartOf:
      return nb
        ? "\(names) har hver sin del av \(municipality.label)"
          + (when.map { ", som ble delt \($0)" } ?? "")
        : "\(names) each hold part of \(municipality.label)"
          + (when.map { ", split on \($0)" } ?? "")
    }
  }

  /// The groups among `sample`'s active municipalities: those that became part of one later
  /// municipality (reported once, at the first year they share one), and — in a sample of 2020
  /// or 2024 units — those that were one earlier municipality.
  public static func find(in sample: ProtocolSample, lineage: MunicipalityLineage)
    -> [SharedMunicipality]
  {
    guard sample.plan.level != .cooperation else { return [] }
    let layer = sample.plan.unitLayer
    let units = sample.activeUnits.filter {
      lineage.municipality($0.kommunenummer, in: layer) != nil
    }
    var result: [SharedMunicipality] = []
    var reported: [Set<String>] = []
    var target = layer.next
    while let current = target {
      result += groups(units, from: layer, to: current, lineage: lineage, skipping: &reported)
      target = current.next
    }
    if sample.plan.pairWithin == .municipality {
      for index in result.indices {
        let members = units.filter { result[index].unitIDs.contains($0.kommunenummer) }
        result[index].isByDesign =
          Set(members.compactMap(\.cluster)).count == 1 && members.allSatisfy { $0.cluster != nil }
      }
    }
    target = layer.previous
    reported = []
    while let current = target {
      result += groups(units, from: layer, to: current, lineage: lineage, skipping: &reported)
      target = current.previous
    }
    return result
  }

  /// The groups of `units` that share a municipality of `target`, leaving out those a group
  /// already reported holds.
  static func groups(
    _ units: [SampledUnit], from layer: UnitLayer, to target: UnitLayer,
    lineage: MunicipalityLineage, skipping reported: inout [Set<String>]
  ) -> [SharedMunicipality] {
    var order: [String] = []
    var members: [String: [SampledUnit]] = [:]
    for unit in units {
      for linked in lineage.linkedNumbers(unit.kommunenummer, in: layer, to: target) {
        if members[linked] == nil { order.append(linked) }
        members[linked, default: []].append(unit)
      }
    }
    var result: [SharedMunicipality] = []
    for number in order {
      let group = members[number] ?? []
      let ids = Set(group.map(\.kommunenummer))
      guard group.count > 1, !reported.contains(where: { ids.isSubset(of: $0) }),
        let municipality = lineage.municipality(number, in: target)
      else { continue }
      reported.append(ids)
      let later = target > layer
      let split = later && target != .year2024 ? lineage.changeDate(of: number, in: target) : nil
      let partial =
        !later
        ? []
        : group.filter {
          lineage.linkedNumbers($0.kommunenummer, in: layer, to: target).count > 1
        }
      let today =
        later && target != .year2024 ? lineage.linked(number, in: target, to: .year2024) : []
      let whole = group.allSatisfy {
        lineage.linkedNumbers($0.kommunenummer, in: layer, to: target).count == 1
      }
      result.append(
        SharedMunicipality(
          relation: later ? .partOf : (whole ? .splitFrom : .holdPartOf),
          municipality: municipality,
          today: today.count == 1 && today[0].kommunenummer == number
            && today[0].name == municipality.name ? [] : today,
          units: group.map { "\($0.kommunenummer) \($0.name)" },
          unitIDs: group.map(\.kommunenummer),
          partial: partial.map { "\($0.kommunenummer) \($0.name)" },
          date: later
            ? lineage.commonSince(group[0].kommunenummer, group[1].kommunenummer, in: layer)
            : lineage.changeDate(of: number, in: target), todaySince: split))
    }
    return result
  }
}
