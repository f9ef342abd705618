import Foundation
import StudyplanCore

/// One exported document: its bytes, a file name to suggest, and whether it is text.
struct ExportArtifact {
  /// A file name for `--all-roles` exports into a folder, e.g. `p1-guide-ordforer.docx`.
  var fileName: String
  var data: Data
  /// Whether the bytes are text that may go to a terminal.
  var isText: Bool
}

extension CommandTable {
  static let exchangeCommands: [CommandSpec] = [exportCommand, importCommand]

  static let exportKinds = ExportKind.allCases.map(\.rawValue)
  static let exportFormats = ExportKind.allFormats
  static let mapColourings = [
    "status", "stratum", "centrality", "centrality2020", "reform",
    "class-change", "county",
  ]

  /// `export [ID] KIND --format F [-o PATH] [--force]`.
  static let exportCommand = CommandSpec(
    name: "export",
    usage: [
      "export [ID[@V]] guide|protocol|sample|letter|letter-checklist|methods|fieldwork|map",
      "       --format md|html|docx|txt|json|csv|svg [--role ROLE [--former] | --all-roles]",
      "       [--by status|stratum|FIELD] [-o PATH] [--force]",
      "export [ID[@V]] package -o DIR|FILE.zip [--format docx|md|html] [--force]",
      "export [ID[@V]] codebook --format qdc|csv [-o PATH] [--force]",
      "export [ID[@V]] cases --format csv|qdpx [-o PATH] [--force]",
    ],
    summary: "Write a protocol out as a document or data file",
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
      software (REFI-QDA .qdc/.qdpx, or CSV); see docs/analysis-handoff.md.
      """,
    options: [
      OptionSpec(
        "--format", value: "FORMAT", completion: .oneOf(exportFormats),
        help:
          "md, html, docx or txt (guide, letter, letter-checklist, methods); json (protocol); "
          + "csv (fieldwork); csv or html (sample); svg or html (map); docx, md or html "
          + "(package); qdc or csv (codebook); csv or qdpx (cases)"),
      OptionSpec(
        "--by", value: "COLOURING", completion: .oneOf(mapColourings),
        help: "What the map colours: status, stratum or a frame field (map only)"),
      OptionSpec(
        "--role", value: "ROLE", completion: .protocolRole,
        help: "The informant role whose guide or letter to export"),
      OptionSpec("--former", help: "The letter for a former office-holder of the role"),
      OptionSpec("--all-roles", help: "One guide or letter per role (with -o, a folder)"),
      OptionSpec(
        "-o", value: "PATH", completion: .path, help: "Write to PATH instead of standard output"),
      OptionSpec("--force", help: "Replace PATH if it exists"),
    ],
    arguments: [.protocolVersion, .oneOf(exportKinds)],
    nextArgument: { typed in
      switch typed.count {
      case 0: return .anyOf([.oneOf(exportKinds), .protocolVersion])
      case 1 where !exportKinds.contains(typed[0]): return .oneOf(exportKinds)
      default: return .none
      }
    },
    optionValue: { option, typed in
      guard option == "--format", let kind = typed.last, exportKinds.contains(kind) else {
        return nil
      }
      return .oneOf(formatNames(for: kind))
    },
    examples: [
      "export p1 protocol --format json -o reform.json",
      "export guide --role ordforer --format docx -o ordforer.docx",
      "export p1 guide --all-roles --format html -o guides", "export letter --format md",
      "export letter --role ordforer --former --format docx -o ordforer-tidligere.docx",
      "export letter-checklist --format txt", "export methods --format txt",
      "export fieldwork --format csv -o fieldwork.csv",
      "export p1 map --format svg -o p1-map.svg",
      "export p1 sample --format html -o p1-sample.html", "export p1 package -o p1-package.zip",
      "export p1 codebook --format qdc -o codebook.qdc",
      "export p1 cases --format qdpx -o p1-cases.qdpx",
    ],
    run: { invocation, session, io in
      try invocation.expectAtMost(2)
      let kindWord = try invocation.argument(
        invocation.arguments.count - 1, named: "what to export")
      let kind = try ExportKind.named(kindWord)
      if kind == .package {
        try exportPackage(invocation: invocation, session: session, io: io)
        return
      }
      guard let formatWord = invocation.options["--format"] ?? nil else {
        throw CommandFailure(.missingArgument("--format FORMAT", command: "export"))
      }
      let roles = try RoleSelection(invocation: invocation, kind: kind.rawValue)
      let format = try kind.format(formatWord)
      let (prefix, document) = try session.exportSource(
        invocation.arguments.count == 2 ? invocation.arguments[0] : nil)
      let colouring = try invocation.value("--by").map { word throws in
        guard kind == .map else {
          throw CommandFailure(
            .invalidValue(
              "--by", for: "option for 'export \(kind.rawValue)'",
              expected: "--by with 'export map' only"))
        }
        guard let colouring = try MapColouring.named(word) else {
          throw CommandFailure(
            .invalidValue(
              word, for: "--by",
              expected: "status, stratum, or a field with few values (centrality, reform, county …)"
            ))
        }
        return colouring
      }
      let artifacts: [ExportArtifact]
      switch kind {
      case .sample:
        artifacts = try sampleArtifacts(
          format: format, document: document, prefix: prefix, session: session)
      case .fieldwork:
        artifacts = try fieldworkArtifacts(format: format, document: document, prefix: prefix)
      case .map:
        artifacts = try mapArtifacts(
          format: format, document: document, prefix: prefix, colouring: colouring ?? .status,
          session: session)
      case .codebook:
        artifacts = try codebookArtifacts(format: format, document: document, prefix: prefix)
      case .cases:
        artifacts = try casesArtifacts(
          format: format, document: document, prefix: prefix, session: session)
      case .package:
        return
      case .guide, .protocol, .letter, .letterChecklist, .methods:
        artifacts = try exportArtifacts(
          kind: kind.rawValue, format: format, document: document, prefix: prefix, roles: roles,
          former: invocation.has("--former"),
          figures: kind == .methods && format == "html" && document.sample != nil
            ? try SampleReport.figures(
              frame: session.samplingFrame(for: document), sample: document.sample,
              title: (document.language == .nb ? "Utvalg: " : "Sample: ") + document.title,
              language: document.language) : [])
      }
      try deliver(artifacts, invocation: invocation, session: session, io: io)
      warnAfterExport(kind: kind.rawValue, document: document, io: io)
    })

  /// The documents `kind` in `format` makes from `document`.
  static func exportArtifacts(
    kind: String, format: String, document: StudyProtocol, prefix: String,
    roles: RoleSelection = .none, former: Bool = false, figures: [DocumentBlock] = []
  ) throws -> [ExportArtifact] {
    if let artifacts = try documentArtifacts(
      kind: kind, format: format, document: document, prefix: prefix, roles: roles,
      former: former, figures: figures)
    {
      return artifacts
    }
    switch (kind, format) {
    case ("protocol", "json"):
      return [
        ExportArtifact(
          fileName: "\(prefix)-protocol.json", data: try ProtocolJSON.encode(document), isText: true
        )
      ]
    default:
      throw CommandFailure(
        .invalidValue(format, for: "format for '\(kind)'", expected: formats(for: kind)))
    }
  }

  /// The sample with its attributes and reserves as CSV (an NVivo case classification sheet).
  static func sampleArtifacts(
    format: String, document: StudyProtocol, prefix: String, session: Session
  ) throws -> [ExportArtifact] {
    switch format {
    case "csv":
      let csv = try session.sampleCSV(of: document)
      return [
        ExportArtifact(fileName: "\(prefix)-sample.csv", data: Data(csv.utf8), isText: true)
      ]
    case "html":
      guard let sample = document.sample else { throw StudyplanError.noSample }
      let report = try SampleReport.document(
        protocolTitle: document.title, frame: session.samplingFrame(for: document), sample: sample,
        language: document.language)
      return [
        ExportArtifact(
          fileName: "\(prefix)-sample.html", data: Data(HTMLRenderer.render(report).utf8),
          isText: true)
      ]
    default:
      throw CommandFailure(
        .invalidValue(format, for: "format for 'sample'", expected: formats(for: "sample")))
    }
  }

  /// The frame and the sample (if any) on a map: standalone SVG, or an HTML page holding it.
  static func mapArtifacts(
    format: String, document: StudyProtocol, prefix: String, colouring: MapColouring,
    session: Session
  ) throws -> [ExportArtifact] {
    let nb = document.language == .nb
    let title =
      document.sample == nil
      ? (nb ? "Utvalgsramme: " : "Sampling frame: ") + document.title
      : (nb ? "Utvalg: " : "Sample: ") + document.title
    let svg = try FrameMap.svg(
      frame: session.samplingFrame(for: document), sample: document.sample, colouring: colouring,
      title: title, language: document.language)
    switch format {
    case "svg":
      let text = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n" + svg
      return [ExportArtifact(fileName: "\(prefix)-map.svg", data: Data(text.utf8), isText: true)]
    case "html":
      let page = ExportDocument(
        title: title, language: document.language,
        blocks: [.figure(svg: svg, caption: FrameMap.attribution(document.language))])
      return [
        ExportArtifact(
          fileName: "\(prefix)-map.html", data: Data(HTMLRenderer.render(page).utf8),
          isText: true)
      ]
    default:
      throw CommandFailure(
        .invalidValue(format, for: "format for 'map'", expected: formats(for: "map")))
    }
  }

  /// The fieldwork log as CSV: pseudonymous slot ids, codes and dates only.
  static func fieldworkArtifacts(
    format: String, document: StudyProtocol, prefix: String
  ) throws -> [ExportArtifact] {
    guard format == "csv" else {
      throw CommandFailure(
        .invalidValue(format, for: "format for 'fieldwork'", expected: formats(for: "fieldwork")))
    }
    guard let log = document.fieldwork, !log.slots.isEmpty else {
      throw StudyplanError.noFieldworkPlan
    }
    return [
      ExportArtifact(fileName: "\(prefix)-fieldwork.csv", data: Data(log.csv.utf8), isText: true)
    ]
  }

  /// The formats `kind` can be exported in.
  static func formatNames(for kind: String) -> [String] {
    ExportKind(rawValue: kind)?.formats ?? exportFormats
  }

  private static func formats(for kind: String) -> String {
    ExportKind(rawValue: kind)?.formatList
      ?? "one of " + exportFormats.map { "'\($0)'" }.joined(separator: ", ")
  }

  /// Writes artifacts to `-o` (a file, or a folder for several or for `--all-roles`), or text to
  /// standard output.
  static func deliver(
    _ artifacts: [ExportArtifact], invocation: Invocation, session: Session, io: CommandIO
  ) throws {
    let directory = session.environment.workingDirectory
    let force = invocation.has("--force")
    guard let path = invocation.value("-o") else {
      guard artifacts.allSatisfy(\.isText) else {
        throw CommandFailure(
          .missingArgument(
            "-o PATH for a binary format (it cannot go to the terminal)", command: "export"))
      }
      for artifact in artifacts {
        let text = String(decoding: artifact.data, as: UTF8.self)
        // JSON is data (its encoder escapes control characters itself); documents are shown
        // with the same escaping as everything else printed.
        io.terminal.write(
          artifact.fileName.hasSuffix(".json") ? text : FreeText.displayable(text))
      }
      return
    }
    // --all-roles always writes into a folder, even for a protocol with a single role.
    if artifacts.count == 1, !invocation.has("--all-roles"), let only = artifacts.first {
      let written = try FileOutput.write(only.data, to: path, in: directory, force: force)
      io.print("wrote \(written)")
      return
    }
    let folder = FileOutput.resolve(path, in: directory)
    // Every target is checked before the first is written, so a refusal leaves no partial set.
    let targets = try artifacts.map { artifact in
      let file = folder.appendingPathComponent(artifact.fileName).path
      if FileManager.default.fileExists(atPath: folder.path) {
        return (artifact, file, try FileOutput.check(file, in: directory, force: force))
      }
      return (artifact, file, FileOutput.Target.missing(URL(fileURLWithPath: file)))
    }
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (artifact, file, target) in targets {
      try FileOutput.write(artifact.data, to: target, shownAs: file)
      io.print("wrote \(file)")
    }
  }

  /// `import FILE [--into ID]`.
  static let importCommand = CommandSpec(
    name: "import", usage: ["import FILE [--into ID]"],
    summary: "Read a protocol JSON file in as a new protocol, or as a new version of ID",
    discussion: """
      The file is checked whole before anything is stored; an error names the JSON path or the \
      line and column, and nothing is half-imported.
      """,
    options: [
      OptionSpec(
        "--into", value: "ID", completion: .protocolID,
        help: "Add the file as the next version of ID")
    ],
    arguments: [.path], examples: ["import reform.json", "import reform.json --into p3"],
    run: { invocation, session, io in
      let file = try invocation.argument(0, named: "a protocol JSON file")
      try invocation.expectAtMost(1)
      let data = try FileOutput.read(file.text, in: session.environment.workingDirectory)
      let knownUnits = KnownUnits(frame: try session.samplingFrame())
      var document = try ProtocolJSON.decode(data, file: file.text, knownUnits: knownUnits)
      let store = try session.store()
      try keepKnownLineage(of: &document, in: store, io: io)
      for finding in document.personalDataFindings(includingConsent: true) {
        io.warn(
          "\(finding.place) in '\(file.text)' looks like it holds \(finding.pattern.rawValue);"
            + " a protocol keeps roles, never people's contact details")
      }
      let now = session.environment.now()
      let note = "imported from \(URL(fileURLWithPath: file.text).lastPathComponent)"
      let saved: StoredVersion
      if let target = invocation.value("--into") {
        let id = try ProtocolID.parseReference(target).id
        let head = try store.head(of: id)
        saved = try store.saveVersion(
          of: id, document, expectedHead: head.reference.version, note: note, at: now)
      } else {
        saved = try store.createProtocol(document, note: note, at: now)
      }
      io.print("imported '\(saved.document.title)' as \(saved.reference)")
    })
}

extension CommandTable {
  /// Drops a lineage reference to a version this store does not hold (the file came from
  /// another planner's store), saying so: a protocol in the store only points at versions in it.
  static func keepKnownLineage(
    of document: inout StudyProtocol, in store: ProtocolStore, io: CommandIO
  )
    throws
  {
    func known(_ reference: VersionReference?) -> VersionReference? {
      guard let reference else { return nil }
      if (try? store.version(reference)) != nil { return reference }
      io.warn(
        "the file's lineage names \(reference), which is not in this store; imported without it")
      return nil
    }
    document.lineage.clonedFrom = known(document.lineage.clonedFrom)
    document.lineage.followUpOf = known(document.lineage.followUpOf)
  }
}

extension Session {
  /// What an export reads: the version `word` names, or the open protocol as it stands.
  func exportSource(_ word: Word?) throws -> (prefix: String, document: StudyProtocol) {
    if let word {
      let (id, version) = try ProtocolID.parseReference(word.text)
      let store = try store()
      let stored =
        try version.map { try store.version(VersionReference(id: id, version: $0)) }
        ?? store.head(of: id)
      return (id, stored.document)
    }
    let workspace = try requireWorkspace(for: "export")
    return (workspace.id ?? "new", workspace.document)
  }
}
