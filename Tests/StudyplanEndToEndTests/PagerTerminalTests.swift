import Foundation
import Testing
import _StudyplanTestSupport

/// The pager as a person meets it: studyplan started from an interactive shell (job control on,
/// studyplan the terminal's foreground process group), with the real `less`.
@Suite struct PagerTerminalTests {
  static let less = ["/usr/bin/less", "/bin/less"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// Starts bash on a 24×80 terminal, studyplan at its prompt, and waits for the REPL's prompt.
  func startFromShell(home: URL) throws -> PseudoTerminal {
    let terminal = try PseudoTerminal.shell(home: home)
    #expect(terminal.waitFor("shell$ "))
    terminal.type(PseudoTerminal.shellCommand(home: home) + "\r")
    #expect(terminal.waitFor("studyplan> "))
    return terminal
  }

  /// Leaves the REPL and the shell; the shell's prompt after `quit` shows studyplan ended.
  func leave(_ terminal: PseudoTerminal) {
    let mark = terminal.screen.endIndex
    terminal.type("quit\r")
    #expect(terminal.waitFor("shell$ ", after: mark), "studyplan did not end")
    terminal.type("exit\r")
    #expect(terminal.waitForExit() == 0)
  }

  @Test(.enabled(if: less != nil, "needs less, the default pager"))
  func lessOpensFromAShellAndQuitReturnsToAWorkingPrompt() throws {
    let home = try BuiltBinary.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let terminal = try startFromShell(home: home)
    var mark = terminal.screen.endIndex
    terminal.type("frame\r")
    // The frame (357 rows) is longer than the screen: less shows its first page and waits.
    #expect(terminal.waitFor("Halden", after: mark), "less did not show the frame")
    #expect(!terminal.waitFor("studyplan> ", after: mark, timeout: 1), "less did not wait")
    terminal.type("q")
    #expect(terminal.waitFor("studyplan> ", after: mark), "q did not return to the prompt")
    mark = terminal.screen.endIndex
    terminal.type("help quit\r")
    #expect(terminal.waitFor("usage: quit", after: mark), "the next command did not run")
    leave(terminal)
  }

  @Test(.enabled(if: less != nil, "needs less, the default pager"))
  func ctrlCInThePagerLeavesAWorkingREPL() throws {
    let home = try BuiltBinary.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let terminal = try startFromShell(home: home)
    var mark = terminal.screen.endIndex
    terminal.type("frame\r")
    #expect(terminal.waitFor("Halden", after: mark), "less did not show the frame")
    #expect(!terminal.waitFor("studyplan> ", after: mark, timeout: 1), "less did not wait")
    terminal.type("\u{03}")  // Ctrl-C: less's, not the REPL's
    #expect(!terminal.waitFor("studyplan> ", after: mark, timeout: 1), "Ctrl-C left less")
    terminal.type("q")
    #expect(terminal.waitFor("studyplan> ", after: mark), "q did not return to the prompt")
    mark = terminal.screen.endIndex
    terminal.type("help quit\r")
    #expect(terminal.waitFor("usage: quit", after: mark), "the next command did not run")
    // Ctrl-C at the prompt is the REPL's again: it drops the line and carries on.
    mark = terminal.screen.endIndex
    terminal.type("new \"half typed\u{03}")
    #expect(terminal.waitFor("studyplan> ", after: mark))
    mark = terminal.screen.endIndex
    terminal.type("help save\r")
    #expect(terminal.waitFor("usage: save", after: mark))
    #expect(!terminal.screen[mark...].contains("unterminated quote"))
    leave(terminal)
  }

  @Test func aPagerThatFailsLeavesTheListingPrinted() throws {
    let home = try BuiltBinary.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    // `exit 3`: the pager reads nothing and fails with a status that is not 126 or 127.
    let terminal = try PseudoTerminal.shell(home: home, environment: ["PAGER": "exit 3"])
    #expect(terminal.waitFor("shell$ "))
    terminal.type(PseudoTerminal.shellCommand(home: home) + "\r")
    #expect(terminal.waitFor("studyplan> "))
    let mark = terminal.screen.endIndex
    terminal.type("frame\r")
    #expect(terminal.waitFor("Aremark", after: mark), "the listing was swallowed")
    #expect(terminal.waitFor("Vadsø", after: mark), "the listing was swallowed")
    leave(terminal)
  }
}
