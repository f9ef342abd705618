import StudyplanREPL
import Testing
import _StudyplanTestSupport

/// `diff` tells what changed the way a planner reads a protocol, with the texts.
@Suite struct DiffTranscriptTests {
  static let editedTemplate = [
    #"new "Vest-Telemark" --from model-2"#, "save",
    #"guide add small-and-large-members "Hvordan har samarbeidet påvirket tjenestene innbyggerne får?" --priority should"#,
    #"guide probe q5 "Kan du gi et eksempel fra din egen kommune?" --kind specifying"#,
    "guide priority q6 should", "ask regional-economy", "roles add ordforer",
    #"consent controller "Høgskulen på Vestlandet""#, #"save --note "nye spørsmål""#,
  ]

  @Test func aDiffOfTwoVersionsOfATemplateShowsTheAddedGuideQuestionsByText() throws {
    let run = try runScript(
      Self.editedTemplate + [
        "diff p1@1 p1@2", "guide remove q14", "save", "diff p1@2", "diff p1@2 p1@2",
        "diff p1@1 p1@2 --json-paths",
      ])
    #expect(run.status == .success, "\(run.terminal.errors)")
    let output = run.terminal.output
    #expect(
      output.contains("  + q14: 'Hvordan har samarbeidet påvirket tjenestene innbyggerne får?'"))
    #expect(output.contains("      + probe: 'Kan du gi et eksempel fra din egen kommune?'"))
    #expect(
      output.contains("  - q14: 'Hvordan har samarbeidet påvirket tjenestene innbyggerne får?'"))
    expectGolden(run.terminal.transcript, named: "diff-template.txt")
  }
}
