import Foundation

/// Peak memory of a typical session: a script that builds, samples, guides, saves and exports a
/// protocol, run by the release binary; the peak resident size comes from the kernel (wait4).
/// sqlite3 opening the same store and listing its versions is the peer.
enum MemoryBenchmark {
  static func run() throws -> [BenchmarkResult] {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("studyplan-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let script = folder.appendingPathComponent("session.studyplan")
    let db = folder.appendingPathComponent("bench.sqlite").path
    try """
    new "Memory" --purpose "A typical session"
    ask reform-least-central
    ask horizontal-versus-vertical
    model 1
    roles add ordfører rådmann næringssjef
    frame --filter "centrality in 5,6"
    sample --suggested reform-least-central --n 12 --seed 2026 --reserves 2
    guide build
    check
    save --note bench
    export guide --all-roles --format docx -o \(folder.path)/guides --force
    export methods --format md -o \(folder.path)/methods.md --force
    """.write(to: script, atomically: true, encoding: .utf8)

    let ours = try peakKilobytes(Measure.studyplanBinary, ["--db", db, "-f", script.path])
    var peer: Double?
    if let sqlite = Measure.which("sqlite3") {
      peer = try peakKilobytes(sqlite, [db, "SELECT protocolNumber, version, length(document) FROM protocolVersion"])
    }
    let mib = ours / 1024
    print(
      String(format: "memory: typical session peak %.1f MiB", mib)
        + (peer.map { String(format: ", sqlite3 on the same store %.1f MiB", $0 / 1024) } ?? "")
        + " (target ≤ 40 MiB)")
    return [
      BenchmarkResult(
        name: "peak memory, typical session", value: mib, unit: "MiB",
        peer: peer == nil ? nil : "sqlite3 reading the store", peerValue: peer.map { $0 / 1024 },
        ratio: peer.map { ours / $0 }, target: "≤ 40 MiB", meetsTarget: mib <= 40)
    ]
  }

  /// Runs the command to its end and returns its peak resident set size in KiB.
  private static func peakKilobytes(_ executable: String, _ arguments: [String]) throws -> Double {
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
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    guard (status >> 8) & 0xFF == 0 else { throw BenchmarkError.cannotRun(executable) }
    return Double(usage.ru_maxrss)
  }
}
