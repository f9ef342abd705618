/// Parses the twelve dataset texts and checks every invariant, naming the offending row.
///
/// Invariants: well-formed numbers, no duplicates, classes within 1–6, every 2019 municipality
/// mapped to a 2020 successor and every 2020 municipality to a 2024 successor, every successor an
/// existing municipality of its year, every 2020 and 2024 municipality reached, change kinds that
/// agree with the graph, memberships of known municipalities, and each text equal to what the
/// converter wrote (its recorded hash).
struct ReferenceDataLoader {
  let texts: ReferenceDataTexts
  var data = ReferenceData()
  var problems: [DataProblem] = []

  init(texts: ReferenceDataTexts) {
    self.texts = texts
  }

  mutating func load() -> ReferenceData {
    for dataset in texts.all {
      let version = dataset.version
      data.versions.append(version)
      data.datasets.append(dataset)
      if version.sha256 != dataset.recordedSHA256 {
        report(
          dataset.id, nil,
          "the text differs from the converted data (sha256 \(version.sha256.prefix(12))…, "
            + "recorded \(dataset.recordedSHA256.prefix(12))…); rerun "
            + "Scripts/convert_reference_data.py")
      }
    }
    loadMunicipalities2019()
    loadMunicipalities2020()
    loadMunicipalities2024()
    data.changes = loadChangeTable(
      texts.changes, years: ("2019", "2020"), codes: (codes2019, codes2020))
    data.changes2024 = loadChangeTable(
      texts.changes2024, years: ("2020", "2024"), codes: (codes2020, codes2024))
    loadCentrality2018()
    loadCentrality2020()
    loadCentrality2024()
    data.population2019 = loadPopulation(texts.population2019, codes: codes2019)
    data.population2020 = loadPopulation(texts.population2020, codes: codes2020)
    data.population2024 = loadPopulation(texts.population2024, codes: codes2024)
    loadCityRegions()
    data.lineage = MunicipalityLineage(data)
    data.problems = problems
    return data
  }

  var codes2019: Set<String> = []
  var codes2020: Set<String> = []
  var codes2024: Set<String> = []

  mutating func report(_ dataset: String, _ line: Int?, _ problem: String) {
    problems.append(DataProblem(dataset: dataset, line: line, problem: problem))
  }

  /// Checks a kommunenummer field: format and (optionally) uniqueness.
  mutating func checkNumber(
    _ field: Substring, in dataset: String, line: Int, seen: inout [String: Int]
  ) -> String? {
    let number = String(field)
    guard field.isKommunenummer else {
      report(dataset, line, "'\(number)' is not a four-digit kommunenummer")
      return nil
    }
    if let first = seen[number] {
      report(dataset, line, "duplicate kommunenummer '\(number)' (also on line \(first))")
      return nil
    }
    seen[number] = line
    return number
  }

  private mutating func loadMunicipalities2019() {
    let set = texts.municipalities2019
    let table = DataTable(set, header: ["kommunenummer", "name", "county"], problems: &problems)
    var seen: [String: Int] = [:]
    for row in table.rows {
      guard let number = checkNumber(row.fields[0], in: set.id, line: row.line, seen: &seen)
      else { continue }
      if row.fields[1].isEmpty { report(set.id, row.line, "'\(number)' has no name") }
      data.municipalities2019.append(
        Municipality2019(
          kommunenummer: number, name: String(row.fields[1]), county: String(row.fields[2])))
    }
    codes2019 = Set(seen.keys)
  }

  private mutating func loadMunicipalities2020() {
    let set = texts.municipalities2020
    let table = DataTable(
      set, header: ["kommunenummer", "name", "short-name", "county"], problems: &problems)
    var seen: [String: Int] = [:]
    for row in table.rows {
      guard let number = checkNumber(row.fields[0], in: set.id, line: row.line, seen: &seen)
      else { continue }
      if row.fields[1].isEmpty { report(set.id, row.line, "'\(number)' has no name") }
      data.municipalities2020.append(
        Municipality2020(
          kommunenummer: number, name: String(row.fields[1]),
          shortName: String(row.fields[2]), county: String(row.fields[3])))
    }
    codes2020 = Set(seen.keys)
  }

  /// Parses a class field: nil when empty (unknown), reported when outside 1–6.
  mutating func centralityClass(_ field: Substring, _ dataset: String, _ line: Int) -> Int?? {
    if field.isEmpty { return .some(nil) }
    guard let value = Int(field), (1...6).contains(value) else {
      report(dataset, line, "centrality class '\(field)' is outside 1–6")
      return nil
    }
    return .some(value)
  }

  private mutating func loadCentrality2018() {
    let set = texts.centrality2018
    let table = DataTable(set, header: ["kommunenummer", "index", "class"], problems: &problems)
    var seen: [String: Int] = [:]
    for row in table.rows {
      guard
        let (number, index, centralityClass) = indexAndClass(
          row, in: set, codes: codes2019, year: "2019", seen: &seen)
      else { continue }
      data.centrality2018[number] = Centrality2018(index: index, centralityClass: centralityClass)
    }
    for municipality in data.municipalities2019
    where seen[municipality.kommunenummer] == nil {
      report(set.id, nil, "2019 municipality '\(municipality.kommunenummer)' has no row")
    }
  }

  /// A `kommunenummer|index|class` row of a municipality of `year` (in `codes`): its number,
  /// index (0–1000) and class (1–6), or nil once what is wrong has been reported.
  mutating func indexAndClass(
    _ row: DataTable.Row, in set: EmbeddedDataset, codes: Set<String>, year: String,
    seen: inout [String: Int]
  ) -> (String, Int, Int)? {
    guard let number = checkNumber(row.fields[0], in: set.id, line: row.line, seen: &seen)
    else { return nil }
    guard codes.contains(number) else {
      report(set.id, row.line, "'\(number)' is not a \(year) municipality")
      return nil
    }
    guard let index = Int(row.fields[1]), (0...1000).contains(index) else {
      report(set.id, row.line, "index '\(row.fields[1])' is not a number within 0–1000")
      return nil
    }
    guard let parsed = centralityClass(row.fields[2], set.id, row.line) else { return nil }
    guard let centralityClass = parsed else {
      report(set.id, row.line, "'\(number)' has no class")
      return nil
    }
    return (number, index, centralityClass)
  }

  private mutating func loadCentrality2020() {
    let set = texts.centrality2020
    let table = DataTable(
      set, header: ["kommunenummer", "index", "class", "basis"], problems: &problems)
    var seen: [String: Int] = [:]
    for row in table.rows {
      guard let number = checkNumber(row.fields[0], in: set.id, line: row.line, seen: &seen)
      else { continue }
      guard codes2020.contains(number) else {
        report(set.id, row.line, "'\(number)' is not a 2020 municipality")
        continue
      }
      if !row.fields[1].isEmpty {
        guard let index = Int(row.fields[1]), (0...1000).contains(index) else {
          report(set.id, row.line, "index '\(row.fields[1])' is not a number within 0–1000")
          continue
        }
        data.centralityIndex2020[number] = index
      }
      guard let parsed = centralityClass(row.fields[2], set.id, row.line) else { continue }
      guard let centralityClass = parsed else { continue }
      guard let basis = CentralityBasis(rawValue: String(row.fields[3])), basis != .imported
      else {
        report(set.id, row.line, "unknown basis '\(row.fields[3])'")
        continue
      }
      if basis.isDerived, let index = data.centralityIndex2020[number],
        CentralityBasis.classFromIndex(index) != centralityClass
      {
        report(
          set.id, row.line,
          "class \(centralityClass) of '\(number)' is marked derived but its index \(index) "
            + "gives class \(CentralityBasis.classFromIndex(index))")
        continue
      }
      data.centrality2020[number] = centralityClass
      data.centrality2020Basis[number] = basis
    }
  }

  mutating func loadPopulation(_ set: EmbeddedDataset, codes: Set<String>) -> [String: Int] {
    let table = DataTable(set, header: ["kommunenummer", "population"], problems: &problems)
    var seen: [String: Int] = [:]
    var result: [String: Int] = [:]
    for row in table.rows {
      guard let number = checkNumber(row.fields[0], in: set.id, line: row.line, seen: &seen)
      else { continue }
      guard codes.contains(number) else {
        report(set.id, row.line, "'\(number)' is not a municipality of that year")
        continue
      }
      guard let population = Int(row.fields[1]), population >= 0 else {
        report(set.id, row.line, "population '\(row.fields[1])' is not a whole number")
        continue
      }
      result[number] = population
    }
    for code in codes.sorted() where seen[code] == nil {
      report(set.id, nil, "municipality '\(code)' has no population")
    }
    return result
  }

  private mutating func loadCityRegions() {
    let set = texts.cityRegionMembers
    let table = DataTable(
      set, header: ["region", "phase", "kommunenummer", "role"], problems: &problems)
    let roles: Set<String> = [
      "applicant", "partner", "participant", "observer", "project-owner", "project-lead",
    ]
    var seen: [String: Int] = [:]
    for row in table.rows {
      let number = String(row.fields[2])
      guard let phase = Int(row.fields[1]), phase == 1 || phase == 2 else {
        report(set.id, row.line, "phase '\(row.fields[1])' is not 1 or 2")
        continue
      }
      guard codes2019.contains(number) else {
        report(set.id, row.line, "member '\(number)' is not a 2019 municipality")
        continue
      }
      guard roles.contains(String(row.fields[3])) else {
        report(set.id, row.line, "unknown role '\(row.fields[3])'")
        continue
      }
      let key = "\(row.fields[0])|\(phase)|\(number)"
      if let first = seen[key] {
        report(set.id, row.line, "duplicate member '\(number)' (also on line \(first))")
        continue
      }
      seen[key] = row.line
      data.cityRegionMembers.append(
        CityRegionMembership(
          region: String(row.fields[0]), phase: phase, kommunenummer: number,
          role: String(row.fields[3])))
    }
  }
}
