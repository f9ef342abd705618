import StudyplanREPL
import Testing
import _StudyplanTestSupport

/// Whole sessions compared with the transcripts in `Transcripts/` (RECORD_GOLDENS=1 re-records).
@Suite struct TranscriptTests {
  @Test func aFirstSessionAtTheTerminal() throws {
    let run = try runScript(
      [
        "help save",
        #"new "Reform follow-up in Nordland" --purpose "How the least central municipalities fared""#,
        "save --note \"first draft\"",
        "list",
        "exprot p1",
        "quit",
      ], isInteractive: true)
    expectGolden(run.terminal.transcript, named: "first-session.txt")
  }

  @Test func versionsAndHistory() throws {
    let run = try runScript([
      #"new "Reform follow-up""#, "save --note first", #"rename "Reform follow-up 2026""#,
      "save --note renamed", "history", "open p1@1", "show", "quit --discard",
    ])
    expectGolden(run.terminal.transcript, named: "versions-and-history.txt")
  }
}
