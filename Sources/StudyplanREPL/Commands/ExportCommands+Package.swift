import Foundation
import StudyplanCore

extension CommandTable {
  /// The document formats a package can hold its guides, letter and methods text in.
  static let packageFormats = ["docx", "md", "html"]

  /// `export [ID] package [-o DIR|FILE.zip] [--format docx|md|html] [--force]`: the whole set
  /// as a folder, or as a zip when the target ends in `.zip`.
  static func exportPackage(invocation: Invocation, session: Session, io: CommandIO) throws {
    if invocation.has("--by") {
      throw CommandFailure(
        .invalidValue(
          "--by", for: "option for 'export package'", expected: "--by with 'export map' only"))
    }
    if invocation.has("--role") || invocation.has("--all-roles") {
      throw CommandFailure(
        .invalidValue(
          invocation.has("--role") ? "--role" : "--all-roles", for: "option for 'export package'",
          expected: "no role option: a package holds the guide of every role"))
    }
    let formatWord =
      try (invocation.options["--format"] ?? nil).map { try ExportKind.package.format($0) }
      ?? "docx"
    guard let format = ExportFormat(rawValue: formatWord) else {
      throw CommandFailure(
        .invalidValue(formatWord, for: "format for 'package'", expected: "'docx', 'md' or 'html'"))
    }
    guard let path = invocation.value("-o") else {
      throw CommandFailure(
        .missingArgument("-o DIR or -o FILE.zip (a package is several files)", command: "export"))
    }
    let source = try session.packageSource(
      invocation.arguments.count == 2 ? invocation.arguments[0] : nil)
    let package = try StudyPackage(
      StudyPackage.Context(
        document: source.document, versionLabel: source.label, format: format,
        frame: try session.samplingFrame(for: source.document),
        software: "studyplan \(StudyplanVersion.current)"))
    let directory = session.environment.workingDirectory
    let force = invocation.has("--force")
    let written: String
    if path.lowercased().hasSuffix(".zip") {
      written = try FileOutput.write(
        try package.zip(folder: source.folderName), to: path, in: directory, force: force)
    } else {
      written = try FileOutput.writeFolder(
        package.files.map { ($0.path, $0.data) }, to: path, in: directory, force: force)
    }
    io.print("wrote \(written) (\(package.files.count) files from \(source.label))")
  }
}

extension Session {
  /// What a package is made from: the version `word` names (the latest when it names none), or
  /// the open protocol as it stands, with a label for the README and a folder name for the zip.
  func packageSource(_ word: Word?) throws -> (
    document: StudyProtocol, label: String, folderName: String
  ) {
    if let word {
      let (id, version) = try ProtocolID.parseReference(word.text)
      let store = try store()
      let stored =
        try version.map { try store.version(VersionReference(id: id, version: $0)) }
        ?? store.head(of: id)
      let reference = stored.reference
      return (
        stored.document, reference.description, "studyplan-\(reference.id)-v\(reference.version)"
      )
    }
    let workspace = try requireWorkspace(for: "export")
    guard let id = workspace.id else {
      return (workspace.document, "new (never saved)", "studyplan-new-unsaved")
    }
    let base = "\(id)@\(workspace.openedVersion)"
    let folder = "studyplan-\(id)-v\(workspace.openedVersion)"
    return workspace.isDirty
      ? (workspace.document, "\(base) with unsaved changes", folder + "-unsaved")
      : (workspace.document, base, folder)
  }
}
