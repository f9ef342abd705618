import Foundation
import Testing
import _StudyplanTestSupport

/// Tab completes municipality names and numbers at a real terminal.
@Suite struct MunicipalityCompletionTests {
  @Test func tabCompletesAMunicipalityNameAfterReplace() throws {
    let home = try BuiltBinary.makeHome()
    let terminal = try PseudoTerminal.studyplan(home: home)
    #expect(terminal.waitFor("studyplan> "))
    terminal.type("replace Snillf\t")
    #expect(terminal.waitFor("replace Snillfjord "))
    terminal.type("\u{15}")  // Ctrl-U: clear the line
    terminal.type("quit\r")
    #expect(terminal.waitForExit() == 0)
  }
}
