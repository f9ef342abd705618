import Foundation
import Testing
import _StudyplanTestSupport

/// A malformed command line is a usage error wherever it is caught: exit code 2 and one
/// `error:` line, from the program's own options as from a command's.
@Suite struct UsageExitTests {
  static let malformed: [[String]] = [
    ["--bogus"], ["-f"], ["-c"], ["--db"], ["list", "--bogus"],
  ]

  @Test(arguments: malformed)
  func aMalformedCommandLineExitsTwoWithOneErrorLine(arguments: [String]) throws {
    let home = try BuiltBinary.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let run = try BuiltBinary.run(arguments, home: home)
    #expect(run.status == 2, "\(arguments): \(run.errors)")
    let lines = run.errors.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 1, "\(arguments): \(run.errors)")
    #expect(run.errors.hasPrefix("error: "), "\(arguments): \(run.errors)")
    #expect(run.output.isEmpty)
  }

  @Test func theMessageNamesTheOptionAndPointsToHelp() throws {
    let home = try BuiltBinary.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let bogus = try BuiltBinary.run(["--bogus"], home: home)
    #expect(bogus.errors == "error: unknown option '--bogus'; see 'studyplan --help'\n")
    let file = try BuiltBinary.run(["-f"], home: home)
    #expect(file.errors.contains("'-f"), "\(file.errors)")
    #expect(file.errors.hasSuffix("see 'studyplan --help'\n"))
  }

  @Test func helpAndVersionStillSucceed() throws {
    let home = try BuiltBinary.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let help = try BuiltBinary.run(["--help"], home: home)
    #expect(help.status == 0)
    #expect(help.output.contains("--no-pager"))
    let version = try BuiltBinary.run(["--version"], home: home)
    #expect(version.status == 0)
  }
}

/// One-shot commands and `-c`/`-f` values (issue 19).
@Suite struct OneShotErrorTests {
  @Test func aOneShotErrorNamesNoPlace() throws {
    let home = try BuiltBinary.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let db = home.appendingPathComponent("s.sqlite").path
    let result = try BuiltBinary.run(["--db", db, "show", "p99"], home: home)
    #expect(result.status == 1)
    #expect(result.errors == "error: no protocol with id 'p99'\n", "\(result.errors)")
    let scripted = try BuiltBinary.run(["--db", db, "-c", "list", "-c", "show p99"], home: home)
    #expect(scripted.errors.contains("(at command 2)"), "\(scripted.errors)")
  }

  @Test func aDashedWordAfterCIsACommandNotAMissingValue() throws {
    let home = try BuiltBinary.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let db = home.appendingPathComponent("s.sqlite").path
    let result = try BuiltBinary.run(["--db", db, "-c", "-x"], home: home)
    #expect(result.status == 1)
    #expect(result.errors.hasPrefix("error: unknown command '-x'"), "\(result.errors)")
  }
}
