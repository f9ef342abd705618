import Foundation
import Testing
import _StudyplanTestSupport

/// The catalogue commands on a real pseudo-terminal: Tab completes a question id.
@Suite struct CatalogueTerminalTests {
  @Test func tabCompletesAQuestionIdInAShortWalk() throws {
    let home = try BuiltBinary.makeHome()
    let terminal = try PseudoTerminal.studyplan(home: home)
    #expect(terminal.waitFor("studyplan> "))
    terminal.type("new \"Tab walk\"\r")
    #expect(terminal.waitFor("started 'Tab walk'"))
    var mark = terminal.screen.endIndex
    terminal.type("ask horizontal-v\t")
    #expect(terminal.waitFor("horizontal-versus-vertical", after: mark))
    terminal.type("\r")
    #expect(terminal.waitFor("added horizontal-versus-vertical: model 1", after: mark))
    mark = terminal.screen.endIndex
    terminal.type("roles add rad\t")
    #expect(terminal.waitFor("radmann", after: mark))
    terminal.type("\r")
    #expect(terminal.waitFor("added kommunedirektør", after: mark))
    mark = terminal.screen.endIndex
    terminal.type("model 1\r")
    #expect(terminal.waitFor("chose model 1", after: mark))
    terminal.type("quit --discard\r")
    #expect(terminal.waitForExit() == 0)
  }
}
