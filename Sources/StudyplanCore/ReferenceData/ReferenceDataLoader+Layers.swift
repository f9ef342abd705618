/// The change tables and the 2024 layer.
extension ReferenceDataLoader {
  mutating func loadMunicipalities2024() {
    let set = texts.municipalities2024
    let table = DataTable(set, header: ["kommunenummer", "name", "county"], problems: &problems)
    var seen: [String: Int] = [:]
    for row in table.rows {
      guard let number = checkNumber(row.fields[0], in: set.id, line: row.line, seen: &seen)
      else { continue }
      if row.fields[1].isEmpty { report(set.id, row.line, "'\(number)' has no name") }
      if row.fields[2].isEmpty { report(set.id, row.line, "'\(number)' has no county") }
      data.municipalities2024.append(
        Municipality2024(
          kommunenummer: number, name: String(row.fields[1]), county: String(row.fields[2])))
    }
    codes2024 = Set(seen.keys)
  }

  /// Reads a change table (`old|new|kind`, with `|valid-from` for 2020 → 2024) and checks it
  /// against the two years' municipalities and against its own graph.
  mutating func loadChangeTable(
    _ set: EmbeddedDataset, years: (from: String, to: String),
    codes: (from: Set<String>, to: Set<String>)
  ) -> [MunicipalityChange] {
    let dated = years.from != "2019"
    let header =
      ["kommunenummer-\(years.from)", "kommunenummer-\(years.to)", "kind"]
      + (dated ? ["valid-from"] : [])
    let table = DataTable(set, header: header, problems: &problems)
    var pairs: [String: Int] = [:]
    var changes: [(change: MunicipalityChange, line: Int)] = []
    for row in table.rows {
      let from = String(row.fields[0])
      let to = String(row.fields[1])
      guard let kind = ChangeKind(rawValue: String(row.fields[2])) else {
        report(set.id, row.line, "unknown change kind '\(row.fields[2])'")
        continue
      }
      guard codes.from.contains(from) else {
        report(set.id, row.line, "'\(from)' is not a \(years.from) municipality")
        continue
      }
      guard codes.to.contains(to) else {
        report(
          set.id, row.line, "successor '\(to)' of '\(from)' is not a \(years.to) municipality")
        continue
      }
      var change = MunicipalityChange(from: from, to: to, kind: kind)
      if dated {
        guard ConsentFields.isCalendarDate(String(row.fields[3])) else {
          report(set.id, row.line, "'\(row.fields[3])' is not a date written YYYY-MM-DD")
          continue
        }
        change.validFrom = String(row.fields[3])
      }
      if let first = pairs["\(from)>\(to)"] {
        report(set.id, row.line, "duplicate change '\(from)' → '\(to)' (also on line \(first))")
        continue
      }
      pairs["\(from)>\(to)"] = row.line
      changes.append((change, row.line))
    }
    checkChangeGraph(changes, in: set.id, years: years, codes: codes)
    return changes.map(\.change)
  }

  /// Each row's kind agrees with the graph; every old municipality has a successor and every
  /// new one a predecessor.
  mutating func checkChangeGraph(
    _ changes: [(change: MunicipalityChange, line: Int)], in dataset: String,
    years: (from: String, to: String), codes: (from: Set<String>, to: Set<String>)
  ) {
    var successors: [String: Int] = [:]
    var predecessors: [String: Int] = [:]
    for (change, _) in changes {
      successors[change.from, default: 0] += 1
      predecessors[change.to, default: 0] += 1
    }
    for (change, line) in changes {
      let isSplit = successors[change.from, default: 0] > 1
      let isMerger = predecessors[change.to, default: 0] > 1
      if (change.kind == .split) != isSplit {
        report(
          dataset, line,
          "'\(change.from)' is marked '\(change.kind.rawValue)' but has "
            + "\(successors[change.from, default: 0]) successor(s)")
      } else if !isSplit && (change.kind == .merger) != isMerger {
        report(
          dataset, line,
          "'\(change.to)' is marked '\(change.kind.rawValue)' but has "
            + "\(predecessors[change.to, default: 0]) predecessor(s)")
      }
    }
    for code in codes.from.sorted() where successors[code] == nil {
      report(dataset, nil, "\(years.from) municipality '\(code)' is unmapped")
    }
    for code in codes.to.sorted() where predecessors[code] == nil {
      report(dataset, nil, "\(years.to) municipality '\(code)' has no predecessor")
    }
  }

  mutating func loadCentrality2024() {
    let set = texts.centrality2024
    let table = DataTable(set, header: ["kommunenummer", "index", "class"], problems: &problems)
    var seen: [String: Int] = [:]
    for row in table.rows {
      guard
        let (number, index, centralityClass) = indexAndClass(
          row, in: set, codes: codes2024, year: "2024", seen: &seen)
      else { continue }
      if CentralityBasis.classFromIndex(index) != centralityClass {
        report(
          set.id, row.line,
          "class \(centralityClass) of '\(number)' lies outside SSB's limits for its index "
            + "\(index) (class \(CentralityBasis.classFromIndex(index)))")
        continue
      }
      data.centrality2024[number] = centralityClass
      data.centralityIndex2024[number] = index
    }
    for code in codes2024.sorted() where seen[code] == nil {
      report(set.id, nil, "2024 municipality '\(code)' has no row")
    }
  }
}
