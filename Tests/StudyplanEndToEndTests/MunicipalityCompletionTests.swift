import Foundation
import Testing
import _StudyplanTestSupport

/// Tab completes municipality names and numbers at a real terminal.
@Suite struct MunicipalityCompletionTests {
  @Test func tabCompletesAMunicipalityNameInAPurposiveSample() throws {
    let home = try BuiltBinary.makeHome()
    let terminal = try PseudoTerminal.studyplan(home: home)
    #expect(terminal.waitFor("studyplan> "))
    terminal.type("sample --design purposive Snillf\t")
    #expect(terminal.waitFor("purposive Snillfjord "))
    terminal.type("\u{15}")  // Ctrl-U: clear the line
    terminal.type("quit\r")
    #expect(terminal.waitForExit() == 0)
  }
}
