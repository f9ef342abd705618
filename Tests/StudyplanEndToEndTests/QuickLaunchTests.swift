import Foundation
import Testing
import _StudyplanTestSupport

/// The executable reads a command line of the common forms itself, without ArgumentParser, to
/// start faster (`Launch.init(quickly:)`). Whatever it reads that way must run exactly as
/// ArgumentParser's reading does: each case runs once in the quick form and once with `--db=`,
/// which only ArgumentParser reads, on stores made the same way.
@Suite struct QuickLaunchTests {
  /// Command lines after `--db PATH`; `SCRIPT` stands for a script file's path.
  static let commandLines: [[String]] = [
    ["-c", "new \"A\"", "-c", "save", "-c", "show"],
    ["--no-pager", "open", "p1"],
    ["open", "p9"],
    ["-c", "bogus", "help", "new"],
    ["list", "--bogus"],
    ["--continue-on-error", "-f", "SCRIPT"],
    ["-f", "SCRIPT", "--no-pager", "-c", "help list"],
    ["-c", "open p1", "-c", "rename \"Quick\"", "-c", "save --note \"-c\""],
  ]

  @Test(arguments: commandLines)
  func theQuickReadingRunsAsArgumentParsersDoes(commandLine: [String]) throws {
    let quick = try run(commandLine, storeOption: { ["--db", $0] })
    let parsed = try run(commandLine, storeOption: { ["--db=\($0)"] })
    #expect(quick.status == parsed.status)
    #expect(quick.output == parsed.output)
    #expect(quick.errors == parsed.errors)
  }

  /// The executable exits without freeing its session, after closing the store: SQLite still
  /// ends its write-ahead log, so no `-wal` or `-shm` file is left beside the store.
  @Test func aCommandLeavesTheStoreClosed() throws {
    let home = try BuiltBinary.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let db = home.appendingPathComponent("store.sqlite").path
    for arguments in [["-c", "new \"A\"", "-c", "save"], ["list"], ["show", "p1"], ["bogus"]] {
      _ = try BuiltBinary.run(["--db", db] + arguments, home: home)
      #expect(FileManager.default.fileExists(atPath: db))
      #expect(!FileManager.default.fileExists(atPath: db + "-wal"), "after \(arguments)")
      #expect(!FileManager.default.fileExists(atPath: db + "-shm"), "after \(arguments)")
    }
  }

  /// Runs `commandLine` against a store holding one saved protocol, in a fresh home; the home's
  /// path is replaced by `HOME` in what it printed.
  private func run(_ commandLine: [String], storeOption: (String) -> [String]) throws
    -> BuiltBinary.Result
  {
    let home = try BuiltBinary.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let db = home.appendingPathComponent("store.sqlite").path
    let script = home.appendingPathComponent("plan.studyplan")
    try "open p1\nsave --nite x\nshow\n".write(to: script, atomically: true, encoding: .utf8)
    let made = try BuiltBinary.run(["--db", db, "-c", "new \"First\"", "-c", "save"], home: home)
    #expect(made.status == 0, "\(made.errors)")
    let arguments = storeOption(db) + commandLine.map { $0 == "SCRIPT" ? script.path : $0 }
    var result = try BuiltBinary.run(arguments, home: home)
    result.output = result.output.replacingOccurrences(of: home.path, with: "HOME")
    result.errors = result.errors.replacingOccurrences(of: home.path, with: "HOME")
    return result
  }
}
