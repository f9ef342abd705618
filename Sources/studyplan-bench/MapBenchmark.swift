import Foundation
import StudyplanCore

/// Drawing the frame on the SVG map (422 municipalities, UTM 33), next to a Python program that
/// parses the same boundary text and writes the same geometry (Benchmarks/map_reference.py),
/// timed in the same run.
enum MapBenchmark {
  static func run(repeats: Int = 9) throws -> [BenchmarkResult] {
    let data = try ReferenceData.embedded()
    let frame = SamplingFrame(data: data)
    let coldStart = SamplingBenchmark.cpuSeconds()
    let boundaries = try MunicipalityBoundaries.embedded()
    let parse = SamplingBenchmark.cpuSeconds() - coldStart
    var svg = ""
    var times: [Double] = []
    for _ in 0..<repeats {
      let start = SamplingBenchmark.cpuSeconds()
      svg = try FrameMap.svg(
        frame: frame, sample: nil, colouring: .field(.centrality), title: "Benchmark",
        language: .en, boundaries: boundaries)
      times.append(SamplingBenchmark.cpuSeconds() - start)
    }
    let median = times.sorted()[times.count / 2]
    let paths = svg.split(separator: "\n").filter { $0.hasPrefix("<path id=\"g") }
    let checksum = DataHash.sha256Hex(of: paths.joined(separator: "\n"))
    let python = runPython(text: boundaries.dataset.text, repeats: repeats)
    let same = python.map { $0.checksum == checksum ? "yes" : "NO" } ?? "n/a"
    print(
      [
        "map: the frame as SVG (422 municipalities projected to UTM 33, two panels, inset, "
          + "ByR outlines, legend), median of \(repeats), CPU seconds",
        String(
          format: "swift %.1f ms (%d bytes); boundary text parsed once in %.1f ms", median * 1000,
          svg.utf8.count, parse * 1000),
        "python (geometry only, the same \(paths.count) paths): "
          + (python.map {
            String(format: "%.1f ms, %.1f× swift", $0.median * 1000, $0.median / median)
          }
            ?? "n/a") + "; same paths: \(same)",
      ].joined(separator: "\n"))
    return [
      BenchmarkResult(
        name: "map of the frame as SVG (CPU)", value: median * 1000, unit: "ms",
        peer: python == nil ? nil : "Python, geometry only (same paths: \(same))",
        peerValue: python.map { $0.median * 1000 }, ratio: python.map { median / $0.median },
        target: "≤ 200 ms", meetsTarget: median <= 0.2)
    ]
  }

  static func runPython(text: String, repeats: Int) -> (median: Double, checksum: String)? {
    let input = FileManager.default.temporaryDirectory
      .appendingPathComponent("studyplan-bench-boundaries-\(UUID().uuidString).txt")
    guard (try? Data(text.utf8).write(to: input)) != nil else { return nil }
    defer { try? FileManager.default.removeItem(at: input) }
    return Measure.pythonPeer("map_reference.py", [input.path, String(repeats)])
  }
}
