import Foundation
import Testing
import _StudyplanTestSupport

/// The REPL on a real pseudo-terminal: readline completion and history as a person meets them.
@Suite struct TerminalTests {
  func start(home: URL) throws -> PseudoTerminal { try PseudoTerminal.studyplan(home: home) }

  @Test func tabCompletesACommandAndHistorySurvivesARestart() throws {
    let home = try BuiltBinary.makeHome()
    do {
      let terminal = try start(home: home)
      #expect(terminal.waitFor("studyplan> "))
      terminal.type("hist\t")
      #expect(terminal.waitFor("history "))
      terminal.type("\u{15}")  // Ctrl-U: clear the line
      terminal.type("help quit\r")
      #expect(terminal.waitFor("usage: quit"))
      terminal.type("\u{04}")  // Ctrl-D leaves
      #expect(terminal.waitForExit() == 0)
    }
    let history = try String(
      contentsOf: home.appendingPathComponent("state/studyplan/history"), encoding: .utf8)
    #expect(history.contains("help quit"))

    let again = try start(home: home)
    #expect(again.waitFor("studyplan> "))
    let mark = again.screen.endIndex
    again.type("\u{1B}[A")  // Up: the last line of the previous session
    #expect(again.waitFor("help quit", after: mark))
    again.type("\r")
    #expect(again.waitFor("usage: quit", after: mark))
    // Ctrl-R searches the history backwards.
    let searchMark = again.screen.endIndex
    again.type("\u{12}help q")
    #expect(again.waitFor("reverse-i-search", after: searchMark))
    again.type("\r")
    #expect(again.waitFor("usage: quit", after: searchMark))
    again.type("quit\r")
    #expect(again.waitForExit() == 0)
  }

  @Test func aLineStartingWithASpaceStaysOutOfTheHistory() throws {
    let home = try BuiltBinary.makeHome()
    let terminal = try start(home: home)
    #expect(terminal.waitFor("studyplan> "))
    terminal.type("help save\r")
    #expect(terminal.waitFor("usage: save"))
    let mark = terminal.screen.endIndex
    terminal.type(" help open\r")
    #expect(terminal.waitFor("usage: open", after: mark))
    // Ctrl-D at the next prompt, not while the help text is still being written.
    #expect(terminal.waitFor("studyplan> ", after: mark))
    terminal.type("\u{04}")
    #expect(terminal.waitForExit(timeout: 60) == 0)
    let history = try String(
      contentsOf: home.appendingPathComponent("state/studyplan/history"), encoding: .utf8)
    #expect(history.contains("help save"))
    #expect(!history.contains("help open"))
  }

  @Test func ctrlCCancelsTheLineAndTheREPLCarriesOn() throws {
    let home = try BuiltBinary.makeHome()
    let terminal = try start(home: home)
    #expect(terminal.waitFor("studyplan> "))
    terminal.type("new \"half typed")
    #expect(terminal.waitFor("half typed"))
    let beforeInterrupt = terminal.screen.endIndex
    terminal.type("\u{03}")
    // A fresh prompt, and the half-typed line is gone: what runs next is only what follows.
    #expect(terminal.waitFor("studyplan> ", after: beforeInterrupt))
    let mark = terminal.screen.endIndex
    terminal.type("help quit\r")
    #expect(terminal.waitFor("usage: quit", after: mark))
    #expect(!terminal.screen[mark...].contains("unterminated quote"))
    terminal.type("quit\r")
    #expect(terminal.waitForExit() == 0)
  }

  @Test func theWizardCompletesAQuestionIdWithTab() throws {
    let home = try BuiltBinary.makeHome()
    let terminal = try start(home: home)
    #expect(terminal.waitFor("studyplan> "))
    terminal.type("wizard\r")
    #expect(terminal.waitFor("Title of the study: "))
    terminal.type("Kyst\r")
    #expect(terminal.waitFor("Purpose, in a sentence"))
    terminal.type("\r")
    #expect(terminal.waitFor("(empty line when done): "))
    var mark = terminal.screen.endIndex
    terminal.type("horiz\t")
    #expect(terminal.waitFor("horizontal-versus-vertical", after: mark))
    terminal.type("\r")
    #expect(terminal.waitFor("running: ask horizontal-versus-vertical", after: mark))
    mark = try #require(terminal.screen.range(of: "running: ask horizontal")).upperBound
    #expect(terminal.waitFor("(empty line when done): ", after: mark))
    terminal.type("\r")
    #expect(terminal.waitFor("Model 1, 2 or 3 [1]: ", after: mark))
    terminal.type("stop\r")
    #expect(terminal.waitFor("left the wizard at 'study model'", after: mark))
    // Back at the prompt, Tab sees the open protocol: its question is there to drop.
    mark = terminal.screen.endIndex
    terminal.type("drop hor\t")
    #expect(terminal.waitFor("drop horizontal-versus-vertical", after: mark))
    terminal.type("\u{15}")  // Ctrl-U: clear the line
    terminal.type("quit --discard\r")
    #expect(terminal.waitForExit() == 0)
  }
}
