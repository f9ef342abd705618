import Foundation
import StudyplanCore

/// Writes export files atomically, never over an existing file unless asked.
enum ExportFile {
  /// Writes `data` to `path`: into a temporary file beside it, then moved into place in one step.
  /// Without `force`, an existing file is an error and is left untouched (even one that appears
  /// while writing). Errors name the file as `shownAs` (what the user typed).
  static func write(
    _ data: Data, to path: String, shownAs: String, force: Bool
  ) throws(StudyplanError) {
    do {
      try write(data, to: path, force: force)
    } catch .fileExists {
      throw .fileExists(path: shownAs)
    } catch .cannotWrite(_, let reason) {
      throw .cannotWrite(path: shownAs, reason: reason)
    } catch {
      throw error
    }
  }

  private static func write(_ data: Data, to path: String, force: Bool) throws(StudyplanError) {
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent()
    if !force, FileManager.default.fileExists(atPath: path) { throw .fileExists(path: path) }
    let temporary = directory.appendingPathComponent(
      ".\(url.lastPathComponent).\(UUID().uuidString).tmp")
    do {
      try data.write(to: temporary)
    } catch {
      throw .cannotWrite(path: path, reason: reason(error))
    }
    defer { try? FileManager.default.removeItem(at: temporary) }
    if force {
      guard rename(temporary.path, path) == 0 else {
        throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
      }
    } else {
      // link() refuses an existing target, so a file that appeared meanwhile is not replaced.
      guard link(temporary.path, path) == 0 else {
        let code = errno
        if code == EEXIST { throw .fileExists(path: path) }
        throw .cannotWrite(path: path, reason: String(cString: strerror(code)))
      }
    }
  }

  /// Creates the folder at `path` (and its parents) when it does not exist.
  static func makeDirectory(_ path: String) throws(StudyplanError) {
    do {
      try FileManager.default.createDirectory(
        atPath: path, withIntermediateDirectories: true)
    } catch {
      throw .cannotWrite(path: path, reason: reason(error))
    }
  }

  private static func reason(_ error: any Error) -> String {
    let nsError = error as NSError
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain
    {
      return String(cString: strerror(Int32(underlying.code)))
    }
    if nsError.domain == NSCocoaErrorDomain,
      nsError.code == NSFileNoSuchFileError
        || nsError.code == NSFileWriteNoPermissionError
    {
      return nsError.code == NSFileNoSuchFileError ? "no such folder" : "permission denied"
    }
    return "the file could not be written"
  }
}
