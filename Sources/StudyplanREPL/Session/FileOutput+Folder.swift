import Foundation
import StudyplanCore

extension FileOutput {
  /// Writes `files` (paths relative to the folder) as the folder `path` (relative to
  /// `directory`), whole or not at all; refuses to replace an existing folder unless `force`.
  ///
  /// The files go to a hidden folder beside the target first, which is renamed into place once
  /// every file is written, so a reader never sees half a package and a failure leaves an old
  /// folder as it was.
  static func writeFolder(
    _ files: [(path: String, data: Data)], to path: String, in directory: String, force: Bool
  ) throws -> String {
    let url = resolve(path, in: directory).standardizedFileURL
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    let exists = manager.fileExists(atPath: url.path, isDirectory: &isDirectory)
    if exists {
      if !isDirectory.boolValue {
        throw StudyplanError.cannotWrite(path: path, reason: "it is a file, not a folder")
      }
      guard force else { throw StudyplanError.fileExists(path: path) }
    }
    let parent = url.deletingLastPathComponent()
    guard manager.fileExists(atPath: parent.path) else {
      throw StudyplanError.cannotWrite(path: path, reason: "its folder does not exist")
    }
    let staging = parent.appendingPathComponent(
      ".\(url.lastPathComponent).partial-\(UUID().uuidString)")
    do {
      try manager.createDirectory(at: staging, withIntermediateDirectories: false)
      for file in files {
        let target = staging.appendingPathComponent(file.path)
        try manager.createDirectory(
          at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try file.data.write(to: target)
      }
      if exists {
        let old = parent.appendingPathComponent(
          ".\(url.lastPathComponent).replaced-\(UUID().uuidString)")
        try manager.moveItem(at: url, to: old)
        do {
          try manager.moveItem(at: staging, to: url)
        } catch {
          try? manager.moveItem(at: old, to: url)
          throw error
        }
        try? manager.removeItem(at: old)
      } else {
        try manager.moveItem(at: staging, to: url)
      }
    } catch {
      try? manager.removeItem(at: staging)
      throw StudyplanError.cannotWrite(path: path, reason: "permission denied or disk full")
    }
    return url.path
  }
}
