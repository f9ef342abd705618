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
    var summary = DataCheckSummary(data: data)
    summary.municipalities()
    summary.centrality()
    summary.population()
    summary.cityRegions()
    summary.lineage()
    summary.boundaries()
    for dataset in imports {
      summary.lines.append(
        "import".padding(toLength: 21, withPad: " ", startingAt: 0) + dataset.summary
          + " [sha256 \(dataset.version.sha256.prefix(12))]")
      if let note = dataset.overrideNote(data) {
        summary.lines.append("  " + note)
      }
    }
    self.lines = summary.lines
    self.problems = summary.problems
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
