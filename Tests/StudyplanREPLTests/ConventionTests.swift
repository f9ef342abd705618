import Foundation
import StudyplanCore
import StudyplanREPL
import Testing
import _StudyplanTestSupport

/// What people who know psql, sqlite3 or IPython expect of a REPL: leaving, closing, undoing,
/// honest unsaved marks, and errors that say how to do it right.
@Suite struct ConventionTests {
  @Test(arguments: ["exit", "\\q", ".quit", "QUIT"])
  func theUsualWaysOfLeavingAllLeave(word: String) throws {
    let run = try runScript([word, "help"])
    #expect(run.status == .success)
    #expect(run.session.isFinished)
    #expect(!run.terminal.output.contains("Protocols"), "nothing runs after \(word)")
  }

  @Test func helpForQuitNamesItsAliases() throws {
    let run = try runScript(["help quit", "help exit"])
    #expect(run.status == .success)
    #expect(run.terminal.output.contains("also exit, \\q, .quit"))
  }

  @Test func answeringNoAtTheLeavePromptReturnsToThePrompt() throws {
    // Ctrl-D with unsaved changes, answered N: the session carries on and the next line runs.
    let terminal = EndingTerminal(script: [
      #"new "Kept""#, nil, "n", "rename \"Still here\"", nil, "y",
    ])
    var repl = REPL(session: try makeTestSession(), terminal: terminal, source: .terminal)
    let status = repl.run()
    #expect(status == .success)
    #expect(terminal.output.contains("staying; 'save' stores the changes"))
    #expect(terminal.output.contains("renamed to 'Still here'"))
    #expect(repl.session.workspace?.document.title == "Still here")
  }

  @Test func answeringNoToQuitStays() throws {
    let run = try runScript([#"new "Kept""#, "quit", "n", "show"], isInteractive: true)
    #expect(!run.session.isFinished)
    #expect(run.terminal.output.contains("staying; 'save' stores the changes"))
    #expect(run.terminal.output.contains("(unsaved changes)"))
  }

  @Test func openingAnOlderVersionIsNotAnUnsavedChange() throws {
    let run = try runScript([
      #"new "Versions""#, "save", #"rename "Second""#, "save", "open p1@1", "show",
    ])
    #expect(run.session.workspace?.isDirty == false)
    #expect(run.session.workspace?.label == "p1@1")
    #expect(!run.terminal.output.contains("(unsaved changes)"))
    // Saving it still makes its content the newest version.
    let saved = try runScript(["save", "history"], session: run.session)
    #expect(saved.terminal.output.contains("saved p1@3 'Versions'"))
  }

  @Test func aLanguageRoundTripLeavesTheProtocolClean() throws {
    let run = try runScript([
      #"new "Language""#, "save", "set language en", "set language nb", "show",
    ])
    #expect(run.status == .success)
    #expect(run.session.workspace?.isDirty == false)
    #expect(!run.terminal.output.contains("(unsaved changes)"))
  }

  @Test func aChangeIsUnsavedAndItsReversalIsNot() throws {
    let run = try runScript([#"new "Round""#, "save", "set language en"])
    #expect(run.session.workspace?.isDirty == true)
    let back = try runScript(["set language nb"], session: run.session)
    #expect(back.session.workspace?.isDirty == false)
  }

  @Test func saveFinalIsRefusedWhileCheckFindsProblems() throws {
    let run = try runScript([
      #"new "Unfinished""#, "ask horizontal-versus-vertical", "save --final",
    ])
    #expect(run.status == .commandFailed)
    #expect(
      run.terminal.errors.contains("'check' finds")
        && run.terminal.errors.contains("'save --final --force'"))
    #expect(try run.session.environment.store.store().list().isEmpty)
    let forced = try runScript(["save --final --force"], session: run.session)
    #expect(forced.status == .success)
    #expect(forced.terminal.output.contains("(final)"))
  }

  @Test func anEditToAFinalVersionStartsANewDraftAndSaysSo() throws {
    let run = try runScript([
      #"new "Settled""#, "save --final --force", #"rename "Changed after all""#, "save",
    ])
    #expect(run.status == .success, "\(run.terminal.errors)")
    #expect(
      run.terminal.output.contains(
        "note: p1@1 is final and never changes: this edit starts a new draft cloned from it"))
    #expect(run.terminal.output.contains("saved p2@1 'Changed after all'"))
    let store = try run.session.environment.store.store()
    #expect(try store.head(of: "p1").document.status == .final)
    #expect(try store.head(of: "p2").document.lineage.clonedFrom?.description == "p1@1")
  }

  @Test func wizardNewStartsAnotherProtocol() throws {
    let run = try runScript(
      [#"new "First""#, "save", "wizard --new", "Second", "", "stop"], isInteractive: false)
    #expect(run.terminal.output.contains("closed p1@1 'First'; the wizard starts a new protocol"))
    #expect(run.terminal.output.contains("started 'Second'"))
    #expect(run.session.workspace?.document.title == "Second")
  }

  @Test func anUnquotedQuestionOfOnesOwnGetsAHintToQuoteIt() throws {
    let run = try runScript([#"new "Q""#, "ask Hva betyr samarbeidet for dere?"])
    #expect(run.status == .usage)
    #expect(
      run.terminal.errors
        == "error: 'ask' takes this text as one: put it in quotes, \"Hva betyr samarbeidet for dere?\""
        + " (at stdin:2:5)\n"
    )
  }

  @Test func aMalformedProtocolIdSaysWhatIdsLookLike() throws {
    let run = try runScript(["open p"])
    #expect(run.status == .usage)
    #expect(run.terminal.errors.contains("'p' is not a protocol id; ids look like p1"))
  }

  @Test func closeLeavesNoProtocolOpen() throws {
    let run = try runScript([#"new "Closing""#, "save", "close", "show"])
    #expect(run.terminal.output.contains("closed p1@1 'Closing'"))
    #expect(run.terminal.errors.contains("no protocol is open for 'show'"))
    let unsaved = try runScript([#"new "Unsaved""#, "close"])
    #expect(unsaved.status == .commandFailed)
    #expect(unsaved.terminal.errors.contains("'Unsaved' has unsaved changes"))
    let discarded = try runScript([#"new "Unsaved""#, "close --discard"])
    #expect(discarded.status == .success)
    #expect(discarded.session.workspace == nil)
  }

  @Test func undoTakesBackOneChangeAtATime() throws {
    let run = try runScript([
      #"new "Undo""#, "save", #"rename "Two""#, #"rename "Three""#, "set language en",
      "undo", "undo", "show", "quit --discard",
    ])
    #expect(run.status == .success, "\(run.terminal.errors)")
    #expect(run.session.workspace?.document.title == "Two")
    #expect(run.session.workspace?.document.language == .nb)
    #expect(run.terminal.output.contains("1 more 'undo' step possible"))
    var session = run.session
    session.isFinished = false
    let last = try runScript(["undo", "undo"], session: session)
    #expect(last.session.workspace?.document.title == "Undo")
    #expect(last.session.workspace?.isDirty == false)
    #expect(last.status == .commandFailed)
    #expect(last.terminal.errors.contains("nothing to undo"))
  }

  @Test func undoDoesNotReachAcrossASave() throws {
    let run = try runScript([#"new "A""#, "save", #"rename "B""#, "save", "undo"])
    #expect(run.status == .commandFailed)
    #expect(run.terminal.errors.contains("nothing to undo"))
    #expect(run.session.workspace?.document.title == "B")
  }

  @Test func listingsShowLocalTimeWithItsZone() throws {
    var session = try makeTestSession()
    session.environment.timeZone = try #require(TimeZone(identifier: "Europe/Oslo"))
    let run = try runScript([#"new "Zoned""#, "save", "list", "history"], session: session)
    // fixedDate is 10:00 UTC: 11:00 in Oslo in January.
    #expect(run.terminal.output.contains("2026-01-15 11:00 +01:00"))
    let utc = try runScript(
      ["list"], session: try makeTestSession(store: try run.session.environment.store.store()))
    #expect(utc.terminal.output.contains("2026-01-15 10:00 UTC"))
  }
}

/// A person's terminal whose input includes Ctrl-D (`nil`) in the middle.
final class EndingTerminal: Terminal {
  private var script: [String?]
  private(set) var output = ""
  private(set) var errors = ""
  let isInteractive = true

  init(script: [String?]) {
    self.script = script
  }

  func readLine(prompt: String) -> String? {
    guard !script.isEmpty else { return nil }
    return script.removeFirst()
  }

  func write(_ text: String) { output += text }
  func writeError(_ text: String) { errors += text }
}
