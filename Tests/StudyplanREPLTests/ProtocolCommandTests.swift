import Foundation
import StudyplanCore
import StudyplanREPL
import Testing
import _StudyplanTestSupport

@Suite struct ProtocolCommandTests {
  @Test func newSaveRenameAndSaveAgainKeepsBothVersions() throws {
    let run = try runScript([
      #"new "Reform follow-up" --purpose "How small municipalities fared""#,
      "save --note first",
      #"rename "Reform follow-up 2026""#,
      "save",
      "history",
    ])
    #expect(run.status == .success)
    let history = try run.session.environment.store.store().history(of: "p1")
    #expect(history.map(\.title) == ["Reform follow-up", "Reform follow-up 2026"])
    #expect(history.map(\.note) == ["first", ""])
    #expect(run.session.workspace?.isDirty == false)
  }

  @Test func aScriptThatEndsWithUnsavedChangesFails() throws {
    let run = try runScript([#"new "Unsaved""#])
    #expect(run.status == .commandFailed)
    #expect(run.terminal.errors.hasPrefix("error: 'Unsaved' has unsaved changes"))
  }

  @Test func quitDiscardLeavesAnUnsavedProtocolBehind() throws {
    let run = try runScript([#"new "Unsaved""#, "quit --discard"])
    #expect(run.status == .success)
  }

  @Test func deleteInAScriptNeedsYes() throws {
    let run = try runScript([#"new "Doomed""#, "save", "delete p1"])
    #expect(run.status == .usage)
    #expect(run.terminal.errors.contains("'delete' asks for confirmation; add --yes"))
    let confirmed = try runScript(["delete p1 --yes", "list"], session: run.session)
    #expect(confirmed.status == .success)
    #expect(confirmed.terminal.output.contains("no protocols yet"))
  }

  @Test func aPersonIsAskedBeforeUnsavedChangesAreDropped() throws {
    let run = try runScript([#"new "First""#, #"new "Second""#, "n", "show"], isInteractive: true)
    #expect(run.terminal.errors.contains("'First' has unsaved changes"))
    #expect(run.session.workspace?.document.title == "First")
  }

  @Test func commandsNeedingAProtocolSaySoWhenNoneIsOpen() throws {
    let run = try runScript(["save"])
    #expect(run.status == .commandFailed)
    #expect(
      run.terminal.errors
        == "error: no protocol is open for 'save'; start one with 'new \"TITLE\"' or 'open ID' (at stdin:1)\n"
    )
  }

  @Test func openingAnUnknownIdSuggestsAKnownOne() throws {
    let run = try runScript([#"new "A""#, "save", "open p11"])
    #expect(run.terminal.errors.hasPrefix("error: no protocol with id 'p11'. Did you mean 'p1'?"))
  }

  @Test func theFirstFailureStopsAScriptUnlessToldToContinue() throws {
    let terminal = ScriptedTerminal(input: ["bogus", "help quit"])
    var repl = REPL(
      session: try makeTestSession(), terminal: terminal, source: .standardInput,
      continuesOnError: true)
    #expect(repl.run() == .commandFailed)
    #expect(terminal.output.contains("usage: quit"))
    let stopped = try runScript(["bogus", "help quit"])
    #expect(!stopped.terminal.output.contains("usage: quit"))
  }
}

@Suite struct ConflictRecoveryTests {
  @Test func aRefusedSaveSaysHowToKeepTheChangesAndTheWayOutWorksInAScript() throws {
    let store = try ProtocolStore()
    _ = try runScript([#"new "Shared""#, "save"], session: try makeTestSession(store: store))
    // This session opens version 1 and edits it; another planner saves version 2 meanwhile.
    let mine = try runScript(
      ["open p1", #"rename "Mine""#], session: try makeTestSession(store: store))
    _ = try runScript(
      ["open p1", #"rename "Theirs""#, "save"], session: try makeTestSession(store: store))
    var session = mine.session
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("conflict-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    session.environment.workingDirectory = folder.path
    let refused = try runScript(["save"], session: session)
    #expect(refused.status == .commandFailed)
    #expect(
      refused.terminal.errors.contains("'import FILE --into p1' saves yours as the next version"))
    let recovered = try runScript(
      [
        "export protocol --format json -o mine.json", "open p1 --discard",
        "import mine.json --into p1", "history p1",
      ], session: refused.session)
    #expect(recovered.status == .success, "\(recovered.terminal.errors)")
    #expect(try store.history(of: "p1").map(\.title) == ["Shared", "Theirs", "Mine"])
  }
}
