import Foundation
import StudyplanCore

extension CommandTable {
  static let exchangeCommands: [CommandSpec] = [exportCommand, importCommand]

  /// What `--by` colours a map by, for Tab (any frame field with few values is accepted).
  static let mapColourings = [
    "status", "stratum", "centrality", "centrality2020", "reform", "class-change", "county",
  ]

  /// `export [ID[@V]] KIND …`: one sub-command per export kind, each with its own formats and
  /// options.
  static let exportCommand = CommandSpec(
    name: "export", summary: "Write a protocol out as a document or data file",
    discussion: """
      Without ID, exports the open protocol as it stands (unsaved changes included). Without -o, \
      text goes to standard output; DOCX needs -o. An existing file is never replaced without \
      --force, and files are written whole or not at all. 'protocol --format json' writes the \
      whole protocol in the exchange format (docs/protocol-format.md) that 'import' reads back. \
      'letter --role ROLE' writes that role's information letter (--former: to a former \
      office-holder, in the past tense); 'letter --all-roles' one per role, plus a former-holder \
      letter for each role the fieldwork log has former-holder slots for. 'letter-checklist' is \
      the planner's report of the points the letter covers (never part of the letter). \
      'fieldwork --format csv' writes the fieldwork log: pseudonymous slot ids, codes and dates. \
      'map --format svg' draws the frame and the sample on a map of the 2019 municipalities \
      (UTM zone 33, ByR regions outlined); 'sample --format html' and 'methods --format html' \
      hold that map and bar charts of frame against sample. --by colours the map by status \
      (default), stratum or a frame field such as centrality, reform or class-change. \
      'package' writes every guide (one per role), the letter, the methods text, the sample CSV \
      and the protocol JSON with a README and SHA256SUMS, as a folder or a zip (DOCX unless \
      --format says otherwise). 'codebook' and 'cases' hand the design over to analysis \
      software (REFI-QDA .qdc/.qdpx, or CSV); see docs/analysis-handoff.md. 'sample', 'cases' \
      and 'fieldwork' also come as an Excel workbook (--format xlsx, with -o) holding the CSV \
      file's cells, municipality numbers as text (0301 stays 0301).
      """,
    subcommands: ExportKind.allCases.map(exportSubcommand),
    context: ArgumentSpec(
      "ID[@V]", .protocolVersion, about: "a protocol id (ID or ID@V)", arity: .optional),
    examples: [
      "export p1 protocol --format json -o reform.json",
      "export guide --role ordforer --format docx -o ordforer.docx",
      "export p1 guide --all-roles --format html -o guides", "export letter --format md",
      "export letter --role ordforer --former --format docx -o ordforer-tidligere.docx",
      "export letter-checklist --format txt", "export methods --format txt",
      "export fieldwork --format csv -o fieldwork.csv",
      "export p1 sample --format xlsx -o p1-sample.xlsx",
      "export p1 map --format svg -o p1-map.svg",
      "export p1 sample --format html -o p1-sample.html", "export p1 package -o p1-package.zip",
      "export p1 codebook --format qdc -o codebook.qdc",
      "export p1 cases --format qdpx -o p1-cases.qdpx",
    ])

  /// The sub-command that exports `kind`.
  static func exportSubcommand(_ kind: ExportKind) -> CommandSpec {
    CommandSpec(
      name: kind.rawValue, summary: kind.summary, options: kind.options,
      run: { invocation, session, io in
        try ExportRun(kind: kind, invocation: invocation).run(session: session, io: io)
      })
  }
}

extension ExportKind {
  /// One line saying what the kind writes.
  var summary: String {
    switch self {
    case .guide: "The interview guide: the whole guide, one role's, or one per role"
    case .protocol: "The whole protocol in the exchange format, which 'import' reads back"
    case .sample: "The sample with its reserves (CSV), or the sample page with map and charts"
    case .letter: "The information letter: for every role, one role, or one per role"
    case .letterChecklist: "The planner's report of the points the letter covers"
    case .methods: "The methods chapter, with COREQ items filled or left to write"
    case .fieldwork: "The fieldwork log: pseudonymous slot ids, codes and dates"
    case .map: "A map of the frame and the sample"
    case .package: "The study package: every document, the data, a README and SHA256SUMS"
    case .codebook: "The codebook for analysis software (REFI-QDA or CSV)"
    case .cases: "The sampled units as cases with their attributes (CSV or REFI-QDA project)"
    }
  }

  /// The kind's options: its formats, and what else it takes.
  var options: [OptionSpec] {
    let format = OptionSpec(
      "--format", value: "FORMAT",
      .choices(ValueChoices(formats.map(\.rawValue), noun: "format for 'export \(rawValue)'")),
      required: self != .package,
      help: "The file format (the usage line lists each kind's formats; package: docx by default)")
    let output = OptionSpec(
      "-o", value: self == .package ? "DIR|FILE.zip" : "PATH", .path, required: self == .package,
      help: "Write to PATH instead of standard output (a folder for several files; a package "
        + "as a folder, or a zip when PATH ends in .zip)")
    let force = OptionSpec("--force", help: "Replace PATH if it exists")
    switch self {
    case .guide: return [format] + Self.roleOptions + [output, force]
    case .letter:
      return [format] + Self.roleOptions
        + [OptionSpec("--former", help: "The letter for a former office-holder of the role")]
        + [output, force]
    case .map:
      return [
        format,
        OptionSpec(
          "--by", value: "COLOURING", .suggested(CommandTable.mapColourings),
          help: "What the map colours: status, stratum or a frame field (map only)"),
        output, force,
      ]
    default: return [format, output, force]
    }
  }

  static let roleOptions = [
    OptionSpec(
      "--role", value: "ROLE", .protocolRole,
      help: "The informant role whose guide or letter to export"),
    OptionSpec("--all-roles", help: "One guide or letter per role (with -o, a folder)"),
  ]
}
