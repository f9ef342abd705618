import Foundation

/// Runs the built `studyplan` binary, which `swift test` builds next to the test bundle.
public enum BuiltBinary {
  /// The binary's path: beside the running test executable.
  public static var path: String {
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    return executable.deletingLastPathComponent().appendingPathComponent("studyplan").path
  }

  /// What one run printed and how it ended.
  public struct Result: Sendable {
    public var output: String
    public var errors: String
    public var status: Int32
  }

  /// Runs the binary with `arguments`, `input` on a pipe as standard input, and `environment`
  /// added to a minimal one (HOME and XDG folders inside `home`), in `workingDirectory` when
  /// given.
  public static func run(
    _ arguments: [String], input: String = "", home: URL, environment: [String: String] = [:],
    workingDirectory: URL? = nil
  ) throws -> Result {
    var env = [
      "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
      "XDG_STATE_HOME": home.appendingPathComponent("state").path, "PATH": "/usr/bin:/bin",
      "LANG": "C.UTF-8",
    ]
    env.merge(environment) { $1 }
    return try runProgram(
      path, arguments, input: Data(input.utf8), environment: env,
      workingDirectory: workingDirectory)
  }

  /// Runs any program to its end: `input` as standard input (from a file, so it can never block
  /// on a full pipe), standard output and error drained while it runs. With no `environment`, the
  /// program inherits this process's.
  public static func runProgram(
    _ executable: String, _ arguments: [String], input: Data = Data(),
    environment: [String: String]? = nil, workingDirectory: URL? = nil
  ) throws -> Result {
    let process = Process()
    if let workingDirectory { process.currentDirectoryURL = workingDirectory }
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let environment { process.environment = environment }
    let inputFile = FileManager.default.temporaryDirectory
      .appendingPathComponent("studyplan-stdin-\(UUID().uuidString)")
    try input.write(to: inputFile)
    defer { try? FileManager.default.removeItem(at: inputFile) }
    process.standardInput = try FileHandle(forReadingFrom: inputFile)
    let outPipe = Pipe()
    let errPipe = Pipe()
    process.standardOutput = outPipe
    process.standardError = errPipe
    try process.run()
    let group = DispatchGroup()
    nonisolated(unsafe) var errData = Data()
    DispatchQueue.global().async(group: group) {
      errData = errPipe.fileHandleForReading.readDataToEndOfFile()
    }
    let outData = outPipe.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Result(
      output: String(decoding: outData, as: UTF8.self),
      errors: String(decoding: errData, as: UTF8.self), status: process.terminationStatus)
  }

  /// A fresh, empty folder for one test's home and store.
  public static func makeHome() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("studyplan-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

extension BuiltBinary {
  /// What a measured run printed, how it ended, and the most memory it held.
  public struct MeasuredResult: Sendable {
    public var result: Result
    /// Peak resident memory in bytes (`ru_maxrss` of the process alone).
    public var peakMemory: Int
    /// Seconds from start to end.
    public var seconds: Double
    /// Whether it had to be killed after the deadline.
    public var timedOut: Bool
  }

  /// Runs the binary with standard input from `/dev/null` and reports its own peak memory;
  /// killed after `deadline` seconds.
  ///
  /// The peak is measured by a small Python parent that forks and waits for the binary: a
  /// process spawned straight from the test process starts its peak at the test process's
  /// (Linux carries the old memory's high-water mark over `exec`, and `posix_spawn` runs the
  /// child in the parent's memory until then), which would measure the test, not the binary.
  public static func runMeasured(
    _ arguments: [String], home: URL, workingDirectory: URL? = nil, deadline: Double = 120
  ) throws -> MeasuredResult {
    let out = home.appendingPathComponent("measured-\(UUID().uuidString).out")
    let err = home.appendingPathComponent("measured-\(UUID().uuidString).err")
    defer {
      try? FileManager.default.removeItem(at: out)
      try? FileManager.default.removeItem(at: err)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, out.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, err.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let folder = (workingDirectory ?? home).path
    let peakFile = home.appendingPathComponent("measured-\(UUID().uuidString).peak")
    defer { try? FileManager.default.removeItem(at: peakFile) }
    let words: [String] =
      ["/usr/bin/python3", "-c", Self.measuringParent, folder, peakFile.path, path] + arguments
    let argv = words.map { strdup($0) }
    let variables: [String] = [
      "HOME=\(home.path)", "XDG_DATA_HOME=\(home.appendingPathComponent("data").path)",
      "XDG_STATE_HOME=\(home.appendingPathComponent("state").path)", "PATH=/usr/bin:/bin",
      "LANG=C.UTF-8",
    ]
    let env = variables.map { strdup($0) }
    defer { for pointer in argv + env { free(pointer) } }
    var pid: pid_t = 0
    let started = Date()
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
    posix_spawnattr_setpgroup(&attributes, 0)
    guard posix_spawn(&pid, words[0], &actions, &attributes, argv + [nil], env + [nil]) == 0
    else {
      throw PseudoTerminalError.cannotStart
    }
    var status: Int32 = 0
    var usage = rusage()
    var timedOut = false
    while wait4(pid, &status, WNOHANG, &usage) == 0 {
      if Date().timeIntervalSince(started) > deadline {
        kill(-pid, SIGKILL)
        timedOut = true
        wait4(pid, &status, 0, &usage)
        break
      }
      usleep(10_000)
    }
    let seconds = Date().timeIntervalSince(started)
    let result = Result(
      output: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
      errors: (try? String(contentsOf: err, encoding: .utf8)) ?? "",
      status: (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F))
    let peak = (try? String(contentsOf: peakFile, encoding: .utf8)).flatMap {
      Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    return MeasuredResult(
      result: result, peakMemory: (peak ?? Int(usage.ru_maxrss)) * 1024, seconds: seconds,
      timedOut: timedOut)
  }

  /// Runs `argv[3…]` in `argv[1]` as its child and writes the child's peak resident memory
  /// (KiB) to `argv[2]`; exits with the child's status (128 + N for signal N).
  static let measuringParent = """
    import os, sys
    os.chdir(sys.argv[1])
    pid = os.fork()
    if pid == 0:
        os.execv(sys.argv[3], sys.argv[3:])
    _, status, usage = os.wait4(pid, 0)
    with open(sys.argv[2], "w") as f:
        f.write(str(usage.ru_maxrss))
    code = os.waitstatus_to_exitcode(status)
    sys.exit(code if code >= 0 else 128 - code)
    """

}
