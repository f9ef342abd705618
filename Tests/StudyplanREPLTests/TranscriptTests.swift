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

/// The reference data and the sampling path, compared with `Transcripts/sampling-session.txt`.
@Suite struct SamplingTranscriptTests {
  @Test func aSamplingSession() throws {
    let run = try runScript(
      [
        "data check",
        #"frame --filter "centrality in 5,6 and reform = split""#,
        #"frame --filter "centrality2020 = 6 and county = Nordland""#,
        #"new "Small municipalities after the reform""#,
        #"sample --n 6 --design stratified --strata centrality,reform --filter "centrality in 5,6 and reform in merged,split" --seed 2020 --reserves 2"#,
        "replace 5040 --reason refused",
        "sample --n 2 --design paired --seed 7 --reserves 1",
        #"frame --filter "reform in mergd""#,
        "save --note \"sample drawn\"",
      ], isInteractive: true)
    expectGolden(run.terminal.transcript, named: "sampling-session.txt")
  }
}
