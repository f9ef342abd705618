import Foundation
import StudyplanCore

/// Writes exported files: atomically, and never over an existing file unless asked.
enum FileOutput {
  /// Writes `data` to `path` (relative to `directory`); refuses to replace a file unless `force`.
  ///
  /// The bytes go to a temporary file beside the target first and are renamed into place, so a
  /// reader never sees half a file and a failure leaves the old file as it was.
  static func write(_ data: Data, to path: String, in directory: String, force: Bool) throws
    -> String
  {
    let url = resolve(path, in: directory)
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    if manager.fileExists(atPath: url.path, isDirectory: &isDirectory) {
      if isDirectory.boolValue {
        throw StudyplanError.cannotWrite(path: path, reason: "it is a folder")
      }
      guard force else { throw StudyplanError.fileExists(path: path) }
    }
    do {
      try data.write(to: url, options: .atomic)
    } catch {
      let reason =
        manager.fileExists(atPath: url.deletingLastPathComponent().path)
        ? "permission denied or disk full" : "its folder does not exist"
      throw StudyplanError.cannotWrite(path: path, reason: reason)
    }
    return url.path
  }

  /// Reads the file at `path` (relative to `directory`).
  static func read(_ path: String, in directory: String) throws -> Data {
    let url = resolve(path, in: directory)
    guard FileManager.default.fileExists(atPath: url.path) else {
      throw StudyplanError.cannotRead(path: path, reason: "no such file")
    }
    do {
      return try Data(contentsOf: url)
    } catch {
      throw StudyplanError.cannotRead(path: path, reason: "permission denied or not a file")
    }
  }

  /// `path` as a file URL, relative paths taken from `directory`.
  static func resolve(_ path: String, in directory: String) -> URL {
    let expanded = (path as NSString).expandingTildeInPath
    if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded) }
    return URL(fileURLWithPath: directory).appendingPathComponent(expanded)
  }
}
