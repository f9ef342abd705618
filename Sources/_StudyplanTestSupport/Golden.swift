import Foundation
import Testing

/// Compares `actual` with a golden file kept beside the calling test, in `folder`.
///
/// A missing golden file is written and the test fails, so a new golden is always looked at once.
/// With `RECORD_GOLDENS=1` in the environment every golden is rewritten from `actual`.
public func expectGolden(
  _ actual: String, named name: String, in folder: String = "Transcripts",
  filePath: StaticString = #filePath, sourceLocation: SourceLocation = #_sourceLocation
) {
  let directory = URL(fileURLWithPath: "\(filePath)").deletingLastPathComponent()
    .appendingPathComponent(folder)
  let file = directory.appendingPathComponent(name)
  let isRecording = ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1"
  guard !isRecording, let expected = try? String(contentsOf: file, encoding: .utf8) else {
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try? actual.write(to: file, atomically: true, encoding: .utf8)
    if !isRecording {
      Issue.record(
        "recorded a new golden file \(file.path); check it and run again",
        sourceLocation: sourceLocation)
    }
    return
  }
  if expected != actual {
    Issue.record(
      """
      '\(name)' differs from its golden file (RECORD_GOLDENS=1 re-records):
      \(firstDifference(expected, actual))
      """, sourceLocation: sourceLocation)
  }
}

/// The first line where two texts differ, for a readable failure.
func firstDifference(_ expected: String, _ actual: String) -> String {
  let left = expected.components(separatedBy: "\n")
  let right = actual.components(separatedBy: "\n")
  for index in 0..<max(left.count, right.count) {
    let a = index < left.count ? left[index] : "<end>"
    let b = index < right.count ? right[index] : "<end>"
    if a != b { return "line \(index + 1):\n  expected: \(a)\n  actual:   \(b)" }
  }
  return "(no line differs)"
}
