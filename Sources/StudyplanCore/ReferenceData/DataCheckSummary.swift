import Foundation

/// The lines of `data check`, dataset by dataset, and the problems found while summarising
/// (the lineage across years and the boundaries are checked here, after loading).
struct DataCheckSummary {
  let data: ReferenceData
  var lines: [String] = []
  var problems: [DataProblem]

  init(data: ReferenceData) {
    self.data = data
    self.problems = data.problems
  }

  /// `id` padded to a column, the text, and the dataset's hash.
  mutating func line(_ id: String, _ text: String) {
    let version = data.versions.first { $0.id == id }
    let hash = version.map { " [sha256 \($0.sha256.prefix(12))]" } ?? ""
    lines.append(id.padding(toLength: 21, withPad: " ", startingAt: 0) + text + hash)
  }

  mutating func municipalities() {
    let counties2024 = Set(data.municipalities2024.map(\.county)).count
    line("kommuner-2019", "\(data.municipalities2019.count) municipalities (2019)")
    line("kommuner-2020", "\(data.municipalities2020.count) municipalities (2020)")
    line(
      "kommuner-2024",
      "\(data.municipalities2024.count) municipalities (2024) in \(counties2024) counties")
    for (id, changes) in [
      ("endringer-2019-2020", data.changes), ("endringer-2020-2024", data.changes2024),
    ] {
      let kinds = Dictionary(grouping: changes, by: \.kind).mapValues(\.count)
      let kindText = ChangeKind.allCases.map { "\(kinds[$0, default: 0]) \($0.rawValue)" }
      line(id, "\(changes.count) change rows (\(kindText.joined(separator: ", ")))")
    }
  }

  mutating func centrality() {
    let total2020 = data.municipalities2020.count
    let known2020 = data.centrality2020.count
    line(
      "sentralitet-2018",
      "centrality 2018 version: \(data.centrality2018.count)/\(data.municipalities2019.count) "
        + "with a class")
    let bases = Dictionary(grouping: data.centrality2020Basis.values, by: { $0 }).mapValues(\.count)
    let read = bases[.read, default: 0]
    let nearLimit = bases[.derivedNearLimit, default: 0]
    let derived = bases[.derived, default: 0] + nearLimit
    var centralityText =
      "centrality 2020 version: \(known2020)/\(total2020) with a class (\(read) read, "
      + "\(derived) derived from the index, \(nearLimit) of them near the 4/5 limit); "
      + "index \(data.centralityIndex2020.count)/\(total2020)"
    if known2020 < total2020 {
      centralityText +=
        "; \(total2020 - known2020) unknown (import SSB's KLASS table to complete it)"
    }
    line("sentralitet-2020", centralityText)
    let classes = (1...6).map { klass in data.centrality2024.values.filter { $0 == klass }.count }
    line(
      "sentralitet-2024",
      "centrality 2024 version: \(data.centrality2024.count)/\(data.municipalities2024.count) "
        + "with a class and an index (classes 1–6: "
        + classes.map(String.init).joined(separator: "/") + ")")
  }

  mutating func population() {
    for (id, year, values) in [
      ("folketall-2019", "2019", data.population2019),
      ("folketall-2020", "2020", data.population2020),
      ("folketall-2024", "2024", data.population2024),
    ] {
      line(
        id,
        "population 1.1.\(year): \(values.count) municipalities, total "
          + NumberText.grouped(values.values.reduce(0, +)))
    }
  }

  /// Per phase: regions, memberships and municipalities, the regions one by one, and for phase
  /// 2 the class 5–6 members (2018 version) the NORCE note counted.
  mutating func cityRegions() {
    for phase in [2, 1] {
      let members = data.cityRegionMembers.filter { $0.phase == phase && $0.isMember }
      let regions = Dictionary(grouping: members, by: \.region)
      let distinct = Set(members.map(\.kommunenummer)).count
      line(
        "byr-medlemmer",
        "ByR phase \(phase): \(regions.count) regions with member lists, "
          + "\(members.count) memberships, \(distinct) municipalities")
      for region in regions.keys.sorted() {
        let count = regions[region]?.count ?? 0
        lines.append("  \(region): \(counted(count, "municipality", "municipalities"))")
      }
      guard phase == 2 else { continue }
      let small = members.filter {
        (data.centrality2018[$0.kommunenummer]?.centralityClass ?? 0) >= 5
      }
      let smallRegions = Set(small.map(\.region)).count
      lines.append(
        "  class 5–6 (2018 version): \(small.count) memberships, "
          + "\(Set(small.map(\.kommunenummer)).count) distinct municipalities, in \(smallRegions) "
          + "regions with at least one")
    }
  }

  /// Every 2019 municipality reaches 2024 and every 2024 municipality reaches 2019.
  mutating func lineage() {
    let lineage = data.lineage
    let ends: [(from: UnitLayer, to: UnitLayer, codes: [String], kind: String)] = [
      (.year2019, .year2024, data.municipalities2019.map(\.kommunenummer), "successor"),
      (.year2024, .year2019, data.municipalities2024.map(\.kommunenummer), "predecessor"),
    ]
    var reached: [String] = []
    for end in ends {
      let unreached = end.codes.filter {
        lineage.linkedNumbers($0, in: end.from, to: end.to).isEmpty
      }
      problems += unreached.map {
        DataProblem(
          dataset: "lineage", line: nil,
          problem: "\(end.from.rawValue) municipality '\($0)' has no \(end.to.rawValue) \(end.kind)"
        )
      }
      reached.append("\(end.codes.count - unreached.count)/\(end.codes.count)")
    }
    let dissolved = data.municipalities2019.filter {
      lineage.isDissolved($0.kommunenummer, in: .year2019)
    }.count
    line(
      "lineage",
      "2019 → 2020 → 2024: \(reached[0]) municipalities of 2019 have a 2024 successor, "
        + "\(reached[1]) of 2024 a 2019 predecessor; \(dissolved) of 2019 no longer exist with "
        + "their boundaries")
  }

  mutating func boundaries() {
    let boundaries = Result(catching: { () throws(StudyplanError) in
      try MunicipalityBoundaries.embedded()
    })
    switch boundaries {
    case .success(let shapes):
      let points = shapes.shapes.reduce(0) { $0 + $1.rings.reduce(0) { $0 + $1.count } }
      let codes = Set(shapes.shapes.map(\.kommunenummer))
      let missing = data.municipalities2019.filter { !codes.contains($0.kommunenummer) }
      lines.append(
        shapes.version.id.padding(toLength: 21, withPad: " ", startingAt: 0)
          + "boundaries 2019: \(shapes.shapes.count) municipalities, \(points) points"
          + " [sha256 \(shapes.version.sha256.prefix(12))]")
      for municipality in missing {
        problems.append(
          DataProblem(
            dataset: shapes.version.id, line: nil,
            problem: "2019 municipality '\(municipality.kommunenummer)' has no polygon"))
      }
    case .failure(let error):
      if case .referenceDataInvalid(let dataset, let line, let problem) = error {
        problems.append(DataProblem(dataset: dataset, line: line, problem: problem))
      }
    }
  }
}
