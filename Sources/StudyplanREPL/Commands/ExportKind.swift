import StudyplanCore

/// What `export` writes, each with the formats it comes in: the one place an export kind and its
/// formats are named. Parsing, Tab (`export KIND --format …`), help and the error messages all
/// read it.
///
/// To add a kind: add a case, give it its formats below, and make its artifacts in
/// `CommandTable.exportArtifacts` (or beside `sampleArtifacts`); the switch there must cover it.
enum ExportKind: String, CaseIterable, Sendable {
  case guide
  case `protocol`
  case sample
  case letter
  case letterChecklist = "letter-checklist"
  case methods
  case fieldwork
  case map
  /// The study package (ExportCommands+Package.swift).
  case package
  /// The REFI-QDA or CSV codebook (ExportCommands+Analysis.swift).
  case codebook
  /// The sampled units as cases (ExportCommands+Analysis.swift).
  case cases

  /// The formats the kind is written in, in the order help lists them.
  var formats: [String] {
    switch self {
    case .guide, .letter, .letterChecklist, .methods: ["md", "html", "docx", "txt"]
    case .protocol: ["json"]
    case .fieldwork: ["csv"]
    case .sample: ["csv", "html"]
    case .map: ["svg", "html"]
    case .package: CommandTable.packageFormats
    case .codebook: ["qdc", "csv"]
    case .cases: ["csv", "qdpx"]
    }
  }

  /// Whether `--role` / `--all-roles` choose what is exported (one guide or letter per role).
  var takesRoles: Bool { self == .guide || self == .letter }

  /// Every format of any kind, each once, in order. (No `Set`: a set of strings made while the
  /// command table is built costs a scan of every protocol conformance at each start-up.)
  static var allFormats: [String] {
    var formats: [String] = []
    for kind in allCases {
      for format in kind.formats where !formats.contains(format) { formats.append(format) }
    }
    return formats
  }

  /// `'md', 'html', 'docx' or 'txt'`: the formats for an error message.
  var formatList: String {
    let quoted = formats.map { "'\($0)'" }
    guard quoted.count > 1 else { return quoted.joined() }
    return quoted.dropLast().joined(separator: ", ") + " or " + (quoted.last ?? "")
  }

  /// The kind `word` names, or a usage error listing the kinds.
  static func named(_ word: Word) throws(CommandFailure) -> ExportKind {
    guard let kind = ExportKind(rawValue: word.text.lowercased()) else {
      throw CommandFailure(
        .invalidValue(
          word.text, for: "export",
          expected: allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")),
        column: word.column)
    }
    return kind
  }

  /// The format `word` names, when this kind is written in it; else a usage error naming the
  /// kind's formats.
  func format(_ word: Word) throws(CommandFailure) -> String {
    let format = word.text.lowercased()
    guard formats.contains(format) else {
      let known = Self.allFormats.contains(format)
      throw CommandFailure(
        .invalidValue(
          word.text, for: known ? "format for '\(rawValue)'" : "value for --format",
          expected: formatList),
        column: word.column)
    }
    return format
  }
}
