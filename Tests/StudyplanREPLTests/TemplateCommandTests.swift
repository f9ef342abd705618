import StudyplanCore
import StudyplanREPL
import Testing
import _StudyplanTestSupport

/// `templates` and `new "TITLE" --from TEMPLATE`, compared with `Transcripts/templates.txt`.
@Suite struct TemplateCommandTests {
  @Test func aSessionStartedFromATemplate() throws {
    let run = try runScript(
      [
        "templates",
        #"new "Vest-Telemark 2027" --from model-2"#,
        "show",
        "save --note \"from the template\"",
        #"new "Replay" --from byr-project-leaders-2019 --purpose "Gjentar undersøkelsen i 2027""#,
        #"new "Typo" --from modle-1"#,
        #"new "Typo" --from"#,
        "templates extra",
        "quit --discard",
      ], isInteractive: true)
    expectGolden(run.terminal.transcript, named: "templates.txt")
  }

  @Test func newFromATemplateKeepsItsDesignAndRecordsTheTemplate() throws {
    let run = try runScript([#"new "Nordland" --from model-1"#, "save"])
    #expect(run.status == .success)
    let saved = try run.session.environment.store.store().head(of: "p1").document
    let template = try ShippedProtocol.named("model-1").document()
    #expect(saved.title == "Nordland")
    #expect(saved.lineage.template == "model-1")
    #expect(saved.questions == template.questions)
    #expect(saved.roles == template.roles)
    #expect(saved.guide == template.guide)
  }

  @Test func anUnknownTemplateInAScriptFailsAndStartsNothing() throws {
    let run = try runScript([#"new "X" --from model-7"#])
    #expect(run.status == .commandFailed)
    #expect(run.terminal.errors.hasPrefix("error: no template with id 'model-7'. Did you mean"))
    #expect(run.session.workspace == nil)
  }

  @Test func tabCompletesTemplateIds() {
    let completer = Completer(source: .live(store: StoreHandle { throw CancellationError() }))
    #expect(
      completer.candidates(before: #"new "X" --from mod"#, prefix: "mod")
        == ["model-1", "model-2", "model-3"])
    #expect(
      completer.candidates(before: #"new "X" --from b"#, prefix: "b") == [
        "byr-project-leaders-2019"
      ])
    #expect(completer.candidates(before: "templ", prefix: "templ") == ["templates"])
  }
}
