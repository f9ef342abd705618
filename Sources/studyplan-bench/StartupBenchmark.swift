import Foundation

/// Start-up, as whole processes side by side with sqlite3: `studyplan --version` next to
/// `sqlite3 -version`, and `list`, `show` and `history` on a small store next to sqlite3
/// selecting the same rows from the same file. Each pair alternates in the same run; the
/// stripped size of the binary is reported with them (docs/decisions/0011-start-up-and-binary-size.md).
enum StartupBenchmark {
  /// The small store's protocols, each saved twice.
  static let protocols = 5

  /// One measured pair: our command line and sqlite3's equivalent.
  struct Case {
    var name: String
    var ours: [String]
    var peerName: String
    var peer: [String]
  }

  static func run() throws -> [BenchmarkResult] {
    let studyplan = Measure.studyplanBinary
    guard let sqlite = Measure.which("sqlite3") else {
      print("start-up: sqlite3 not installed; skipped (apt-get install -y sqlite3)")
      return []
    }
    let store = ".build/bench-startup.sqlite"
    try makeStore(at: store, with: studyplan)
    var results: [BenchmarkResult] = []
    for item in cases(store: store) {
      let (ours, theirs) = try alternate(studyplan, item.ours, sqlite, item.peer)
      let ratio = ours / theirs
      print(
        "start-up (\(item.name)): studyplan \(Measure.ms(ours)), \(item.peerName) \(Measure.ms(theirs)),"
          + " ratio \(String(format: "%.2f", ratio))× (target ≤ 3×)")
      results.append(
        BenchmarkResult(
          name: "start-up (\(item.name))", value: ours * 1000, unit: "ms", peer: item.peerName,
          peerValue: theirs * 1000, ratio: ratio, target: "≤ 3× sqlite3", meetsTarget: ratio <= 3))
    }
    if let size = strippedSize(of: studyplan) {
      let megabytes = Double(size) / 1_000_000
      print(String(format: "binary: %.1f MB stripped (target ≤ 40 MB)", megabytes))
      results.append(
        BenchmarkResult(
          name: "binary size, stripped", value: megabytes, unit: "MB", peer: nil, peerValue: nil,
          ratio: nil, target: "≤ 40 MB", meetsTarget: megabytes <= 40))
    }
    return results
  }

  /// The pairs: `--version`, then a listing of every protocol, one protocol's newest version,
  /// and one protocol's versions, each with the select `list`, `show` and `history` run.
  static func cases(store: String) -> [Case] {
    let middle = protocols / 2 + 1
    return [
      Case(
        name: "--version", ours: ["--version"], peerName: "sqlite3 -version", peer: ["-version"]),
      Case(
        name: "list", ours: ["--db", store, "list"], peerName: "sqlite3 select",
        peer: [
          store,
          "SELECT number, headVersion, headTitle, headStatus, headModel, headSavedAt FROM protocol"
            + " WHERE headVersion > 0 ORDER BY headSavedAt DESC, number DESC",
        ]),
      Case(
        name: "show", ours: ["--db", store, "show", "p\(middle)"], peerName: "sqlite3 select",
        peer: [
          store,
          "SELECT savedAt, note, document FROM protocolVersion WHERE protocolNumber = \(middle)"
            + " AND version = (SELECT headVersion FROM protocol WHERE number = \(middle))",
        ]),
      Case(
        name: "history", ours: ["--db", store, "history", "p\(middle)"],
        peerName: "sqlite3 select",
        peer: [
          store,
          "SELECT version, savedAt, note, status, title FROM protocolVersion"
            + " WHERE protocolNumber = \(middle) ORDER BY version",
        ]),
    ]
  }

  /// Medians of our command and the peer's, run alternately: three runs of each in turn,
  /// fifteen times, after warming the page cache for both.
  static func alternate(
    _ ours: String, _ ourArguments: [String], _ peer: String, _ peerArguments: [String]
  ) throws -> (Double, Double) {
    for _ in 0..<3 {
      try Measure.run(ours, ourArguments)
      try Measure.run(peer, peerArguments)
    }
    var mine: [Double] = []
    var theirs: [Double] = []
    for _ in 0..<15 {
      mine.append(try Measure.median(runs: 3) { try Measure.run(ours, ourArguments) })
      theirs.append(try Measure.median(runs: 3) { try Measure.run(peer, peerArguments) })
    }
    let median = { (values: [Double]) in values.sorted()[values.count / 2] }
    return (median(mine), median(theirs))
  }

  /// A new store at `path` with ``protocols`` protocols, each saved twice, made by the binary.
  static func makeStore(at path: String, with studyplan: String) throws {
    for suffix in ["", "-wal", "-shm"] {
      try? FileManager.default.removeItem(atPath: path + suffix)
    }
    for number in 1...protocols {
      let status = try Measure.run(
        studyplan,
        [
          "--db", path, "-c", "new \"Reform follow-up \(number)\"", "-c", "save",
          "-c", "rename \"Reform follow-up \(number), second\"", "-c", "save --note second",
        ])
      guard status == 0 else { throw BenchmarkError.cannotRun("\(studyplan) (making \(path))") }
    }
  }

  /// The size of `binary` once stripped of symbols and debug information, in bytes; nil when
  /// `strip` (binutils) is missing.
  static func strippedSize(of binary: String) -> Int? {
    guard let strip = Measure.which("strip") else { return nil }
    let copy = FileManager.default.temporaryDirectory
      .appendingPathComponent("studyplan-stripped-\(getpid())").path
    defer { try? FileManager.default.removeItem(atPath: copy) }
    guard (try? Measure.run(strip, ["-o", copy, binary])) == 0,
      let attributes = try? FileManager.default.attributesOfItem(atPath: copy)
    else { return nil }
    return (attributes[.size] as? NSNumber)?.intValue
  }
}
