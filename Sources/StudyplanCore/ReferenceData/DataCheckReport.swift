import Foundation

/// What `data check` shows: one line per dataset with its counts, then every broken invariant.
public struct DataCheckReport: Sendable, Equatable {
  /// One summary line per dataset (and indented lines for the ByR regions).
  public var lines: [String]
  /// The broken invariants, each naming its row; empty when the data is sound.
  public var problems: [DataProblem]

  /// Whether every invariant holds (`data check` exits 0).
  public var isValid: Bool { problems.isEmpty }

  /// Checks `texts` (the embedded data by default) together with any imported datasets.
  public static func check(
    _ texts: ReferenceDataTexts = .embedded, imports: [ImportedDataset] = []
  ) -> DataCheckReport {
    let data = ReferenceData.load(texts)
    return DataCheckReport(data: data, imports: imports)
  }

  /// Summarises already loaded data.
  public init(data: ReferenceData, imports: [ImportedDataset] = []) {
    var lines: [String] = []
    func line(_ id: String, _ text: String) {
      let version = data.versions.first { $0.id == id }
      let hash = version.map { " [sha256 \($0.sha256.prefix(12))]" } ?? ""
      lines.append(id.padding(toLength: 21, withPad: " ", startingAt: 0) + text + hash)
    }
    let kinds = Dictionary(grouping: data.changes, by: \.kind).mapValues(\.count)
    let kindText = ChangeKind.allCases.map { "\(kinds[$0, default: 0]) \($0.rawValue)" }
    let known2020 = data.centrality2020.count
    let total2020 = data.municipalities2020.count
    line("kommuner-2019", "\(data.municipalities2019.count) municipalities (2019)")
    line("kommuner-2020", "\(total2020) municipalities (2020)")
    line(
      "endringer-2019-2020",
      "\(data.changes.count) change rows (\(kindText.joined(separator: ", ")))")
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
    line(
      "folketall-2019",
      "population 1.1.2019: \(data.population2019.count) municipalities, total "
        + NumberText.grouped(data.population2019.values.reduce(0, +)))
    line(
      "folketall-2020",
      "population 1.1.2020: \(data.population2020.count) municipalities, total "
        + NumberText.grouped(data.population2020.values.reduce(0, +)))
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
        lines.append("  \(region): \(count) municipalities")
      }
    }
    let boundaries = Result(catching: { () throws(StudyplanError) in
      try MunicipalityBoundaries.embedded()
    })
    var problems = data.problems
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
    for dataset in imports {
      lines.append(
        "import".padding(toLength: 21, withPad: " ", startingAt: 0) + dataset.summary
          + " [sha256 \(dataset.version.sha256.prefix(12))]")
      if let note = dataset.overrideNote(data) {
        lines.append("  " + note)
      }
    }
    self.lines = lines
    self.problems = problems
  }

  /// The report as `data check` prints it.
  public var rendered: String {
    var out = lines
    if problems.isEmpty {
      out.append("all invariants hold")
    } else {
      out.append("\(problems.count) problem(s):")
      out += problems.map { "  \($0)" }
    }
    return out.joined(separator: "\n") + "\n"
  }
}

/// Number formatting shared by the data and frame texts.
enum NumberText {
  /// `5328212` → `5 328 212` (Norwegian digit grouping with a plain space).
  static func grouped(_ value: Int) -> String {
    let digits = String(abs(value))
    var out = ""
    for (offset, character) in digits.enumerated() {
      if offset > 0 && (digits.count - offset) % 3 == 0 { out.append(" ") }
      out.append(character)
    }
    return value < 0 ? "-" + out : out
  }
}
