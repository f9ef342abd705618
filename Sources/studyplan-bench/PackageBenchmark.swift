import Foundation
import StudyplanCore

/// The study package of the model-3 template (five DOCX guides, letter, methods text, protocol
/// JSON, README and SHA256SUMS) built and zipped, next to Python's zipfile writing the same
/// files into a deflated zip in the same run. Python times itself (files read and zipped, its
/// start-up left out), so both figures are in-process work. Target: no slower than Python.
enum PackageBenchmark {
  static func run() throws -> [BenchmarkResult] {
    let template = try ShippedProtocol.named("model-3")
    let frame = SamplingFrame(data: ReferenceData.load(.embedded))
    let context = ExportContext(
      document: try template.document(), prefix: "p1", frame: frame, software: "studyplan",
      versionLabel: "p1@1")
    var package = try StudyPackage(context)
    var bytes = 0
    let ours = try Measure.median(runs: 21) {
      package = try StudyPackage(context)
      bytes = try package.zip(folder: "studyplan-p1-v1").count
    }
    let zipOnly = try Measure.median(runs: 21) {
      bytes = try package.zip(folder: "studyplan-p1-v1").count
    }
    let name = "study package of model-3 (\(package.files.count) files): zipping"
    guard let python = Measure.which("python3") else {
      print("package: \(Measure.ms(ours)); python3 not installed")
      return [
        BenchmarkResult(
          name: name, value: ours * 1000, unit: "ms", peer: "python3 zipfile (not installed)",
          peerValue: nil, ratio: nil, target: "≤ 1× python3 zipfile", meetsTarget: false)
      ]
    }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("studyplan-package-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(at: folder) }
    for file in package.files {
      let url = folder.appendingPathComponent("in/\(file.path)")
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try file.data.write(to: url)
    }
    let list = folder.appendingPathComponent("files.txt")
    try Data(package.files.map(\.path).joined(separator: "\n").utf8).write(to: list)
    let script = """
      import statistics, sys, time, zipfile
      root, listing, out = sys.argv[1], sys.argv[2], sys.argv[3]
      paths = open(listing).read().split('\\n')
      times = []
      for _ in range(21):
          start = time.perf_counter()
          with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
              for path in paths:
                  info = zipfile.ZipInfo('studyplan-p1-v1/' + path, (2020, 1, 1, 0, 0, 0))
                  info.compress_type = zipfile.ZIP_DEFLATED
                  z.writestr(info, open(root + '/' + path, 'rb').read())
          times.append(time.perf_counter() - start)
      print(statistics.median(times))
      """
    let arguments = [
      "-c", script, folder.appendingPathComponent("in").path, list.path,
      folder.appendingPathComponent("peer.zip").path,
    ]
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let printed = String(decoding: output, as: UTF8.self).trimmingCharacters(
      in: .whitespacesAndNewlines)
    guard process.terminationStatus == 0, let peer = Double(printed) else {
      throw BenchmarkError.cannotRun(python)
    }
    let ratio = zipOnly / peer
    print(
      "package: \(package.files.count) files built and zipped in \(Measure.ms(ours)), zipped "
        + "alone in \(Measure.ms(zipOnly)) (\(bytes) bytes); python3 zipfile "
        + "\(Measure.ms(peer)); ratio " + String(format: "%.3f", ratio) + "×")
    return [
      BenchmarkResult(
        name: name, value: zipOnly * 1000, unit: "ms",
        peer: "python3 zipfile (same files, in-process)", peerValue: peer * 1000, ratio: ratio,
        target: "≤ 1× python3 zipfile", meetsTarget: ratio <= 1),
      BenchmarkResult(
        name: "study package of model-3: every document rendered, hashed and zipped",
        value: ours * 1000, unit: "ms", peer: nil, peerValue: nil, ratio: nil,
        target: "well under 100 ms", meetsTarget: ours < 0.1),
    ]
  }
}
