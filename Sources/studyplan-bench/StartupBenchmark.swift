/// Start-up: `studyplan --version` next to `sqlite3 -version`, alternating, in the same run.
enum StartupBenchmark {
  static func run() throws -> [BenchmarkResult] {
    let studyplan = Measure.studyplanBinary
    guard let sqlite = Measure.which("sqlite3") else {
      print("start-up: sqlite3 not installed; skipped (apt-get install -y sqlite3)")
      return []
    }
    // Warm the page cache for both binaries first.
    for _ in 0..<3 {
      try Measure.run(studyplan, ["--version"])
      try Measure.run(sqlite, ["-version"])
    }
    var ours: [Double] = []
    var theirs: [Double] = []
    for _ in 0..<15 {
      ours.append(try Measure.median(runs: 3) { try Measure.run(studyplan, ["--version"]) })
      theirs.append(try Measure.median(runs: 3) { try Measure.run(sqlite, ["-version"]) })
    }
    let median = { (values: [Double]) in values.sorted()[values.count / 2] }
    let (a, b) = (median(ours), median(theirs))
    let ratio = a / b
    print(
      "start-up: studyplan --version \(Measure.ms(a)), sqlite3 -version \(Measure.ms(b)),"
        + " ratio \(String(format: "%.2f", ratio))× (target ≤ 3×)")
    return [
      BenchmarkResult(
        name: "start-up (--version)", value: a * 1000, unit: "ms", peer: "sqlite3 -version",
        peerValue: b * 1000, ratio: ratio, target: "≤ 3× sqlite3", meetsTarget: ratio <= 3)
    ]
  }
}
