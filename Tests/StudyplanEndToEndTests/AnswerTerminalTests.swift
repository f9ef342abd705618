import Foundation
import Testing
import _StudyplanTestSupport

/// Answers to questions at a terminal (issue 19): kept out of the command history, and Ctrl-C at
/// a question cancels it instead of asking again.
@Suite struct AnswerTerminalTests {
  func saved(_ home: URL) throws {
    let made = try BuiltBinary.run(
      ["--db", home.appendingPathComponent("t.sqlite").path, "-c", "new \"Keep\"", "-c", "save"],
      home: home)
    #expect(made.status == 0)
  }

  @Test func aYesNoAnswerStaysOutOfTheHistory() throws {
    let home = try BuiltBinary.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    try saved(home)
    let terminal = try PseudoTerminal.studyplan(home: home)
    #expect(terminal.waitFor("studyplan> "))
    let mark = terminal.screen.endIndex
    terminal.type("delete p1\r")
    #expect(terminal.waitFor("[y/N] ", after: mark))
    terminal.type("nope\r")
    #expect(terminal.waitFor("cancelled", after: mark))
    terminal.type("quit\r")
    #expect(terminal.waitForExit() != nil, "studyplan did not leave")
    let history = try String(
      contentsOf: home.appendingPathComponent("state/studyplan/history"), encoding: .utf8)
    #expect(history.contains("delete p1"))
    #expect(!history.contains("nope"), "\(history)")
  }

  @Test func ctrlCAtAQuestionCancelsItAndThePromptStillTakesCtrlC() throws {
    let home = try BuiltBinary.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    try saved(home)
    let terminal = try PseudoTerminal.studyplan(home: home)
    #expect(terminal.waitFor("studyplan> "))
    var mark = terminal.screen.endIndex
    terminal.type("delete p1\r")
    #expect(terminal.waitFor("[y/N] ", after: mark))
    terminal.type("ye")
    #expect(terminal.waitFor("ye", after: mark))
    terminal.type("\u{03}")
    #expect(terminal.waitFor("error: cancelled", after: mark), "Ctrl-C did not cancel")
    mark = terminal.screen.endIndex
    terminal.type("list\r")
    #expect(terminal.waitFor("Keep", after: mark), "p1 was deleted")
    // At the prompt, Ctrl-C drops the half-typed line as before.
    mark = terminal.screen.endIndex
    terminal.type("new \"half\u{03}")
    #expect(terminal.waitFor("studyplan> ", after: mark))
    mark = terminal.screen.endIndex
    terminal.type("help quit\r")
    #expect(terminal.waitFor("usage: quit", after: mark))
    terminal.type("quit\r")
    #expect(terminal.waitForExit() != nil, "studyplan did not leave")
  }
}
