import Foundation
import StudyplanCore

/// Writes exported files: whole, never over an existing file unless asked, and never replacing a
/// symbolic link or a special file.
///
/// - A new file is written to a hidden temporary file beside it and renamed into place, so a
///   reader never sees half a file. A temporary file left by a killed export is removed by the
///   next export to the same folder (its name carries the writer's process id), and
///   `doctor` reports any that remain.
/// - An existing regular file is replaced the same way, only with `--force`.
/// - A symbolic link is followed: its target is written (with `--force` when the target
///   exists), and the link stays. A link to nothing is followed only with `--force`.
/// - A special file (a device, a pipe) is written through, never replaced: `-o /dev/stdout`
///   works, and `-o /dev/null --force` cannot delete `/dev/null`.
enum FileOutput {
  /// Where a target stands, checked before anything is written.
  enum Target: Equatable {
    /// Nothing there: create it.
    case missing(URL)
    /// A regular file (itself, or at the end of a link): replace it atomically with `--force`.
    case regular(URL)
    /// A device, pipe or socket (itself or behind a link): write through it.
    case special(URL)
  }

  /// The name part every temporary export file carries, for clean-up and for `doctor`.
  static let temporaryMarker = ".studyplan-export-"

  /// Writes `data` to `path` (relative to `directory`); refuses to replace a file unless `force`.
  /// Returns the path written.
  static func write(_ data: Data, to path: String, in directory: String, force: Bool) throws
    -> String
  {
    let target = try check(path, in: directory, force: force)
    try write(data, to: target, shownAs: path)
    return resolve(path, in: directory).path
  }

  /// Checks that `path` may be written, without writing anything: `--all-roles` checks every
  /// file this way before it writes the first.
  static func check(_ path: String, in directory: String, force: Bool) throws -> Target {
    let url = resolve(path, in: directory)
    var linkInfo = stat()
    guard lstat(url.path, &linkInfo) == 0 else {
      guard errno == ENOENT else {
        throw StudyplanError.cannotWrite(path: path, reason: describe(errno))
      }
      return .missing(url)
    }
    var info = stat()
    let isLink = (linkInfo.st_mode & S_IFMT) == S_IFLNK
    if isLink {
      guard stat(url.path, &info) == 0 else {
        guard force else {
          throw StudyplanError.cannotWrite(
            path: path,
            reason: "it is a symbolic link to a file that does not exist; --force writes that file")
        }
        return .special(url)
      }
    } else {
      info = linkInfo
    }
    switch info.st_mode & S_IFMT {
    case S_IFDIR:
      throw StudyplanError.cannotWrite(path: path, reason: "it is a folder")
    case S_IFREG:
      guard force else { throw StudyplanError.fileExists(path: path) }
      guard isLink else { return .regular(url) }
      // Replace the file the link points at, beside it, so the link stays a link.
      let resolved = url.resolvingSymlinksInPath()
      return .regular(resolved)
    default:
      return .special(url)
    }
  }

  /// Writes `data` to a checked target.
  static func write(_ data: Data, to target: Target, shownAs path: String) throws {
    switch target {
    case .missing(let url), .regular(let url):
      try replace(url, with: data, shownAs: path)
    case .special(let url):
      try writeThrough(url, data: data, shownAs: path)
    }
  }

  /// Temp file beside `url`, then `rename` over it: the old file stays whole until the new one is.
  private static func replace(_ url: URL, with data: Data, shownAs path: String) throws {
    let folder = url.deletingLastPathComponent()
    removeStaleTemporaries(in: folder.path)
    let temporary = folder.appendingPathComponent(
      ".\(url.lastPathComponent)\(temporaryMarker)\(getpid())")
    let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else {
      let code = errno
      throw StudyplanError.cannotWrite(
        path: path,
        reason: code == ENOENT ? "its folder does not exist" : describe(code))
    }
    let written = writeAll(data, to: descriptor)
    let synced = written == 0 ? (fsync(descriptor) == 0 ? 0 : errno) : written
    close(descriptor)
    guard synced == 0, rename(temporary.path, url.path) == 0 else {
      let code = synced != 0 ? synced : errno
      unlink(temporary.path)
      throw StudyplanError.cannotWrite(path: path, reason: describe(code))
    }
  }

  /// Opens the existing special file (or the link's missing target) and writes into it.
  private static func writeThrough(_ url: URL, data: Data, shownAs path: String) throws {
    // O_NONBLOCK so a pipe nobody reads fails at once (ENXIO) instead of hanging the session.
    let descriptor = open(url.path, O_WRONLY | O_CREAT | O_NONBLOCK | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else {
      let code = errno
      throw StudyplanError.cannotWrite(
        path: path, reason: code == ENXIO ? "nothing is reading from that pipe" : describe(code))
    }
    defer { close(descriptor) }
    // Back to blocking writes; a regular file (a link's new target) starts empty.
    let flags = fcntl(descriptor, F_GETFL)
    _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK)
    var info = stat()
    if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG {
      _ = ftruncate(descriptor, 0)
    }
    let code = writeAll(data, to: descriptor)
    guard code == 0 else { throw StudyplanError.cannotWrite(path: path, reason: describe(code)) }
  }

  /// Writes every byte; returns 0 or the `errno` of the failure.
  static func writeAll(_ data: Data, to descriptor: Int32) -> Int32 {
    data.withUnsafeBytes { buffer -> Int32 in
      guard var base = buffer.baseAddress else { return 0 }
      var remaining = buffer.count
      while remaining > 0 {
        let count = Foundation.write(descriptor, base, remaining)
        if count < 0 {
          if errno == EINTR { continue }
          return errno
        }
        base += count
        remaining -= count
      }
      return 0
    }
  }

  /// Removes temporary export files in `folder` whose writer is no longer running.
  static func removeStaleTemporaries(in folder: String) {
    for name in staleTemporaries(in: folder) {
      unlink((folder as NSString).appendingPathComponent(name))
    }
  }

  /// The names of temporary export files in `folder` whose writer is no longer running.
  static func staleTemporaries(in folder: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { name in
      guard name.hasPrefix("."), let range = name.range(of: temporaryMarker, options: .backwards),
        let pid = Int32(name[range.upperBound...])
      else { return false }
      return kill(pid, 0) != 0 && errno == ESRCH
    }
  }

  private static func describe(_ code: Int32) -> String {
    switch code {
    case EACCES, EPERM: "permission denied"
    case ENOSPC: "the disk is full"
    case EROFS: "the file system is read-only"
    case ENOENT: "its folder does not exist"
    case ENOTDIR: "a part of the path is not a folder"
    case EISDIR: "it is a folder"
    default: String(cString: strerror(code)).lowercased()
    }
  }

  /// Reads the file at `path` (relative to `directory`): a regular file, a pipe or a FIFO
  /// (`import <(…)`, `/dev/stdin`).
  static func read(_ path: String, in directory: String) throws -> Data {
    let url = resolve(path, in: directory)
    var info = stat()
    guard stat(url.path, &info) == 0 else {
      throw StudyplanError.cannotRead(path: path, reason: "no such file")
    }
    if (info.st_mode & S_IFMT) == S_IFDIR {
      throw StudyplanError.cannotRead(path: path, reason: "it is a folder")
    }
    guard let handle = FileHandle(forReadingAtPath: url.path) else {
      throw StudyplanError.cannotRead(path: path, reason: "permission denied")
    }
    defer { try? handle.close() }
    do {
      return try handle.readToEnd() ?? Data()
    } catch {
      throw StudyplanError.cannotRead(path: path, reason: "it could not be read")
    }
  }

  /// `path` as a file URL, relative paths taken from `directory`.
  static func resolve(_ path: String, in directory: String) -> URL {
    let expanded = (path as NSString).expandingTildeInPath
    if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded) }
    return URL(fileURLWithPath: directory).appendingPathComponent(expanded)
  }
}
