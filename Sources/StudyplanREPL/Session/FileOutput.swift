import Foundation
import StudyplanCore

/// Writes exported files: whole, never over an existing file unless asked, and never replacing a
/// symbolic link or a special file.
///
/// - A new file is written to a hidden temporary file beside it and renamed into place, so a
///   reader never sees half a file. A temporary file left by a killed export is removed by the
///   next export to the same folder (its name carries the writer's process id), and
///   `doctor` reports any that remain.
/// - An existing regular file is replaced the same way, only with `--force`, and keeps its
///   mode and owner (a 0600 file stays 0600). A file with other hard links, or one whose owner
///   cannot be kept, is rewritten in place instead, so its links and owner stay.
/// - A symbolic link is followed: its target is written (with `--force` when the target
///   exists), and the link stays. A link to nothing is followed only with `--force`.
/// - A pipe, a terminal and the null devices (`/dev/null`, `/dev/zero`, `/dev/full`) are
///   written through, never replaced: `-o /dev/stdout` works, and `-o /dev/null --force`
///   cannot delete `/dev/null`. Any other device (a disk, `/dev/mem`) is refused, with or
///   without `--force`.
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
    case S_IFIFO, S_IFSOCK:
      return .special(url)
    default:
      guard isHarmlessDevice(info) else {
        throw StudyplanError.refusedTarget(
          path: path,
          reason: (info.st_mode & S_IFMT) == S_IFBLK
            ? "it is a disk (a block device); exports go to files"
            : "it is a device; exports go to files, a terminal, a pipe or /dev/null")
      }
      return .special(url)
    }
  }

  /// Whether a device is one an export may write through: a terminal or a null device.
  ///
  /// Judged from the device numbers alone (Linux's: 1 for memory devices, of which 3, 5 and 7
  /// are /dev/null, /dev/zero and /dev/full; 4 and 5 for terminals and consoles; 136–143 for
  /// pseudo-terminals), since opening a device to ask it can already do something.
  static func isHarmlessDevice(_ info: stat) -> Bool {
    guard (info.st_mode & S_IFMT) == S_IFCHR else { return false }
    let device = UInt64(info.st_rdev)
    let major = ((device >> 8) & 0xFFF) | ((device >> 32) & ~UInt64(0xFFF))
    let minor = (device & 0xFF) | ((device >> 12) & ~UInt64(0xFF))
    switch major {
    case 1: return [3, 5, 7].contains(minor)
    case 4, 5, 136...143: return true
    default: return false
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
    let prepared = try prepare(data, for: url, shownAs: path)
    try commit(prepared, shownAs: path)
  }

  /// A new file's bytes written beside its target, not yet in its place.
  struct PreparedFile {
    /// The target.
    var url: URL
    /// The temporary file holding the bytes, or `nil` when the target is rewritten in place
    /// (it has other hard links, or an owner a new file cannot be given).
    var temporary: URL?
    /// The bytes, for a rewrite in place.
    var data: Data
  }

  /// Writes `data` to a hidden temporary file beside `url`, with the mode and owner of the file
  /// it will replace; nothing at `url` changes yet.
  static func prepare(_ data: Data, for url: URL, shownAs path: String) throws -> PreparedFile {
    let folder = url.deletingLastPathComponent()
    removeStaleTemporaries(in: folder.path)
    removeStaleStaging(in: folder.path)
    var old = stat()
    let replacing = lstat(url.path, &old) == 0 && (old.st_mode & S_IFMT) == S_IFREG
    if replacing, old.st_nlink > 1 { return PreparedFile(url: url, temporary: nil, data: data) }
    let temporary = folder.appendingPathComponent(
      ".\(url.lastPathComponent)\(temporaryMarker)\(getpid())")
    let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else {
      let code = errno
      throw StudyplanError.cannotWrite(
        path: path,
        reason: code == ENOENT ? "its folder does not exist" : describe(code))
    }
    var code = writeAll(data, to: descriptor)
    if code == 0, fsync(descriptor) != 0 { code = errno }
    var keepsOwner = true
    if code == 0, replacing {
      if old.st_uid != geteuid() || old.st_gid != getegid() {
        keepsOwner = fchown(descriptor, old.st_uid, old.st_gid) == 0
      }
      if fchmod(descriptor, old.st_mode & 0o7777) != 0 { code = errno }
    }
    close(descriptor)
    guard code == 0, keepsOwner else {
      unlink(temporary.path)
      if code != 0 { throw StudyplanError.cannotWrite(path: path, reason: describe(code)) }
      return PreparedFile(url: url, temporary: nil, data: data)
    }
    return PreparedFile(url: url, temporary: temporary, data: data)
  }

  /// Puts a prepared file in its place: renamed over the target, or written into it.
  static func commit(_ prepared: PreparedFile, shownAs path: String) throws {
    guard let temporary = prepared.temporary else {
      try rewriteInPlace(prepared.url, with: prepared.data, shownAs: path)
      return
    }
    guard rename(temporary.path, prepared.url.path) == 0 else {
      let code = errno
      unlink(temporary.path)
      throw StudyplanError.cannotWrite(path: path, reason: describe(code))
    }
  }

  /// Drops a prepared file that will not be committed.
  static func discard(_ prepared: PreparedFile) {
    if let temporary = prepared.temporary { unlink(temporary.path) }
  }

  /// Truncates and writes an existing regular file, so its inode, links and owner stay.
  private static func rewriteInPlace(_ url: URL, with data: Data, shownAs path: String) throws {
    let descriptor = open(url.path, O_WRONLY | O_NOFOLLOW | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw StudyplanError.cannotWrite(path: path, reason: describe(errno))
    }
    defer { close(descriptor) }
    var code = ftruncate(descriptor, 0) == 0 ? writeAll(data, to: descriptor) : errno
    if code == 0, fsync(descriptor) != 0 { code = errno }
    guard code == 0 else { throw StudyplanError.cannotWrite(path: path, reason: describe(code)) }
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

  static func describe(_ code: Int32) -> String {
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

  /// `path` as a file URL, relative paths taken from `directory`.
  static func resolve(_ path: String, in directory: String) -> URL {
    let expanded = (path as NSString).expandingTildeInPath
    if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded) }
    return URL(fileURLWithPath: directory).appendingPathComponent(expanded)
  }
}
