import Testing
import _StudyplanTestSupport

/// A planner shaping the guide, checking the design and exporting, as typed at a terminal.
@Suite struct GuideTranscriptTests {
  @Test func shapingCheckingAndExportingAGuide() throws {
    let run = try GuideCommandFixtures.run(
      [
        "open p1",
        "guide build --length 45",
        "guide prosjektleder",
        #"guide add kapasitet "Hva ville skjedd uten samarbeidet?" --priority if-time --serves rq-kapasitet"#,
        "guide time q5 20",
        "guide remove q55",
        "consent legal-basis public-interest",
        "consent recording audio",
        "consent",
        "check",
        "export guide --role ordforer --format txt",
        "export guide --format docx",
        "quit --discard",
      ], isInteractive: true)
    expectGolden(run.terminal.transcript, named: "guide-session.txt")
  }
}
