import Foundation
import StudyplanCore

/// One `export` command: reads its words, checks where the files go before anything is
/// rendered, has ``Exporter`` make them, and writes them.
struct ExportRun {
  var kind: ExportKind
  var invocation: Invocation

  func run(session: Session, io: CommandIO) throws {
    let format = FileFormat(rawValue: invocation.value("--format") ?? "") ?? kind.formats[0]
    let request = try ExportRequest(
      kind, format: format, roles: try roles(), former: try former(), colouring: try colouring())
    let destination = try ExportDestination.checked(
      invocation.value("-o"), kind: kind, request: request, force: invocation.has("--force"),
      directory: session.environment.workingDirectory,
      protecting: session.environment.store.path.map { [$0] } ?? [])
    let source = try session.exportSource(invocation.word("ID[@V]"))
    let context = ExportContext(
      document: source.document, prefix: source.prefix,
      frame: try session.samplingFrame(for: source.document),
      software: "studyplan \(StudyplanVersion.current)", versionLabel: source.label,
      baseline: try session.baseline(of: source.document))
    let artifacts = try Exporter.artifacts(request, context)
    let written = try destination.deliver(
      artifacts, prefix: source.prefix, zipFolder: source.folderName, io: io)
    for path in written {
      io.print(
        "wrote \(path)"
          + (kind == .package ? " (\(artifacts.count) files from \(source.label))" : ""))
    }
    if kind == .letter { warnAboutTheLetter(source.document, io: io) }
  }

  /// `--role` / `--all-roles`, which guide and letter take.
  private func roles() throws(CommandFailure) -> RoleSelection {
    let role = invocation.value("--role")
    if role != nil && invocation.has("--all-roles") {
      throw CommandFailure(
        .invalidValue(
          "--all-roles", for: "option with --role", expected: "either --role ROLE or --all-roles"))
    }
    return role.map(RoleSelection.role) ?? (invocation.has("--all-roles") ? .all : .none)
  }

  /// `--former`, which goes with `export letter --role`.
  private func former() throws(CommandFailure) -> Bool {
    guard invocation.has("--former") else { return false }
    guard invocation.value("--role") != nil else {
      throw CommandFailure(
        .invalidValue(
          "--former", for: "option for 'export letter'",
          expected: "--former with 'export letter --role ROLE' only"))
    }
    return true
  }

  /// `--by`, which map takes.
  private func colouring() throws -> MapColouring {
    guard let word = invocation.options["--by"] ?? nil else { return .status }
    guard let colouring = try MapColouring.named(word.text) else {
      throw CommandFailure(
        .invalidValue(
          word.text, for: "--by",
          expected: "status, stratum, or a field with few values (centrality, reform, county …)"),
        column: word.column)
    }
    return colouring
  }

  /// What an exported letter leaves to do: the consent fields it still lacks.
  private func warnAboutTheLetter(_ document: StudyProtocol, io: CommandIO) {
    let missing = document.consent.missing(fallbackPurpose: document.purpose)
    guard !missing.isEmpty else { return }
    io.warn(
      "the letter is a draft: set " + missing.map(\.rawValue).joined(separator: ", ")
        + " with 'consent FIELD VALUE'")
  }
}

extension Session {
  /// The study `document` follows, as the store holds it: nil when it follows none, a
  /// baseline without a document when the store does not hold that version (an imported
  /// follow-up).
  func baseline(of document: StudyProtocol) throws -> FollowUpBaseline? {
    guard let reference = document.lineage.followUpOf else { return nil }
    let store = try store()
    do {
      return FollowUpBaseline(reference: reference, document: try store.version(reference).document)
    } catch StudyplanError.unknownProtocol, StudyplanError.unknownVersion {
      return FollowUpBaseline(reference: reference, document: nil)
    }
  }

  /// What an export reads: the version `word` names (its latest when it names none), or the
  /// open protocol as it stands; with the prefix of file names, a label for the package's
  /// README, and the folder name a zipped package holds its files in.
  func exportSource(_ word: Word?) throws -> (
    document: StudyProtocol, prefix: String, label: String, folderName: String
  ) {
    if let word {
      let (id, version) = try ProtocolID.parseReference(word.text)
      let store = try store()
      let stored =
        try version.map { try store.version(VersionReference(id: id, version: $0)) }
        ?? store.head(of: id)
      let reference = stored.reference
      return (
        stored.document, id, reference.description,
        "studyplan-\(reference.id)-v\(reference.version)"
      )
    }
    let workspace = try requireWorkspace(for: "export")
    guard let id = workspace.id else {
      return (workspace.document, "new", "new (never saved)", "studyplan-new-unsaved")
    }
    let base = "\(id)@\(workspace.openedVersion)"
    let folder = "studyplan-\(id)-v\(workspace.openedVersion)"
    return workspace.isDirty
      ? (workspace.document, id, "\(base) with unsaved changes", folder + "-unsaved")
      : (workspace.document, id, base, folder)
  }
}
