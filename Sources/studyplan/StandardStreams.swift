import Foundation

/// Writes to standard output and standard error the way git and cat do: a write that fails
/// (a full disk, `> /dev/full`, a closed pipe while SIGPIPE is ignored) ends the process with
/// one `error:` line on standard error, when that can still be written, and exit code 3 — never
/// a trap and a backtrace.
enum StandardStreams {
  /// Writes `text` to standard output; on failure, reports it and exits.
  static func out(_ text: String) {
    write(text, to: STDOUT_FILENO, named: "standard output")
  }

  /// Writes `text` to standard error; on failure, exits (there is nowhere left to report it).
  static func error(_ text: String) {
    write(text, to: STDERR_FILENO, named: "standard error")
  }

  private static func write(_ text: String, to descriptor: Int32, named name: String) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let count = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        bytes = bytes.dropFirst(count)
        continue
      }
      let code = errno
      if count < 0, code == EINTR { continue }
      if count < 0, code == EAGAIN {
        var poll = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
        _ = Glibc.poll(&poll, 1, -1)
        continue
      }
      fail(writing: name, code: count < 0 ? code : EIO)
    }
  }

  /// Reports a failed write once and exits with the storage/I-O code.
  static func fail(writing name: String, code: Int32) -> Never {
    let reason = code == ENOSPC ? "no space left on the device" : String(cString: strerror(code))
    let message = "error: could not write to \(name): \(reason.lowercased())\n"
    _ = message.withCString { Foundation.write(STDERR_FILENO, $0, strlen($0)) }
    exit(3)
  }
}
