import Foundation

/// Timing helpers shared by the benchmarks: medians of repeated runs, peers run in the same process.
enum Measure {
  /// The median of `runs` timings of `body`, in seconds.
  static func median(runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
      let start = DispatchTime.now().uptimeNanoseconds
      try body()
      times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    times.sort()
    return times[times.count / 2]
  }

  /// Runs `executable` with `arguments` to completion, output discarded; returns its exit status.
  ///
  /// posix_spawn and waitpid directly: Foundation's Process adds tens of milliseconds of its own,
  /// which would swamp a start-up measurement.
  @discardableResult
  static func run(_ executable: String, _ arguments: [String]) throws -> Int32 {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else {
      throw BenchmarkError.cannotRun(executable)
    }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return (status >> 8) & 0xFF
  }

  /// The full path of `name` on PATH, when it is installed.
  static func which(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Runs the Python peer `Benchmarks/SCRIPT` (found from the working directory or beside the
  /// sources) with `arguments`; it prints "MEDIAN-SECONDS CHECKSUM". Nil when python3 or the
  /// script is missing or the script fails.
  static func pythonPeer(_ script: String, _ arguments: [String]) -> (
    median: Double, checksum: String
  )? {
    let candidates = [
      URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        .appendingPathComponent("Benchmarks/\(script)"),
      URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Benchmarks/\(script)"),
    ]
    guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) })
    else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", path.path] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    do { try process.run() } catch { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let parts = String(decoding: data, as: UTF8.self).split(separator: " ")
    guard process.terminationStatus == 0, parts.count == 2, let median = Double(parts[0]) else {
      return nil
    }
    return (median, parts[1].trimmingCharacters(in: .whitespacesAndNewlines))
  }

  /// The `studyplan` binary built beside this benchmark binary.
  static var studyplanBinary: String {
    URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent().appendingPathComponent("studyplan").path
  }

  /// `seconds` as milliseconds with two decimals.
  static func ms(_ seconds: Double) -> String { String(format: "%.2f ms", seconds * 1000) }
}

/// One measured figure for the report: what, the value, the peer's value and the target.
struct BenchmarkResult: Codable {
  var name: String
  var value: Double
  var unit: String
  var peer: String?
  var peerValue: Double?
  var ratio: Double?
  var target: String
  var meetsTarget: Bool
}

/// Why a benchmark could not run.
enum BenchmarkError: Error {
  case cannotRun(String)
}
