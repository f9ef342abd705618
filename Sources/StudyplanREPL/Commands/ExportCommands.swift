import Foundation
import StudyplanCore

extension CommandTable {
  /// The kinds of document `export` writes.
  static let exportKinds = ["guide", "protocol", "sample", "letter", "methods"]
  /// The formats `export` writes.
  static let exportFormats = ["md", "html", "docx", "txt", "json", "csv"]

  /// `export`: guides, the information letter and the methods text as documents.
  static let exportCommand = CommandSpec(
    name: "export",
    usage: [
      "export [ID] guide|letter|methods --format md|html|docx|txt [--role ROLE | --all-roles] "
        + "[-o PATH] [--force]"
    ],
    summary: "Write the guide, the information letter or the methods text as a document",
    discussion: """
      ID is a protocol id (ID or ID@V); without it, the open protocol. Without -o, text formats \
      are printed; DOCX needs -o, because its bytes must never go to a terminal. With --role \
      the guide is that role's variant; with --all-roles one file per role is written into the \
      folder -o names; with neither, the whole guide across roles. Files are written \
      atomically, and an existing file is only replaced with --force. The letter lists the \
      consent fields it still lacks.
      """,
    options: [
      OptionSpec(
        "--format", value: "FORMAT", completion: .oneOf(exportFormats),
        help: "md, html, docx or txt"),
      OptionSpec("--role", value: "ROLE", completion: .role, help: "One role's guide"),
      OptionSpec("--all-roles", help: "One guide per role, into the folder -o names"),
      OptionSpec("-o", value: "PATH", completion: .path, help: "The file (or folder) to write"),
      OptionSpec("--force", help: "Replace an existing file"),
    ],
    arguments: [.protocolVersion, .oneOf(exportKinds)],
    examples: [
      "export guide --role ordforer --format docx -o ordforer.docx",
      "export p3 guide --all-roles --format html -o guides",
      "export letter --format md", "export methods --format txt -o methods.txt",
    ],
    run: { invocation, session, io in
      try ExportRequest(invocation: invocation, session: session).run(session: session, io: io)
    })
}

/// One `export` line, parsed.
struct ExportRequest {
  var document: StudyProtocol
  var label: String
  var kind: String
  var format: ExportFormat
  var invocation: Invocation

  init(invocation: Invocation, session: Session) throws {
    self.invocation = invocation
    try invocation.expectAtMost(2)
    var words = invocation.arguments
    // Two words: ID and kind; one word: the kind, for the open protocol.
    if words.count == 2, let first = words.first {
      let (id, version) = try ProtocolID.parseReference(first.text)
      let store = try session.store()
      let stored =
        try version.map { try store.version(VersionReference(id: id, version: $0)) }
        ?? store.head(of: id)
      document = stored.document
      label = stored.reference.description
      words.removeFirst()
    } else {
      let workspace = try session.requireWorkspace(for: "export")
      document = workspace.document
      label = workspace.label
    }
    guard let kindWord = words.first else {
      throw CommandFailure(
        .missingArgument(
          "what to export (guide, letter or methods)",
          command: "export"))
    }
    kind = kindWord.text.lowercased()
    guard CommandTable.exportKinds.contains(kind) else {
      throw CommandFailure(
        .unknownSubcommand(
          kindWord.text, command: "export",
          suggestion: Suggestion.closest(to: kindWord.text, in: CommandTable.exportKinds)),
        column: kindWord.column)
    }
    guard ["guide", "letter", "methods"].contains(kind) else {
      throw CommandFailure(
        .invalidValue(
          kind, for: "export kind in this build",
          expected: "guide, letter or methods"),
        column: kindWord.column)
    }
    let formatName = try invocation.choice("--format", in: ["md", "html", "docx", "txt"]) ?? "md"
    format = ExportFormat(rawValue: formatName) ?? .markdown
  }

  func run(session: Session, io: CommandIO) throws {
    let output = invocation.value("-o")
    let force = invocation.has("--force")
    if kind != "guide", invocation.has("--role") || invocation.has("--all-roles") {
      throw CommandFailure(
        .invalidValue(
          invocation.has("--role") ? "--role" : "--all-roles", for: "option for export \(kind)",
          expected: "it only with 'export guide'"))
    }
    switch kind {
    case "guide" where invocation.has("--all-roles"):
      guard invocation.value("--role") == nil else {
        throw CommandFailure(
          .invalidValue(
            "--role", for: "option with --all-roles",
            expected: "either --role ROLE or --all-roles"))
      }
      guard let output else {
        throw CommandFailure(.missingArgument("-o FOLDER for --all-roles", command: "export"))
      }
      guard !document.roles.isEmpty else {
        throw CommandFailure(
          .invalidValue(
            "--all-roles", for: "option here",
            expected: "a protocol with roles; add one with 'roles add ROLE'"))
      }
      try ExportFile.makeDirectory(resolve(output, in: session))
      for role in document.roles {
        let path = (output as NSString).appendingPathComponent(
          "guide-\(role.id).\(format.fileExtension)")
        try emit(
          try document.guideDocument(for: role), what: "guide for \(role.id)",
          to: path, force: force, session: session, io: io)
      }
    case "guide":
      let role = try invocation.value("--role").map { try document.role(named: $0) }
      let what = role.map { "guide for \($0.id)" } ?? "guide for all roles"
      try emit(
        try document.guideDocument(for: role), what: what, to: output, force: force,
        session: session, io: io)
    case "letter":
      let letter = InformationLetter(for: document)
      try emit(
        letter.document, what: "information letter", to: output, force: force, session: session,
        io: io)
      if !letter.missing.isEmpty {
        io.warn(
          "the letter is a draft: set " + letter.missing.map(\.rawValue).joined(separator: ", ")
            + " with 'consent FIELD VALUE'")
      }
    default:  // methods
      let methods = MethodsText(for: document, sampling: nil)
      try emit(
        methods.document, what: "methods text", to: output, force: force, session: session, io: io)
    }
  }

  func emit(
    _ exported: ExportDocument, what: String, to path: String?, force: Bool, session: Session,
    io: CommandIO
  ) throws {
    let data = try format.render(exported)
    guard let path else {
      guard !format.isBinary else {
        throw CommandFailure(
          .missingArgument(
            "-o PATH for DOCX (its bytes are never written to a terminal)", command: "export"))
      }
      io.print(String(decoding: data, as: UTF8.self))
      return
    }
    try ExportFile.write(data, to: resolve(path, in: session), shownAs: path, force: force)
    io.print("wrote \(what) of \(label) to \(path) (\(format.rawValue), \(data.count) bytes)")
  }

  func resolve(_ path: String, in session: Session) -> String {
    path.hasPrefix("/")
      ? path : (session.environment.workingDirectory as NSString).appendingPathComponent(path)
  }
}
