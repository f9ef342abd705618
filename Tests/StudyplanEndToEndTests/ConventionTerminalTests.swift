import Foundation
import StudyplanCore
import Testing
import _StudyplanTestSupport

/// Tab offers what the command accepts, and long output goes through the pager, at a real
/// terminal.
@Suite struct ConventionTerminalTests {
  /// Waits for `text` after `mark` and returns the screen from `mark` to it.
  func screen(_ terminal: PseudoTerminal, upTo text: String, after mark: String.Index) -> Substring
  {
    #expect(terminal.waitFor(text, after: mark), "waited for '\(text)'")
    guard let end = terminal.screen[mark...].range(of: text) else { return "" }
    return terminal.screen[mark..<end.lowerBound]
  }

  @Test func tabAfterACompleteOpenOffersNothingMore() throws {
    let home = try BuiltBinary.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let terminal = try PseudoTerminal.studyplan(home: home)
    #expect(terminal.waitFor("studyplan> "))
    terminal.type("new \"Tab\"\r")
    terminal.type("save\r")
    #expect(terminal.waitFor("studyplan (p1@1 Tab)> "))
    // The id completes while it is being typed …
    var mark = terminal.screen.endIndex
    terminal.type("open p\t")
    #expect(terminal.waitFor("open p1 ", after: mark))
    terminal.type("\u{15}")  // Ctrl-U
    // … and after it nothing more is offered: no second id.
    mark = terminal.screen.endIndex
    terminal.type("help quit\r")
    #expect(terminal.waitFor("studyplan (p1@1 Tab)> ", after: mark))
    mark = terminal.screen.endIndex
    terminal.type("open p1 \t\t")
    terminal.type("\u{15}help quit\r")
    let typed = screen(terminal, upTo: "usage: quit", after: mark)
    #expect(!typed.contains("p1 p1"), "Tab added a second id: \(typed)")
    terminal.type("quit\r")
    #expect(terminal.waitForExit() == 0)
  }

  @Test func tabAfterReplaceOffersOnlyTheSampledUnits() throws {
    let home = try BuiltBinary.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let terminal = try PseudoTerminal.studyplan(home: home)
    #expect(terminal.waitFor("studyplan> "))
    terminal.type("new \"Replace\"\r")
    terminal.type("sample --n 3 --seed 2020\r")
    #expect(terminal.waitFor("seed"))
    terminal.type("save\r")
    // Type only once readline has the terminal (before, the tty itself would take Ctrl-U).
    #expect(terminal.waitFor("studyplan (p1@1 Replace)> "))
    let mark = terminal.screen.endIndex
    terminal.type("replace \t\t")
    // The candidates are listed, then the prompt and the line again.
    #expect(terminal.waitFor("studyplan (p1@1 Replace)> replace", after: mark))
    terminal.type("\u{15}help quit\r")
    let listing = screen(terminal, upTo: "usage: quit", after: mark)
    terminal.type("quit\r")
    #expect(terminal.waitForExit() == 0)

    let store = try ProtocolStore(path: home.appendingPathComponent("t.sqlite").path)
    let units = try #require(try store.head(of: "p1").document.sample).activeUnits
    #expect(units.count == 3)
    #expect(!listing.contains("Display all"), "Tab offered the whole frame: \(listing)")
    let numbers = String(listing).components(separatedBy: .whitespacesAndNewlines)
      .filter { $0.count == 4 && $0.allSatisfy(\.isNumber) }
    #expect(Set(numbers) == Set(units.map(\.kommunenummer)), "offered: \(listing)")
  }

  @Test func answeringNoToLeavingAfterCtrlDReturnsToThePrompt() throws {
    let home = try BuiltBinary.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let terminal = try PseudoTerminal.studyplan(home: home)
    #expect(terminal.waitFor("studyplan> "))
    terminal.type("new \"Unsaved\"\r")
    #expect(terminal.waitFor("studyplan (new Unsaved)*> "))
    var mark = terminal.screen.endIndex
    terminal.type("\u{04}")  // Ctrl-D
    #expect(terminal.waitFor("Leave without saving? [y/N] ", after: mark))
    terminal.type("n\r")
    #expect(terminal.waitFor("staying;", after: mark))
    #expect(terminal.waitFor("studyplan (new Unsaved)*> ", after: mark))
    mark = terminal.screen.endIndex
    terminal.type("exit\r")
    #expect(terminal.waitFor("Leave without saving? [y/N] ", after: mark))
    terminal.type("y\r")
    #expect(terminal.waitForExit() == 0)
  }

  @Test func frameAtATerminalGoesThroughThePager() throws {
    let home = try BuiltBinary.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let pager = home.appendingPathComponent("pager.sh")
    try Data("#!/bin/sh\necho PAGER-START\ncat\necho PAGER-END\n".utf8).write(to: pager)
    // `sh FILE`: the script is read, never executed, so no "text file busy" while another test
    // spawns a process that inherited the file's descriptor.
    let terminal = try PseudoTerminal.studyplan(
      home: home, environment: ["PAGER": "sh \(pager.path)"])
    #expect(terminal.waitFor("studyplan> "))
    var mark = terminal.screen.endIndex
    terminal.type("frame\r")
    let paged = screen(terminal, upTo: "PAGER-END", after: mark)
    #expect(paged.contains("PAGER-START"))
    #expect(paged.contains("Halden"), "the frame's rows went to the pager")
    // Short output is written directly.
    mark = terminal.screen.endIndex
    terminal.type("help quit\r")
    let short = screen(terminal, upTo: "studyplan> ", after: mark)
    #expect(!short.contains("PAGER-START"))
    terminal.type("quit\r")
    #expect(terminal.waitForExit() == 0)
  }

  @Test func noPagerWritesLongOutputDirectly() throws {
    let home = try BuiltBinary.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let pager = home.appendingPathComponent("pager.sh")
    try Data("#!/bin/sh\necho PAGER-START\ncat\n".utf8).write(to: pager)
    let terminal = try PseudoTerminal.studyplan(
      home: home, arguments: ["--no-pager"], environment: ["PAGER": "sh \(pager.path)"])
    #expect(terminal.waitFor("studyplan> "))
    let mark = terminal.screen.endIndex
    terminal.type("frame\r")
    let output = screen(terminal, upTo: "studyplan> ", after: mark)
    #expect(output.contains("Halden"))
    #expect(!output.contains("PAGER-START"))
    terminal.type("quit\r")
    #expect(terminal.waitForExit() == 0)
  }
}
