import Foundation
import Testing

/// Golden files under `Fixtures/Goldens`: compared on every run, re-recorded into the source tree
/// when `RECORD_GOLDENS=1`.
enum GuideGoldens {
  static let sourceDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/Goldens")

  /// Checks `actual` against the golden `name` (a path under `Goldens/`).
  static func check(
    _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
      let url = sourceDirectory.appendingPathComponent(name)
      try? FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      #expect(throws: Never.self) { try Data(actual.utf8).write(to: url) }
      return
    }
    let path = "Fixtures/Goldens/" + name
    let url = Bundle.module.resourceURL?.appendingPathComponent(path)
    guard let url, let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record(
        "golden '\(name)' is missing; run with RECORD_GOLDENS=1 to record it",
        sourceLocation: sourceLocation)
      return
    }
    if expected != actual {
      let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
      let line = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
      let place =
        line.map { "line \($0.offset + 1): expected '\($0.element.0)', got '\($0.element.1)'" }
        ?? "lengths differ (\(expectedLines.count) vs \(actualLines.count) lines)"
      Issue.record(
        "golden '\(name)' differs at \(place); re-record with RECORD_GOLDENS=1 if intended",
        sourceLocation: sourceLocation)
    }
  }
}
