@preconcurrency import CReadline
import Foundation

/// Shows a listing longer than the screen a page at a time, as psql and git do: through `PAGER`,
/// else `less -FRX` (quits at once when the text fits, keeps colours, leaves the text on screen).
///
/// Only at a terminal: with standard output redirected, or `--no-pager`, text goes straight out.
struct Pager {
  /// The shell command the text is piped to.
  let command: String

  /// The pager for this run: `nil` when output is no terminal, `--no-pager` was given, `PAGER` is
  /// set empty, or `PAGER` is unset and `less` is not installed.
  static func configured(environment: [String: String], disabled: Bool) -> Pager? {
    guard !disabled, isatty(STDOUT_FILENO) == 1 else { return nil }
    if let value = environment["PAGER"] {
      let command = value.trimmingCharacters(in: .whitespaces)
      return command.isEmpty ? nil : Pager(command: command)
    }
    let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    guard folders.contains(where: { FileManager.default.isExecutableFile(atPath: "\($0)/less") })
    else { return nil }
    return Pager(command: "less -FRX")
  }

  /// Pipes `text` to the pager when it has more lines than the screen and waits for the pager
  /// to end; `false` when the text is short or the pager could not run (write it directly).
  func show(_ text: String) -> Bool {
    var rows: Int32 = 0
    var columns: Int32 = 0
    rl_get_screen_size(&rows, &columns)
    let height = rows > 1 ? Int(rows) : 24
    let lineCount = text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    guard lineCount >= height - 1 else { return false }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    let pipe = Pipe()
    process.standardInput = pipe
    // A pager that quits before reading everything (q in less) closes the pipe: no SIGPIPE.
    signal(SIGPIPE, SIG_IGN)
    do {
      try process.run()
    } catch {
      return false
    }
    let descriptor = pipe.fileHandleForWriting.fileDescriptor
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { break }
      bytes = bytes.dropFirst(written)
    }
    try? pipe.fileHandleForWriting.close()
    process.waitUntilExit()
    // 126/127: the shell could not run the pager (not found, not executable); nothing was
    // shown, so the caller writes the text itself.
    let status = process.terminationStatus
    return process.terminationReason == .uncaughtSignal || (status != 126 && status != 127)
  }
}
