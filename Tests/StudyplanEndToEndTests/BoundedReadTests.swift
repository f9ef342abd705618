import Foundation
import Testing
import _StudyplanTestSupport

/// Reads are bounded (issue 19): `import`, `-f` and `data import` stop at their limit and one
/// byte whatever the source, so `/dev/zero` ends at once with one error line and little memory.
@Suite struct BoundedReadTests {
  static let sources: [(name: String, arguments: [String])] = [
    ("import", ["-c", "import /dev/zero"]),
    ("data import", ["-c", "data import /dev/zero --kind klass"]),
    ("-f", ["-f", "/dev/zero"]),
    ("one-shot import", ["import", "/dev/zero"]),
  ]

  @Test(arguments: sources.map(\.name))
  func readingDevZeroEndsWithOneErrorAndLittleMemory(name: String) throws {
    let home = try BuiltBinary.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let arguments = try #require(Self.sources.first { $0.name == name }).arguments
    let run = try BuiltBinary.runMeasured(
      ["--db", home.appendingPathComponent("s.sqlite").path] + arguments, home: home)
    #expect(!run.timedOut, "\(name) read /dev/zero without end")
    #expect(run.result.status == 1, "\(name): \(run.result.status) \(run.result.errors)")
    let lines = run.result.errors.split(separator: "\n")
    #expect(lines.count == 1, "\(run.result.errors)")
    #expect(
      lines.first?.hasPrefix("error: '/dev/zero' is larger than 16 MiB") == true,
      "\(run.result.errors)")
    #expect(run.peakMemory < 100 * 1024 * 1024, "\(name) held \(run.peakMemory) bytes")
  }

  @Test func aFileJustUnderTheLimitIsReadAndJudgedOnItsContent() throws {
    let home = try BuiltBinary.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let file = home.appendingPathComponent("big.json")
    try Data(repeating: 0x20, count: 16 * 1024 * 1024).write(to: file)
    let result = try BuiltBinary.run(
      ["--db", home.appendingPathComponent("s.sqlite").path, "import", file.path], home: home)
    #expect(result.status == 1)
    #expect(result.errors.contains("is not valid JSON"), "\(result.errors)")
  }
}
