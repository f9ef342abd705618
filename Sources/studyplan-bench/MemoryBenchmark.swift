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
      peer = try peakKilobytes(
        sqlite, [db, "SELECT protocolNumber, version, length(document) FROM protocolVersion"])
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

  /// Runs the command to its end under GNU time and returns its peak resident set size in KiB.
  ///
  /// Not wait4 on our own child: posix_spawn starts the child in this process's memory, so its
  /// high-water mark would include this benchmark's own. GNU time forks from a small process.
  private static func peakKilobytes(_ executable: String, _ arguments: [String]) throws -> Double {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else {
      throw BenchmarkError.cannotRun("/usr/bin/time (apt-get install -y time)")
    }
    let report = FileManager.default.temporaryDirectory
      .appendingPathComponent("studyplan-rss-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: report) }
    guard
      try Measure.run("/usr/bin/time", ["-f", "%M", "-o", report, executable] + arguments) == 0,
      let text = try? String(contentsOfFile: report, encoding: .utf8),
      let kilobytes = Double(text.trimmingCharacters(in: .whitespacesAndNewlines))
    else { throw BenchmarkError.cannotRun(executable) }
    return kilobytes
  }
}
