import Foundation
import StudyplanCore

/// Reads the files a planner hands studyplan (`import`, `data import`, `-f`): whole, and never
/// more than a limit, whatever the source.
///
/// The limit is checked while reading, so `/dev/zero`, `/dev/urandom` or an endless pipe stops
/// at the limit and one byte, not when memory runs out.
public enum InputFile {
  /// The most a protocol file (`import`) may hold.
  public static let protocolLimit = ProtocolJSON.maximumFileSize
  /// The most a data file (`data import`) may hold: far above any KLASS or cooperations table.
  public static let dataLimit = 16 * 1024 * 1024
  /// The most a script (`-f FILE`) may hold.
  public static let scriptLimit = 16 * 1024 * 1024

  /// Reads the file at `path` (relative to `directory`) — a regular file, a pipe, a FIFO or a
  /// device (`import <(…)`, `/dev/stdin`) — and fails once it holds more than `limit` bytes;
  /// `what` names the kind of file in that error ("a protocol file").
  public static func read(_ path: String, in directory: String, limit: Int, what: String) throws
    -> Data
  {
    let url = FileOutput.resolve(path, in: directory)
    var info = stat()
    guard stat(url.path, &info) == 0 else {
      throw StudyplanError.cannotRead(path: path, reason: "no such file")
    }
    if (info.st_mode & S_IFMT) == S_IFDIR {
      throw StudyplanError.cannotRead(path: path, reason: "it is a folder")
    }
    let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw StudyplanError.cannotRead(
        path: path, reason: errno == EACCES ? "permission denied" : FileOutput.describe(errno))
    }
    defer { close(descriptor) }
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let wanted = min(buffer.count, limit + 1 - data.count)
      let count = buffer.withUnsafeMutableBytes {
        Foundation.read(descriptor, $0.baseAddress, wanted)
      }
      if count < 0, errno == EINTR { continue }
      guard count >= 0 else {
        throw StudyplanError.cannotRead(path: path, reason: "it could not be read")
      }
      if count == 0 { return data }
      data.append(contentsOf: buffer[0..<count])
      if data.count > limit {
        throw StudyplanError.fileTooLarge(path: path, limit: limit, what: what)
      }
    }
  }
}
