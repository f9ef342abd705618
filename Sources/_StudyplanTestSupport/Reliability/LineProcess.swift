import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A running `studyplan` process fed line by line, whose output (standard output and error
/// together, in order) is read line by line.
public final class LineProcess {
  private let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private var buffer = [UInt8]()
  private var isAtEnd = false

  /// Starts `binary` with `arguments`; standard input stays open for ``send(_:)``.
  public init(binary: String, arguments: [String], inputFile: URL? = nil) throws {
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    process.environment = [
      "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory(),
    ]
    if let inputFile {
      process.standardInput = try FileHandle(forReadingFrom: inputFile)
    } else {
      process.standardInput = input
    }
    process.standardOutput = output
    process.standardError = output
    try process.run()
  }

  /// The process id.
  public var pid: Int32 { process.processIdentifier }

  /// Writes `text` to the process's standard input.
  public func send(_ text: String) {
    input.fileHandleForWriting.write(Data(text.utf8))
  }

  /// Closes standard input (end of input for the REPL).
  public func closeInput() {
    try? input.fileHandleForWriting.close()
  }

  /// The next output line, without its newline; `nil` at end of output or after `timeout` seconds.
  public func readLine(timeout: Double = 30) -> String? {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      if let newline = buffer.firstIndex(of: 0x0A) {
        let line = String(decoding: buffer[..<newline], as: UTF8.self)
        buffer.removeSubrange(...newline)
        return line
      }
      if isAtEnd {
        guard !buffer.isEmpty else { return nil }
        defer { buffer.removeAll() }
        return String(decoding: buffer, as: UTF8.self)
      }
      let remaining = deadline.timeIntervalSinceNow
      guard remaining > 0 else { return nil }
      var poller = pollfd(
        fd: output.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
      guard poll(&poller, 1, Int32(min(remaining, 1) * 1000)) > 0 else { continue }
      var chunk = [UInt8](repeating: 0, count: 65_536)
      let count = read(output.fileHandleForReading.fileDescriptor, &chunk, chunk.count)
      if count <= 0 { isAtEnd = true } else { buffer += chunk[0..<count] }
    }
  }

  /// Every remaining output line, up to end of output.
  public func readRemainingLines(timeout: Double = 30) -> [String] {
    var lines: [String] = []
    while let line = readLine(timeout: timeout) { lines.append(line) }
    return lines
  }

  /// Sends SIGKILL.
  public func kill() {
    _ = Glibc.kill(process.processIdentifier, SIGKILL)
  }

  /// Waits for the process to end; returns its exit status, or `-signal` when a signal ended it.
  @discardableResult
  public func wait() -> Int32 {
    closeInput()
    process.waitUntilExit()
    return process.terminationReason == .uncaughtSignal
      ? -process.terminationStatus : process.terminationStatus
  }
}
