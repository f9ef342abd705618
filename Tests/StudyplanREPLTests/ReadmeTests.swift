import Foundation
import StudyplanREPL
import Testing
import _StudyplanTestSupport

/// The README opens with a real session: this transcript, which must appear in it verbatim.
@Suite struct ReadmeTests {
  static let session = [
    "set language en",
    #"new "Centrality after the reform" --purpose "How did the least central municipalities fare?""#,
    "ask reform-centrality-shift",
    "model 1",
    "roles add ordfører rådmann",
    "sample --suggested reform-centrality-shift --n 2 --seed 2020 --reserves 1",
    "guide build",
    #"save --note "first draft""#,
    "list",
    "quit",
  ]

  @Test func theReadmeOpensWithARealSession() throws {
    let run = try runScript(Self.session, isInteractive: true)
    #expect(run.status == .success)
    expectGolden(run.terminal.transcript, named: "readme-session.txt")
    let readme = try String(
      contentsOf: URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent()
        .appendingPathComponent("../../README.md"), encoding: .utf8)
    #expect(
      readme.contains("```\n" + run.terminal.transcript + "```"),
      "README.md's first session differs from Transcripts/readme-session.txt; paste it in")
  }
}
