/// The sampling frame: the 422 municipalities of 2019, each with its 2020 successor(s) and
/// attributes, combining the embedded data with any imported datasets.
public struct SamplingFrame: Sendable {
  /// The units, ordered by kommunenummer.
  public var units: [FrameUnit]
  /// Every cooperation: the ByR city regions (short names) and imported cooperations.
  public var cooperations: [Cooperation]
  /// The datasets the frame was built from: the embedded ones, then the imports it used.
  public var versions: [DatasetVersion]
  /// The regional centre of each ByR region (short name → kommunenummer): the applicant
  /// municipality in the member lists (phase 2 first, then phase 1). Regions whose lists name
  /// no applicant are absent: their centre is unknown.
  public var centres: [String: String]

  /// Builds the frame from reference data and imports (applied in order; later ones win).
  public init(data: ReferenceData, imports: [ImportedDataset] = []) {
    var successors: [String: [Municipality2020]] = [:]
    var predecessorCount: [String: Int] = [:]
    var kinds: [String: [ChangeKind]] = [:]
    var byNumber2020: [String: Municipality2020] = [:]
    for municipality in data.municipalities2020 {
      byNumber2020[municipality.kommunenummer] = municipality
    }
    for change in data.changes {
      if let successor = byNumber2020[change.to] {
        successors[change.from, default: []].append(successor)
      }
      predecessorCount[change.to, default: 0] += 1
      kinds[change.from, default: []].append(change.kind)
    }

    var centrality2020: [String: (Int, String)] = [:]
    var basis2020 = data.centrality2020Basis
    let embedded2020 = data.versions.first { $0.id == "sentralitet-2020" }?.id ?? "sentralitet-2020"
    for (number, value) in data.centrality2020 { centrality2020[number] = (value, embedded2020) }
    var cooperations = Self.cityRegions(data)
    var used: [DatasetVersion] = []
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

    var memberships: [String: [Cooperation]] = [:]
    for cooperation in cooperations {
      for member in cooperation.members { memberships[member, default: []].append(cooperation) }
    }

    var predecessors: [String: [String]] = [:]
    for change in data.changes { predecessors[change.to, default: []].append(change.from) }

    var units: [FrameUnit] = []
    for municipality in data.municipalities2019 {
      let number = municipality.kommunenummer
      let next = successors[number] ?? []
      let reform = Self.reform(
        kinds: kinds[number] ?? [], name: municipality.name, successors: next,
        predecessorCount: predecessorCount)
      let classes = next.map { centrality2020[$0.kommunenummer] }
      let shared = classes.first.flatMap { first in
        classes.allSatisfy { $0?.0 == first?.0 } ? first : nil
      }
      let indexes = Set(next.map { data.centralityIndex2020[$0.kommunenummer] })
      let bases = Set(next.map { basis2020[$0.kommunenummer] })
      let own = data.centrality2018[number]?.centralityClass ?? 0
      let classChange = shared.map { successorClass in
        ClassChange.of(
          own: own, successor: successorClass.0,
          predecessors: Set(next.flatMap { predecessors[$0.kommunenummer] ?? [] }).map {
            data.centrality2018[$0]?.centralityClass ?? own
          },
          changedBoundaries: reform.changedBoundaries)
      }
      let counties = Set(next.map(\.county))
      let mine = memberships[number] ?? []
      units.append(
        FrameUnit(
          kommunenummer: number, name: municipality.name, county: municipality.county,
          successors: next, county2020: counties.count == 1 ? counties.first : nil,
          reform: reform,
          centralityIndex: data.centrality2018[number]?.index ?? 0,
          centrality: data.centrality2018[number]?.centralityClass ?? 0,
          centrality2020: shared?.0, centrality2020Source: shared?.1,
          centrality2020Basis: shared == nil ? nil : (bases.count == 1 ? bases.first ?? nil : nil),
          centralityIndex2020: indexes.count == 1 ? indexes.first ?? nil : nil,
          classChange: classChange,
          cityRegions: mine.filter { $0.kind == .byr }.map(\.name),
          cooperations: mine.map(\.name),
          population: data.population2019[number] ?? 0,
          population2020: next.count == 1 ? data.population2020[next[0].kommunenummer] : nil))
    }
    units.sort { $0.kommunenummer < $1.kommunenummer }

    // Stood outside: boundaries kept while other members of one of its cooperations merged
    // with each other (two or more of them share a 2020 successor).
    let successorsOf = Dictionary(
      uniqueKeysWithValues: units.map { ($0.kommunenummer, $0.successors.map(\.kommunenummer)) })
    for position in units.indices where !units[position].reform.changedBoundaries {
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
    let centres = Self.centres(data)
    let byName = Dictionary(uniqueKeysWithValues: units.map { ($0.kommunenummer, $0.name) })
    for position in units.indices {
      let regions = units[position].cityRegions
      guard !regions.isEmpty else { continue }
      let number = units[position].kommunenummer
      let known = regions.compactMap { centres[$0] }
      units[position].regionalCentres =
        known.isEmpty ? nil : known.map { byName[$0] ?? $0 }
      units[position].isCentre =
        known.contains(number) ? true : (known.count == regions.count ? false : nil)
      units[position].noteGain = NoteCases.findings(municipality: number)
      let findings = Set(regions.flatMap { NoteCases.findings(region: $0) })
      units[position].noteRegion = NoteCases.Finding.allCases.map(\.rawValue).filter {
        findings.contains($0)
      }
      let types = Set(regions.compactMap { NoteCases.regionTypes(region: $0) }.joined())
      units[position].regionTypes =
        types.isEmpty
        ? nil
        : NoteCases.RegionType.allCases.map(\.rawValue).filter {
          types.contains($0)
        }
    }
    for position in units.indices where units[position].cityRegions.isEmpty {
      units[position].noteGain = NoteCases.findings(municipality: units[position].kommunenummer)
    }
    self.units = units
    self.cooperations = cooperations
    self.versions = data.versions + used
    self.centres = centres
  }

  /// The applicant municipality of each ByR region, phase 2 before phase 1.
  private static func centres(_ data: ReferenceData) -> [String: String] {
    var result: [String: String] = [:]
    for phase in [2, 1] {
      for membership in data.cityRegionMembers
      where membership.phase == phase && membership.role == "applicant"
        && result[membership.shortRegion] == nil
      {
        result[membership.shortRegion] = membership.kommunenummer
      }
    }
    return result
  }

  private static func reform(
    kinds: [ChangeKind], name: String, successors: [Municipality2020],
    predecessorCount: [String: Int]
  ) -> Reform {
    if successors.count > 1 || kinds.contains(.split) { return .split }
    if let successor = successors.first, predecessorCount[successor.kommunenummer, default: 0] > 1 {
      return .merged
    }
    switch kinds.first {
    case .newNumber: return .renumbered
    case .newNumberAndName, .newName:
      // A disambiguator added by the register: "Herøy" → "Herøy (Nordland)".
      if let successor = successors.first, successor.name.hasPrefix(name + " ("),
        successor.name.hasSuffix(")"),
        !successor.name.dropFirst(name.count + 2).dropLast().contains("(")
      {
        return .registerRenamed
      }
      return .renamed
    default: return .unchanged
    }
  }

  /// The ByR city regions as cooperations: full members of either phase, by short name.
  private static func cityRegions(_ data: ReferenceData) -> [Cooperation] {
    var order: [String] = []
    var members: [String: [String]] = [:]
    for membership in data.cityRegionMembers where membership.isMember {
      let name = membership.shortRegion
      if members[name] == nil { order.append(name) }
      if !(members[name] ?? []).contains(membership.kommunenummer) {
        members[name, default: []].append(membership.kommunenummer)
      }
    }
    return order.sorted().map { Cooperation(name: $0, kind: .byr, members: members[$0] ?? []) }
  }

  /// The unit with this kommunenummer.
  public func unit(_ kommunenummer: String) -> FrameUnit? {
    units.first { $0.kommunenummer == kommunenummer }
  }
}
