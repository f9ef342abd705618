import Foundation
import Testing
import _StudyplanTestSupport

/// Tab completes municipality names and numbers at a real terminal.
@Suite struct MunicipalityCompletionTests {
  @Test func tabCompletesAMunicipalityNameAfterReplace() throws {
    let home = try BuiltBinary.makeHome()
    let terminal = try PseudoTerminal(
      path: BuiltBinary.path, arguments: ["--db", home.appendingPathComponent("t.sqlite").path],
      environment: [
        "HOME": home.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path,
        "TERM": "xterm", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
      ])
    #expect(terminal.waitFor("studyplan> "))
    terminal.type("replace Snillf\t")
    #expect(terminal.waitFor("replace Snillfjord "))
    terminal.type("\u{15}")  // Ctrl-U: clear the line
    terminal.type("quit\r")
    #expect(terminal.waitForExit() == 0)
  }
}
