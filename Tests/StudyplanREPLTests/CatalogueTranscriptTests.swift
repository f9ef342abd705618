import StudyplanREPL
import Testing
import _StudyplanTestSupport

/// Sessions with the catalogue and the wizard, compared with `Transcripts/` (RECORD_GOLDENS=1).
@Suite struct CatalogueTranscriptTests {
  @Test func questionsAskMapAndModel() throws {
    let run = try runScript(
      [
        #"new "Reform follow-up" --purpose "How the least central municipalities fared""#,
        "questions --search sentral",
        "ask horizontal-versus-vertical",
        "ask regional-economi",
        "ask small-versus-larger-members",
        #"ask "Hvordan deler kystkommunene planleggere?" --unit both --compare forms"#,
        "map",
        "model 1",
        #"model 1 --because "We enter through the municipalities we already know""#,
        "model",
        "drop own-1",
        "roles add rådmann ordfører",
        "roles",
        "quit --discard",
      ], isInteractive: true)
    expectGolden(run.terminal.transcript, named: "catalogue-session.txt")
  }

  @Test func theWizardInAScriptFromAnEmptyStore() throws {
    let run = try runScript([
      "wizard",
      "Reform follow-up",
      "How the least central municipalities fared in the 2020 reform",
      "reform-centrality-shift",
      "horizontal-versus-vertical",
      "Hvordan deler kystkommunene planleggere?",
      "municipality",
      "forms",
      "",  // questions done
      "",  // the proposed model
      "",  // sample as the first question suggests
      "4",
      "",  // the default seed
      "",  // the suggested roles
      "",  // a 60-minute guide
      "45",
      "",  // keep 45
      "NORCE Norwegian Research Centre",
      "55 00 00 00",  // the switchboard
      "prosjektleder, NORCE Samfunn",
      "prosjekt@norce.no",  // a project mailbox: no warning
      "personvernombud@norce.no",
      "public-interest",
      "political-opinion",
      "",  // no Sikt reference yet
      "",  // nor Sikt's contact
      "2027-12-31",
      "anonymise",
      "audio",
      "telephone",
      "oral",
      "region-level",
      "",  // no other recipients
      "kari@transkribering.example.no",  // a person's address as processor: a warning
      "no",
      "gatekeeper",
      "",  // save
      "show",
      "consent",
    ])
    expectGolden(run.terminal.transcript, named: "wizard-script.txt")
    #expect(run.status == .success)
    let stored = try run.session.environment.store.store().head(of: "p1").document
    #expect(
      stored.questions.map(\.id) == [
        "reform-centrality-shift", "horizontal-versus-vertical", "own-1",
      ])
    #expect(stored.model?.model == .municipalityCentred)
    #expect(stored.roles.map(\.id) == ["ordforer", "naeringssjef", "kommunedirektor"])
    #expect(stored.sample?.plan.seed == "20260115")
    #expect(stored.guide?.targetMinutes == 45)
    #expect(stored.consent.value(of: .controller) == "NORCE Norwegian Research Centre")
    #expect(
      stored.consent.missing(fallbackPurpose: stored.purpose)
        == [.siktReference, .siktContact, .recipients])
    #expect(run.terminal.errors.contains("e-mail"))
  }

  @Test func theWizardCanBeLeftAndResumed() throws {
    let left = try runScript(
      [
        "wizard", "Kystsamarbeid", "", "small-versus-larger-members", "", "stop",
      ], isInteractive: true)
    #expect(left.session.workspace?.document.questions.count == 1)
    #expect(left.session.workspace?.document.model == nil)
    let resumed = try runScript(
      [
        // A new session offers back the draft the first one kept; the wizard resumes on it.
        "y", "wizard", "1", "", "1", "Vi har tilgang til kommunene, ikke til regionrådene",
        "", "0", "2", "", "ordfrer, ordfører", "", "", "NORCE",
        "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "y",
      ],
      isInteractive: true,
      session: try makeTestSession(store: left.session.environment.store.store()))
    expectGolden(left.terminal.transcript + resumed.terminal.transcript, named: "wizard-resume.txt")
    let document = try #require(resumed.session.workspace?.document)
    #expect(document.model?.isAgainstMapping == true)
    #expect(document.model?.justification == "Vi har tilgang til kommunene, ikke til regionrådene")
    #expect(resumed.session.workspace?.isDirty == false)
    #expect(document.sample?.units.isEmpty == false)
    #expect(document.consent.value(of: .controller) == "NORCE")
    #expect(resumed.terminal.transcript.contains("still open: consent fields"))
  }

  @Test func theWizardInAScriptStopsAtAModelAgainstTheMappingWithoutAReason() throws {
    let run = try runScript(["wizard", "T", "", "horizontal-versus-vertical", "", "2", ""])
    #expect(run.status == .commandFailed)
    #expect(run.terminal.errors.contains("goes against the mapping"))
  }
}
