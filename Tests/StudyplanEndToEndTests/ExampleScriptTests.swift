import Foundation
import Testing
import _StudyplanTestSupport

/// `Examples/*.studyplan`: each example session runs through the built binary, and what it
/// prints must match the committed `NAME.out` (standard output) and `NAME.err` (warnings and
/// errors; absent when there are none). `RECORD_GOLDENS=1` rewrites them.
@Suite struct ExampleScriptTests {
  static let examples = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Examples")

  static var scripts: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? []
    return names.filter { $0.hasSuffix(".studyplan") }.sorted()
  }

  @Test func thereAreExampleSessions() {
    #expect(Self.scripts.count >= 2)
  }

  @Test(arguments: scripts)
  func exampleSessionPrintsWhatIsCommitted(script: String) throws {
    let home = try BuiltBinary.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let run = try BuiltBinary.run(
      [
        "--db", home.appendingPathComponent("example.sqlite").path, "-f",
        Self.examples.appendingPathComponent(script).path,
      ], home: home)
    #expect(run.status == 0, "\(run.errors)")
    let name = String(script.dropLast(".studyplan".count))
    let outURL = Self.examples.appendingPathComponent("\(name).out")
    let errURL = Self.examples.appendingPathComponent("\(name).err")
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
      try Data(run.output.utf8).write(to: outURL)
      if run.errors.isEmpty {
        try? FileManager.default.removeItem(at: errURL)
      } else {
        try Data(run.errors.utf8).write(to: errURL)
      }
      return
    }
    let output = try? String(contentsOf: outURL, encoding: .utf8)
    let errors = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
    #expect(output == run.output, "Examples/\(name).out drifted; re-record with RECORD_GOLDENS=1")
    #expect(errors == run.errors, "Examples/\(name).err drifted; re-record with RECORD_GOLDENS=1")
  }
}
