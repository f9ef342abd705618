import Foundation
import StudyplanCore

/// Where an export's files go, checked before anything is rendered: standard output, one file,
/// a folder of files (`--all-roles`), or a study package as a folder or a zip.
enum ExportDestination {
  case terminal
  case file(FileOutput.Target, shownAs: String, resolved: String)
  case folder(URL, shownAs: String, force: Bool, directory: String)
  case packageFolder(String, force: Bool, directory: String, protecting: [String])
  case zip(FileOutput.Target, shownAs: String, resolved: String)

  /// The destination `path` names for `kind`, refused now when it cannot be written.
  static func checked(
    _ path: String?, kind: ExportKind, request: ExportRequest, force: Bool, directory: String,
    protecting protected: [String] = []
  ) throws -> ExportDestination {
    guard let path else {
      guard !request.format.isBinary else {
        throw CommandFailure(
          .missingArgument(
            "-o PATH for a binary format (it cannot go to the terminal)", command: "export"))
      }
      return .terminal
    }
    if kind == .package {
      guard path.lowercased().hasSuffix(".zip") else {
        return .packageFolder(path, force: force, directory: directory, protecting: protected)
      }
      return .zip(
        try FileOutput.check(path, in: directory, force: force), shownAs: path,
        resolved: FileOutput.resolve(path, in: directory).path)
    }
    guard request.roles == .all else {
      return .file(
        try FileOutput.check(path, in: directory, force: force), shownAs: path,
        resolved: FileOutput.resolve(path, in: directory).path)
    }
    let folder = FileOutput.resolve(path, in: directory)
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder),
      !isFolder.boolValue
    {
      throw StudyplanError.cannotWrite(path: path, reason: "it is a file, not a folder")
    }
    return .folder(folder, shownAs: path, force: force, directory: directory)
  }

  /// Writes `artifacts` here; the paths written, for the user (none for the terminal).
  func deliver(_ artifacts: [ExportArtifact], prefix: String, zipFolder: String, io: CommandIO)
    throws -> [String]
  {
    switch self {
    case .terminal:
      for artifact in artifacts {
        let text = String(decoding: artifact.data, as: UTF8.self)
        // JSON is data (its encoder escapes control characters itself); documents are shown
        // with the same escaping as everything else printed.
        io.terminal.write(artifact.path.hasSuffix(".json") ? text : FreeText.displayable(text))
      }
      return []
    case .file(let target, let path, let resolved):
      guard let only = artifacts.first else { return [] }
      try FileOutput.write(only.data, to: target, shownAs: path)
      return [resolved]
    case .folder(let folder, let path, let force, let directory):
      return try Self.writeEach(
        artifacts, prefix: prefix, into: folder, shownAs: path, force: force, directory: directory)
    case .packageFolder(let path, let force, let directory, let protected):
      return [
        try FileOutput.writeFolder(
          artifacts.map { ($0.path, $0.data) }, to: path, in: directory, force: force,
          protecting: protected)
      ]
    case .zip(let target, let path, let resolved):
      let files = artifacts.map {
        DeterministicZip.Entry(path: "\(zipFolder)/\($0.path)", data: $0.data)
      }
      try FileOutput.write(try DeterministicZip.archive(files), to: target, shownAs: path)
      return [resolved]
    }
  }

  /// Writes each artifact into `folder` under its prefixed name; every file is checked before
  /// the first is written, so a refusal leaves no partial set.
  private static func writeEach(
    _ artifacts: [ExportArtifact], prefix: String, into folder: URL, shownAs path: String,
    force: Bool, directory: String
  ) throws -> [String] {
    let exists = FileManager.default.fileExists(atPath: folder.path)
    let targets = try artifacts.map { artifact in
      let file = folder.appendingPathComponent(artifact.fileName(prefix: prefix)).path
      let target =
        exists
        ? try FileOutput.check(file, in: directory, force: force)
        : FileOutput.Target.missing(URL(fileURLWithPath: file))
      return (artifact, file, target)
    }
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw StudyplanError.cannotWrite(path: path, reason: "the folder could not be made")
    }
    for (artifact, file, target) in targets {
      try FileOutput.write(artifact.data, to: target, shownAs: file)
    }
    return targets.map(\.1)
  }
}
