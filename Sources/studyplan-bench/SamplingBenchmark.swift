import Foundation
import StudyplanCore

/// Stratified draw with reserves over synthetic frames of 10k, 100k and 1M units, next to the
/// Python reference (Benchmarks/sampling_reference.py) timed in the same run.
enum SamplingBenchmark {
  static let strataCount = 12
  static let reserves = 5
  static let seed = "bench"

  /// Runs the benchmark, prints its report and returns its figures.
  static func run(sizes: [Int] = [10_000, 100_000, 1_000_000], repeats: Int = 5)
    -> [BenchmarkResult]
  {
    var lines = [
      "sampling: stratified draw with reserves (\(strataCount) strata, n = 1 % of the units, "
        + "proportional, \(reserves) reserves per stratum), median of \(repeats)",
      "times are CPU seconds of the one thread (robust to other load on the machine)",
      "units      swift (s)   python (s)  python/swift  same draw",
    ]
    var medians: [Double] = []
    var pythonMedians: [Double?] = []
    for size in sizes {
      let strata = frame(size)
      var times: [Double] = []
      var drawn: [String] = []
      for _ in 0..<repeats {
        let start = cpuSeconds()
        drawn = draw(strata, n: size / 100)
        times.append(cpuSeconds() - start)
      }
      let median = times.sorted()[times.count / 2]
      medians.append(median)
      let checksum = DataHash.sha256Hex(of: drawn.joined(separator: "\n"))
      let python = runPython(units: size, repeats: repeats)
      pythonMedians.append(python?.median)
      let pythonText = python.map { String(format: "%.4f", $0.median) } ?? "n/a"
      let ratio = python.map { String(format: "%.1f×", $0.median / median) } ?? "n/a"
      let same = python.map { $0.checksum == checksum ? "yes" : "NO" } ?? "n/a"
      lines.append(
        String(size).padding(toLength: 11, withPad: " ", startingAt: 0)
          + String(format: "%-12.4f", median)
          + pythonText.padding(toLength: 12, withPad: " ", startingAt: 0)
          + ratio.padding(toLength: 14, withPad: " ", startingAt: 0) + same)
    }
    for index in medians.indices.dropFirst() {
      lines.append(
        String(
          format: "scaling %d → %d units: %.1f× the time (target ≤ 12×)",
          sizes[index - 1], sizes[index], medians[index] / medians[index - 1]))
    }
    if let last = medians.last {
      lines.append(String(format: "largest frame: %.3f s (target ≤ 1 s)", last))
    }
    lines.append(referenceDataCost())
    print(lines.joined(separator: "\n"))
    var results: [BenchmarkResult] = []
    for (index, size) in sizes.enumerated() {
      let peer = pythonMedians[index]
      results.append(
        BenchmarkResult(
          name: "stratified draw, \(size) units (CPU)", value: medians[index] * 1000, unit: "ms",
          peer: peer == nil ? nil : "Python, same algorithm", peerValue: peer.map { $0 * 1000 },
          ratio: peer.map { medians[index] / $0 },
          target: size == 1_000_000 ? "≤ 1 s" : "linear",
          meetsTarget: size == 1_000_000 ? medians[index] <= 1 : true))
    }
    for index in medians.indices.dropFirst() {
      let growth = medians[index] / medians[index - 1]
      results.append(
        BenchmarkResult(
          name: "draw scaling \(sizes[index - 1]) → \(sizes[index])", value: growth, unit: "×",
          peer: nil, peerValue: nil, ratio: nil, target: "≤ 12× for 10× units",
          meetsTarget: growth <= 12))
    }
    return results
  }

  /// What the first data command pays: parsing and validating the embedded data, then building
  /// the frame (measured once, cold, then as the median of later runs).
  static func referenceDataCost() -> String {
    func measure(_ body: () -> Void) -> Double {
      let start = cpuSeconds()
      body()
      return cpuSeconds() - start
    }
    var first: ReferenceData? = nil
    let cold = measure { first = ReferenceData.load(.embedded) }
    guard var data = first else { return "" }
    var parse: [Double] = []
    var build: [Double] = []
    for _ in 0..<9 {
      parse.append(measure { data = ReferenceData.load(.embedded) })
      build.append(measure { _ = SamplingFrame(data: data) })
    }
    return String(
      format:
        "reference data (CPU): parse and validate %.1f ms (median; first %.1f ms), frame %.1f ms",
      parse.sorted()[4] * 1000, cold * 1000, build.sorted()[4] * 1000)
  }

  /// CPU time used by this process so far, in seconds.
  static func cpuSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }

  /// The synthetic frame: ids `U0000000…`, unit i in stratum `s=<i mod 12>`.
  static func frame(_ units: Int) -> [(key: String, ids: [String])] {
    var groups = Array(repeating: [String](), count: strataCount)
    for index in 0..<units {
      var id = String(index)
      id = "U" + String(repeating: "0", count: max(0, 7 - id.count)) + id
      groups[index % strataCount].append(id)
    }
    return groups.enumerated().map { ("s=\($0.offset)", $0.element) }
  }

  /// The draw under test: allocation, ranking and the split into drawn units and reserves.
  static func draw(_ strata: [(key: String, ids: [String])], n: Int) -> [String] {
    let sorted = strata.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    let allocation =
      (try? Allocator.proportional(
        n, sorted.map { Allocator.Stratum(key: $0.key, size: $0.ids.count) })) ?? []
    var out: [String] = []
    for (stratum, allocated) in zip(sorted, allocation) {
      let outcome = SampleDrawer.drawStratum(
        key: stratum.key, ids: stratum.ids, allocated: allocated, seed: seed, reserves: reserves)
      out += outcome.selected.map { stratum.ids[$0.index] }
      out += outcome.reserves.map { stratum.ids[$0.index] }
    }
    return out
  }

  static func runPython(units: Int, repeats: Int) -> (median: Double, checksum: String)? {
    Measure.pythonPeer("sampling_reference.py", [String(units), String(repeats)])
  }
}
