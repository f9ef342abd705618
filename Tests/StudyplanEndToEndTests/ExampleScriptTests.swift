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
    expectGolden(run.output, at: outURL)
    expectGolden(run.errors, at: errURL, absentWhenEmpty: true)
  }
}
