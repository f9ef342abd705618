/// What a frame combines, merged once: the 2020-version classes (embedded, then imported),
/// their bases, and the cooperations (ByR regions, then imported ones), with 2019 members.
struct FrameInputs {
  var centrality2020: [String: (value: Int, source: String)] = [:]
  var basis2020: [String: CentralityBasis]
  var cooperations: [Cooperation]
  /// The imports that contributed something.
  var used: [DatasetVersion] = []

  init(data: ReferenceData, imports: [ImportedDataset]) {
    basis2020 = data.centrality2020Basis
    let embedded = data.versions.first { $0.id == "sentralitet-2020" }?.id ?? "sentralitet-2020"
    for (number, value) in data.centrality2020 { centrality2020[number] = (value, embedded) }
    cooperations = SamplingFrame.cityRegions(data)
    for dataset in imports {
      var contributes = false
      for (number, value) in dataset.centrality {
        centrality2020[number] = (value, dataset.version.id)
        basis2020[number] = .imported
        contributes = true
      }
      for cooperation in dataset.cooperations {
        contributes = true
        if let index = cooperations.firstIndex(where: {
          $0.name.lowercased() == cooperation.name.lowercased()
        }) {
          for member in cooperation.members where !cooperations[index].members.contains(member) {
            cooperations[index].members.append(member)
          }
        } else {
          cooperations.append(cooperation)
        }
      }
      if contributes { used.append(dataset.version) }
    }
  }

  /// The cooperations each 2019 municipality is a member of.
  var memberships: [String: [Cooperation]] {
    var result: [String: [Cooperation]] = [:]
    for cooperation in cooperations {
      for member in cooperation.members { result[member, default: []].append(cooperation) }
    }
    return result
  }
}

extension SamplingFrame {
  /// The 422 municipalities of 2019 with their 2020 successors, reform, centrality and
  /// cooperations, `outside` marked.
  static func units2019(data: ReferenceData, inputs: FrameInputs) -> [FrameUnit] {
    var successors: [String: [Municipality2020]] = [:]
    var predecessorCount: [String: Int] = [:]
    var predecessors: [String: [String]] = [:]
    var kinds: [String: [ChangeKind]] = [:]
    let byNumber2020 = Dictionary(
      data.municipalities2020.map { ($0.kommunenummer, $0) }, uniquingKeysWith: { a, _ in a })
    for change in data.changes {
      if let successor = byNumber2020[change.to] {
        successors[change.from, default: []].append(successor)
      }
      predecessorCount[change.to, default: 0] += 1
      predecessors[change.to, default: []].append(change.from)
      kinds[change.from, default: []].append(change.kind)
    }
    let memberships = inputs.memberships
    var units: [FrameUnit] = data.municipalities2019.map { municipality in
      let number = municipality.kommunenummer
      let next = successors[number] ?? []
      let reform = reform(
        kinds: kinds[number] ?? [], name: municipality.name,
        successors: next.map { ($0.kommunenummer, $0.name) }, predecessorCount: predecessorCount)
      var unit = FrameUnit(
        kommunenummer: number, name: municipality.name, county: municipality.county,
        units2019: [municipality], units2020: next,
        county2020: Set(next.map(\.county)).count == 1 ? next.first?.county : nil,
        reform: reform, centralityIndex: data.centrality2018[number]?.index,
        centrality: data.centrality2018[number]?.centralityClass,
        cityRegions: (memberships[number] ?? []).filter { $0.kind == .byr }.map(\.name),
        cooperations: (memberships[number] ?? []).map(\.name),
        population: data.population2019[number],
        population2020: next.count == 1 ? data.population2020[next[0].kommunenummer] : nil)
      add2020Version(
        to: &unit, numbers: next.map(\.kommunenummer), data: data, inputs: inputs,
        predecessors: predecessors)
      return unit
    }
    units.sort { $0.kommunenummer < $1.kommunenummer }
    markOutside(&units, memberships: memberships)
    return units
  }

  /// The 2020-version class, index and basis of a unit whose 2020 municipalities are
  /// `numbers`: known when they all share it; and, for a 2019 unit, why its class changed.
  static func add2020Version(
    to unit: inout FrameUnit, numbers: [String], data: ReferenceData, inputs: FrameInputs,
    predecessors: [String: [String]]
  ) {
    let classes = numbers.map { inputs.centrality2020[$0] }
    let shared = classes.first.flatMap { first in
      classes.allSatisfy { $0?.value == first?.value } ? first : nil
    }
    let indexes = Set(numbers.map { data.centralityIndex2020[$0] })
    let bases = Set(numbers.map { inputs.basis2020[$0] })
    unit.centrality2020 = shared?.value
    unit.centrality2020Source = shared?.source
    unit.centrality2020Basis = shared == nil ? nil : (bases.count == 1 ? bases.first ?? nil : nil)
    unit.centralityIndex2020 = indexes.count == 1 ? indexes.first ?? nil : nil
    guard let own = unit.centrality, let reform = unit.reform, let successorClass = shared?.value
    else { return }
    unit.classChange = ClassChange.of(
      own: own, successor: successorClass,
      predecessors: Set(numbers.flatMap { predecessors[$0] ?? [] }).map {
        data.centrality2018[$0]?.centralityClass ?? own
      },
      changedBoundaries: reform.changedBoundaries)
  }

  /// Stood outside: boundaries kept while other members of one of its cooperations merged with
  /// each other (two or more of them share a 2020 successor).
  static func markOutside(_ units: inout [FrameUnit], memberships: [String: [Cooperation]]) {
    let successorsOf = Dictionary(
      uniqueKeysWithValues: units.map { ($0.kommunenummer, $0.units2020.map(\.kommunenummer)) })
    for position in units.indices where units[position].reform?.changedBoundaries == false {
      let number = units[position].kommunenummer
      let reshaped = (memberships[number] ?? []).contains { cooperation in
        var seen: Set<String> = []
        for member in Set(cooperation.members) where member != number {
          for successor in Set(successorsOf[member] ?? []) where !seen.insert(successor).inserted {
            return true
          }
        }
        return false
      }
      if reshaped { units[position].reform = .outside }
    }
  }

  /// The regional centres, the note's findings and region types of the 2019 units.
  static func addRegionFacts(to units: inout [FrameUnit], centres: [String: String]) {
    let byName = Dictionary(uniqueKeysWithValues: units.map { ($0.kommunenummer, $0.name) })
    for position in units.indices {
      let number = units[position].kommunenummer
      units[position].noteGain = NoteCases.findings(municipality: number)
      let regions = units[position].cityRegions
      guard !regions.isEmpty else { continue }
      let known = regions.compactMap { centres[$0] }
      units[position].regionalCentres = known.isEmpty ? nil : known.map { byName[$0] ?? $0 }
      units[position].isCentre =
        known.contains(number) ? true : (known.count == regions.count ? false : nil)
      let findings = Set(regions.flatMap { NoteCases.findings(region: $0) })
      units[position].noteRegion = NoteCases.Finding.allCases.map(\.rawValue).filter {
        findings.contains($0)
      }
      let types = Set(regions.compactMap { NoteCases.regionTypes(region: $0) }.joined())
      units[position].regionTypes =
        types.isEmpty ? nil : NoteCases.RegionType.allCases.map(\.rawValue).filter(types.contains)
    }
  }
}
