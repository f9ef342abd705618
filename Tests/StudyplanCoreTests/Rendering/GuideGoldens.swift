import Foundation
import Testing
import _StudyplanTestSupport

/// Golden files under `Fixtures/Goldens`: compared on every run, re-recorded into the source tree
/// when `RECORD_GOLDENS=1` (and the run fails, naming them).
enum GuideGoldens {
  static let sourceDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/Goldens")

  /// Checks `actual` against the golden `name` (a path under `Goldens/`), through the one golden
  /// helper (``expectGolden(_:at:absentWhenEmpty:sourceLocation:)``).
  static func check(
    _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    expectGolden(
      actual, at: sourceDirectory.appendingPathComponent(name), sourceLocation: sourceLocation)
  }
}
