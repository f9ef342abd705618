/// What can be exported, each with the file formats it comes in: the one place a kind and its
/// formats are named. The command language reads its words and formats from here; the study
/// package and `export` both make their files through ``Exporter``.
public enum ExportKind: String, CaseIterable, Sendable {
  case guide
  case `protocol`
  case sample
  case letter
  case letterChecklist = "letter-checklist"
  case methods
  case fieldwork
  case map
  /// The study package: every other kind's files in one folder or zip (``StudyPackage``).
  case package
  case codebook
  case cases

  /// The formats the kind is written in; the first is the default where one is taken.
  public var formats: [FileFormat] {
    switch self {
    case .guide, .letter, .letterChecklist, .methods: [.md, .html, .docx, .txt]
    case .protocol: [.json]
    case .fieldwork: [.csv, .xlsx]
    case .sample: [.csv, .html, .xlsx]
    case .map: [.svg, .html]
    case .package: [.docx, .md, .html]
    case .codebook: [.qdc, .csv]
    case .cases: [.csv, .qdpx, .xlsx]
    }
  }

  /// Whether `--role` / `--all-roles` choose what is written (one document per role).
  public var takesRoles: Bool { self == .guide || self == .letter }
}

/// A file format of an export.
public enum FileFormat: String, CaseIterable, Sendable {
  case md, html, docx, txt, json, csv, svg, qdc, qdpx, xlsx

  /// The document format, for the kinds rendered from an ``ExportDocument``.
  public var documentFormat: ExportFormat? { ExportFormat(rawValue: rawValue) }

  /// Whether the bytes are binary (and so must never be written to a terminal).
  public var isBinary: Bool { self == .docx || self == .qdpx || self == .xlsx }
}

/// Which guides or letters an export writes: the whole guide, one role's, or one per role.
public enum RoleSelection: Equatable, Sendable {
  /// The whole guide across roles (the letter naming every role).
  case none
  /// The variant for the role the word names.
  case role(String)
  /// One per protocol role.
  case all
}
