import StudyplanCore
import StudyplanREPL
import Testing
import _StudyplanTestSupport

/// `questions`, `ask`, `drop`, `map`, `model`, `roles` and `set language` on a session.
@Suite struct CatalogueCommandTests {
  @Test func model2AgainstAMappingOf1IsRefusedWithoutBecauseAndRecordedWithIt() throws {
    let refused = try runScript([#"new "T""#, "ask horizontal-versus-vertical", "model 2"])
    #expect(refused.status == .commandFailed)
    #expect(
      refused.terminal.errors
        == "error: model 2 (cooperation-centred) goes against the mapping, which proposes model 1"
        + " (municipality-centred) for 'horizontal-versus-vertical'; a choice against the mapping"
        + " needs a justification: add --because TEXT (at stdin:3)\n")
    #expect(refused.session.workspace?.document.model == nil)

    let accepted = try runScript(
      [#"model 2 --because "Only one regional council agreed to take part""#, "save"],
      session: refused.session)
    #expect(accepted.status == .success)
    #expect(accepted.terminal.errors.contains("warning: model 2 goes against the mapping"))
    let stored = try accepted.session.environment.store.store().head(of: "p1").document
    #expect(
      stored.model
        == ModelChoice(
          model: .cooperationCentred,
          justification: "Only one regional council agreed to take part",
          isAgainstMapping: true, proposedModel: .municipalityCentred))
  }

  @Test func anOwnQuestionInAScriptNeedsBothDimensionFlags() throws {
    let run = try runScript([
      #"new "T""#, #"ask "Hvordan deler kommunene planleggere?" --unit both"#,
    ])
    #expect(run.status == .usage)
    #expect(run.terminal.errors.hasPrefix("error: 'ask' needs --compare; see 'help ask'"))
  }

  @Test func anOwnQuestionAtTheTerminalAsksForTheMissingDimensions() throws {
    let run = try runScript(
      [
        #"new "T""#, #"ask "Hvordan deler kommunene planleggere?""#, "kommun", "cooperation",
        "standpoints", "quit --discard",
      ],
      isInteractive: true)
    #expect(run.terminal.transcript.contains("error: 'kommun' is not a unit of analysis"))
    let question = try #require(run.session.workspace?.document.questions.first)
    #expect(question.dimensions == QuestionDimensions(unit: .cooperation, comparison: .standpoints))
    #expect(run.terminal.output.contains("added own-1: model 3 (kombinert)"))
  }

  @Test func questionsFiltersByModelAndSearchAndMarksAskedOnes() throws {
    let run = try runScript([
      #"new "T""#, "ask reform-least-central", "questions --model 1 --search reform",
      "quit --discard",
    ])
    #expect(run.status == .success)
    #expect(run.terminal.output.contains("* reform-least-central  (model 1)"))
    #expect(run.terminal.output.contains("  reform-centrality-shift  (model 1)"))
    #expect(!run.terminal.output.contains("small-versus-larger-members"))
    #expect(run.terminal.output.contains("5 of 25 questions"))
  }

  @Test func setLanguageSwitchesTheCatalogueTexts() throws {
    let run = try runScript(["set language en", "questions --search employer", "set language fr"])
    #expect(run.terminal.output.contains("What happens when an outlying municipality merges"))
    #expect(run.status == .usage)
    #expect(run.terminal.errors.contains("'fr' is not a valid language; expected 'nb' or 'en'"))
  }

  @Test func rolesResolveAliasesAndRefuseLikelyTypos() throws {
    let run = try runScript([
      #"new "T""#, "roles add radmann næringsansvarlig", "roles add ordfrer",
    ])
    #expect(run.status == .commandFailed)
    let ids = run.session.workspace?.document.roles.map(\.id)
    #expect(ids == ["kommunedirektor", "naeringssjef"])
    #expect(
      run.terminal.errors.hasPrefix(
        "error: 'ordfrer' looks like the role 'ordfører'; add --custom to define a new role"))
    let more = try runScript(
      ["roles add ordfrer --custom", "roles remove radmann", "roles delete x"],
      session: run.session)
    #expect(more.session.workspace?.document.roles.map(\.id) == ["naeringssjef", "ordfrer"])
    #expect(more.terminal.errors.contains("'roles' has no sub-command 'delete'"))
  }

  @Test func completionOffersQuestionIdsModelsAndRoles() {
    let completer = Completer(source: .live(store: StoreHandle { throw CancellationError() }))
    #expect(
      completer.candidates(before: "ask horiz", prefix: "horiz") == ["horizontal-versus-vertical"])
    #expect(completer.candidates(before: "ask reform-c", prefix: "reform-c").count == 2)
    // Nothing to drop without an open protocol.
    #expect(completer.candidates(before: "drop reform-c", prefix: "reform-c").isEmpty)
    #expect(completer.candidates(before: "model ", prefix: "") == ["1", "2", "3"])
    #expect(completer.candidates(before: "roles add rad", prefix: "rad") == ["radmann"])
    #expect(completer.candidates(before: "roles ", prefix: "") == ["add", "remove"])
    #expect(completer.candidates(before: "questions --model ", prefix: "") == ["1", "2", "3"])
  }
}
