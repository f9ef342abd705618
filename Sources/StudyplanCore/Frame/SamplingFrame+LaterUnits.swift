/// What the units of 2020 and 2024, and the 2024 fields of every unit, are built from.
struct LaterUnitContext {
  let data: ReferenceData
  let inputs: FrameInputs
  /// The 2019 units, by kommunenummer.
  let base: [String: FrameUnit]
  let byNumber2020: [String: Municipality2020]
  let byNumber2024: [String: Municipality2024]
  /// What the changes of 2022–2024 did to each 2020 municipality.
  let reforms2024: [String: Reform]
  /// 2019 predecessors of each 2020 municipality.
  let predecessors2019: [String: [String]]

  init(data: ReferenceData, inputs: FrameInputs, base: [FrameUnit]) {
    self.data = data
    self.inputs = inputs
    self.base = Dictionary(base.map { ($0.kommunenummer, $0) }, uniquingKeysWith: { a, _ in a })
    byNumber2020 = Dictionary(
      data.municipalities2020.map { ($0.kommunenummer, $0) }, uniquingKeysWith: { a, _ in a })
    let names2024 = Dictionary(
      data.municipalities2024.map { ($0.kommunenummer, $0) }, uniquingKeysWith: { a, _ in a })
    byNumber2024 = names2024
    var kinds: [String: [ChangeKind]] = [:]
    var successors: [String: [String]] = [:]
    var predecessorCount: [String: Int] = [:]
    for change in data.changes2024 {
      kinds[change.from, default: []].append(change.kind)
      successors[change.from, default: []].append(change.to)
      predecessorCount[change.to, default: 0] += 1
    }
    var reforms: [String: Reform] = [:]
    for municipality in data.municipalities2020 {
      let next = (successors[municipality.kommunenummer] ?? []).compactMap {
        names2024[$0].map { ($0.kommunenummer, $0.name) }
      }
      reforms[municipality.kommunenummer] = SamplingFrame.reform(
        kinds: kinds[municipality.kommunenummer] ?? [], name: municipality.name,
        successors: next, predecessorCount: predecessorCount)
    }
    reforms2024 = reforms
    var predecessors: [String: [String]] = [:]
    for change in data.changes { predecessors[change.to, default: []].append(change.from) }
    predecessors2019 = predecessors
  }

  /// The 2024 municipalities `numbers` (successors, or the unit itself) as the unit's 2024
  /// fields: county, class, index and population when they all share one (population: when
  /// there is one).
  func add2024(to unit: inout FrameUnit, numbers: [String]) {
    let successors = numbers.compactMap { byNumber2024[$0] }
    unit.units2024 = successors
    unit.county2024 = Set(successors.map(\.county)).count == 1 ? successors.first?.county : nil
    let classes = Set(numbers.map { data.centrality2024[$0] })
    unit.centrality2024 = classes.count == 1 ? classes.first ?? nil : nil
    let indexes = Set(numbers.map { data.centralityIndex2024[$0] })
    unit.centralityIndex2024 = indexes.count == 1 ? indexes.first ?? nil : nil
    unit.population2024 = numbers.count == 1 ? data.population2024[numbers[0]] : nil
  }

  /// The municipalities of `layer` (2020 or 2024) as frame units.
  func units(of layer: UnitLayer) -> [FrameUnit] {
    let lineage = data.lineage
    return lineage.municipalities(in: layer).map { municipality in
      let number = municipality.kommunenummer
      let old = lineage.linkedNumbers(number, in: layer, to: .year2019).compactMap { base[$0] }
      var unit = FrameUnit(
        layer: layer, kommunenummer: number, name: municipality.name, county: municipality.county,
        units2019: old.flatMap(\.units2019), units2020: [],
        predecessorReforms: Reform.allCases.filter { reform in
          old.contains { $0.reform == reform }
        },
        cityRegions: Self.union(old.map(\.cityRegions)),
        cooperations: Self.union(old.map(\.cooperations)))
      let numbers2020 = lineage.linkedNumbers(number, in: layer, to: .year2020)
      unit.units2020 = numbers2020.compactMap { byNumber2020[$0] }
      unit.county2020 =
        Set(unit.units2020.map(\.county)).count == 1 ? unit.units2020.first?.county : nil
      // A part of a split 2020 municipality has no 2020 values of its own.
      let whole =
        numbers2020.count == 1
        && lineage.linkedNumbers(
          numbers2020[0], in: .year2020, to: .year2024
        ).count == 1
      if layer == .year2020 || whole {
        SamplingFrame.add2020Version(
          to: &unit, numbers: numbers2020, data: data, inputs: inputs,
          predecessors: predecessors2019)
        unit.population2020 = data.population2020[numbers2020[0]]
      }
      add2024(to: &unit, numbers: lineage.linkedNumbers(number, in: layer, to: .year2024))
      unit.reform2024 =
        numbers2020.count > 1 ? .merged : reform2024(of: numbers2020)
      return unit
    }
  }

  /// What 2022–2024 did to the 2020 municipalities `numbers2020`: their shared value; unknown
  /// when they fared differently.
  func reform2024(of numbers2020: [String]) -> Reform? {
    let values = Set(numbers2020.compactMap { reforms2024[$0] })
    return values.count == 1 ? values.first : nil
  }

  /// The lists' items, each once, in order of first appearance.
  static func union(_ lists: [[String]]) -> [String] {
    var seen: Set<String> = []
    return lists.joined().filter { seen.insert($0).inserted }
  }
}

extension SamplingFrame {
  /// The 2024 fields of the 2019 units: their 2024 successors and what 2022–2024 did to them.
  static func addAttributes2024(to units: inout [FrameUnit], context: LaterUnitContext) {
    let lineage = context.data.lineage
    for position in units.indices {
      let number = units[position].kommunenummer
      context.add2024(
        to: &units[position], numbers: lineage.linkedNumbers(number, in: .year2019, to: .year2024))
      units[position].reform2024 = context.reform2024(
        of: units[position].units2020.map(\.kommunenummer))
    }
  }
}
