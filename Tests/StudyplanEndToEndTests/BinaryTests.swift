import Foundation
import Testing
import _StudyplanTestSupport

/// The built binary, driven as scripts and shells drive it.
@Suite struct BinaryTests {
  @Test func pipedHelpThenABogusCommandPrintsHelpThenOneErrorAndExitsOne() throws {
    let home = try BuiltBinary.makeHome()
    let db = home.appendingPathComponent("x.sqlite").path
    let result = try BuiltBinary.run(["--db", db], input: "help\nbogus\n", home: home)
    #expect(result.status == 1)
    #expect(result.output.hasPrefix("Protocols:\n"))
    #expect(result.output.contains("\n  help       List the commands, or explain one\n"))
    #expect(result.errors == "error: unknown command 'bogus' (at stdin:2:1)\n")
  }

  @Test func versionAndHelpNeverCreateADatabase() throws {
    let home = try BuiltBinary.makeHome()
    let db = home.appendingPathComponent("never.sqlite").path
    let version = try BuiltBinary.run(["--db", db, "--version"], home: home)
    let help = try BuiltBinary.run(["--db", db, "--help"], home: home)
    #expect(version.status == 0)
    #expect(version.output.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
    #expect(help.status == 0)
    #expect(help.output.contains("USAGE: studyplan"))
    #expect(!FileManager.default.fileExists(atPath: db))
  }

  @Test func theStoreIsCreatedPrivateAtTheXDGDataFolder() throws {
    let home = try BuiltBinary.makeHome()
    let result = try BuiltBinary.run([], input: "new \"A\"\nsave\n", home: home)
    #expect(result.status == 0)
    let path = home.appendingPathComponent("data/studyplan/studyplan.sqlite").path
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
  }

  @Test func studyplanDBOverridesTheDefaultAndTheDBFlagOverridesBoth() throws {
    let home = try BuiltBinary.makeHome()
    let fromEnvironment = home.appendingPathComponent("env.sqlite").path
    let fromFlag = home.appendingPathComponent("flag.sqlite").path
    _ = try BuiltBinary.run(
      ["-c", "new \"A\"", "-c", "save"], home: home, environment: ["STUDYPLAN_DB": fromEnvironment])
    _ = try BuiltBinary.run(
      ["--db", fromFlag, "-c", "new \"B\"", "-c", "save"], home: home,
      environment: ["STUDYPLAN_DB": fromEnvironment])
    let listed = try BuiltBinary.run(
      ["list"], home: home, environment: ["STUDYPLAN_DB": fromEnvironment])
    #expect(listed.output.contains(" A\n"))
    #expect(!listed.output.contains(" B\n"))
    #expect(FileManager.default.fileExists(atPath: fromFlag))
  }

  @Test func aScriptFileStopsAtItsFirstFailureWithTheRightExitCode() throws {
    let home = try BuiltBinary.makeHome()
    let script = home.appendingPathComponent("plan.studyplan")
    try "new \"A\"\nsave --nite x\nsave\n".write(to: script, atomically: true, encoding: .utf8)
    let result = try BuiltBinary.run(["-f", script.path], home: home)
    #expect(result.status == 2)
    #expect(
      result.errors
        == "error: 'save' has no option '--nite'. Did you mean '--note'? (at \(script.path):2:6)\n")
    let carryOn = try BuiltBinary.run(["--continue-on-error", "-f", script.path], home: home)
    #expect(carryOn.status == 2)
    #expect(carryOn.output.contains("saved p1@1 'A'"))
  }

  @Test func oneShotCommandsRunOnceFromTheShell() throws {
    let home = try BuiltBinary.makeHome()
    _ = try BuiltBinary.run(["-c", "new \"Reform follow-up\"", "-c", "save"], home: home)
    let result = try BuiltBinary.run(["show", "p1"], home: home)
    #expect(result.status == 0)
    #expect(result.output.contains("title:    Reform follow-up"))
    let missing = try BuiltBinary.run(["show", "p9"], home: home)
    #expect(missing.status == 1)
    #expect(missing.errors.hasPrefix("error: no protocol with id 'p9'"))
  }

  @Test func anUnwritableStoreIsAStorageErrorWithExitThree() throws {
    let home = try BuiltBinary.makeHome()
    let result = try BuiltBinary.run(
      ["--db", "/proc/studyplan/x.sqlite", "list"], home: home)
    #expect(result.status == 3)
    #expect(
      result.errors.hasPrefix("error: cannot open the protocol store at '/proc/studyplan/x.sqlite'")
    )
  }

  @Test func completionScriptsGenerateForEachShell() throws {
    let home = try BuiltBinary.makeHome()
    for shell in ["bash", "zsh", "fish"] {
      let result = try BuiltBinary.run(["--generate-completion-script", shell], home: home)
      #expect(result.status == 0)
      #expect(result.output.contains("studyplan"))
    }
  }
}
