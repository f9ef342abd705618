import Foundation
import StudyplanCore
import StudyplanREPL
import Testing
import _StudyplanTestSupport

@Suite struct CaseSelectionCommandTests {
  /// The methods text a script exports after `lines`, in bokmål and English.
  private func methods(_ lines: [String]) throws -> String {
    let run = try runScript(
      [#"new "Case selection""#] + lines + [
        "export methods --format md", "set language en", "export methods --format md",
        "quit --discard",
      ])
    #expect(run.status == .success, "\(run.terminal.errors)")
    let output = run.terminal.output
    guard let start = output.range(of: "# Metode: ") else { return output }
    return String(output[start.lowerBound...])
  }

  @Test func aPurposiveSelectionOfFourRegionsByACriteriaMatrixStatesLogicCriteriaAndReasons()
    throws
  {
    let text = try methods([
      "sample --design purposive --level cooperation --criteria note-region,small "
        + #"Grenland "langvarig samarbeid; én kommune i klasse 5" "#
        + #"Midt-Troms "ByR som forarbeid til sammenslåing; bare små kommuner" "#
        + #"Tromsøregionen "senteret skal ha fått mer igjen" "#
        + #"Vest-Telemark "Tokke fikk mest igjen; bare små kommuner""#
    ])
    #expect(text.contains("Kriteriene er notatets funn om regionen og andelen små medlemmer"))
    #expect(!text.contains("note-region"))
    #expect(!text.contains("Algoritme"))
    #expect(!text.contains("Frø"))
    expectGolden(text, named: "methods-purposive-regions.md")
  }

  @Test func aMaximumVariationProposalOfMunicipalitiesStatesLogicCriteriaAndReasons() throws {
    let text = try methods([
      "sample --design purposive --logic maximum-variation --criteria centrality,note-gain "
        + #"--filter "byr = any and centrality in 5,6""#
    ])
    #expect(text.contains("maksimal variasjon"))
    #expect(text.contains("maximum variation"))
    #expect(!text.contains("Algorithm"))
    expectGolden(text, named: "methods-maximum-variation.md")
  }

  @Test(arguments: QuestionCatalogue.builtin.entries.map(\.id))
  func everySuggestionRunsFitsItsQuestionAndNamesItsExclusions(_ id: String) throws {
    let entry = try #require(QuestionCatalogue.builtin.entry(id: id))
    let run = try runScript([
      #"new "Fit""#, "ask \(id)", "sample --suggested \(id) --n 4 --seed 2020", "check",
      "quit --discard",
    ])
    #expect(run.status == .success, "\(id): \(run.terminal.errors)")
    #expect(!run.terminal.errors.contains("research question '\(id)'"), "\(run.terminal.errors)")
    if !entry.sampling.filter.isEmpty {
      #expect(run.terminal.output.contains("the filter '\(entry.sampling.filter)' leaves out"))
    }
  }

  @Test func theReformQuestionNoLongerDropsRenumberedOrRenamedUnits() throws {
    let run = try runScript([
      #"new "Reform""#, "sample --suggested reform-least-central --n 6 --seed 2020",
      "quit --discard",
    ])
    #expect(run.status == .success)
    #expect(run.terminal.output.contains("stratum"))
    #expect(!run.terminal.output.contains("reform in merged,split,outside,unchanged"))
    #expect(run.terminal.output.contains("of these, by centrality: 1: 8, 2: 26"))
  }

  @Test func replaceNamesARegionAndTakesTheClusterReserve() throws {
    let run = try runScript([
      #"new "Two-stage""#,
      "sample --n 3 --design two-stage --members 2 --members-by centrality --seed 2020 "
        + #"--filter "byr = Salten or byr = Grenland or byr = Hallingdal or byr = Fjellregionen""#,
      "replace salten --reason refused", "show", "quit --discard",
    ])
    #expect(run.status == .success, "\(run.terminal.errors)")
    #expect(run.terminal.output.contains("Salten logged as refused (whole cluster); replaced by"))
    #expect(!run.terminal.errors.contains("Halden"))
  }

  @Test func redrawingOverLoggedDropoutsNeedsAFlagInAScript() throws {
    let lines = [
      #"new "Redraw""#, "sample --n 3 --seed 1 --reserves 1",
    ]
    let first = try runScript(lines)
    let unit = try #require(first.session.workspace?.document.sample?.units.first)
    let refused = try runScript(
      ["replace \(unit.kommunenummer) --reason refused", "sample --n 3 --seed 2"],
      session: first.session)
    #expect(refused.status == .usage)
    #expect(refused.terminal.errors.contains("1 logged dropout(s)"))
    #expect(refused.terminal.errors.contains("--replace-log"))
    let forced = try runScript(
      ["sample --n 3 --seed 2 --replace-log", "quit --discard"], session: refused.session)
    #expect(forced.status == .success)
  }

  @Test func aDropoutWithNoReserveLeftIsLoggedAsNonResponse() throws {
    let run = try runScript([#"new "No reserve""#, "sample --n 2 --seed 1 --reserves 0"])
    let unit = try #require(run.session.workspace?.document.sample?.units.first)
    let again = try runScript(
      ["replace \(unit.kommunenummer) --reason no-response"], session: run.session)
    #expect(again.terminal.errors.contains("without a replacement (non-response)"))
    #expect(again.session.workspace?.document.sample?.log.count == 1)
  }
}

@Suite struct CaseSwapTests {
  @Test func aProposedCaseCanBeSwappedWithAReasonAndTheMethodsTextSaysSo() throws {
    let run = try runScript([
      #"new "Swap""#,
      "sample --design purposive --logic maximum-variation --criteria centrality,note-gain "
        + #"--filter "byr = any and centrality in 5,6""#,
      #"swap 1244 1219 "Bømlo: the planners' own choice for the same cell""#,
      "export methods --format md", "quit --discard",
    ])
    #expect(run.status == .success, "\(run.terminal.errors)")
    let sample = try #require(run.session.workspace?.document.sample)
    let swapped = try #require(sample.plan.purposive.first { $0.kommunenummer == "1219" })
    #expect(swapped.swappedFor == "1244")
    #expect(swapped.cell == "centrality=5/note-gain=none")
    #expect(!sample.units.contains { $0.kommunenummer == "1244" })
    #expect(run.terminal.output.contains("ett tilfelle er byttet ut, med begrunnelse"))
    #expect(
      run.terminal.output.contains(
        "| 1219 Bømlo | sentralitetsklasse 5, ikke omtalt i notatet | Bømlo:"))
  }

  @Test func swapIsOnlyForPurposiveSelections() throws {
    let run = try runScript([#"new "Swap""#, "sample --n 3 --seed 1", #"swap 0101 0104 "x""#])
    #expect(run.status == .commandFailed)
    #expect(run.terminal.errors.contains("only a purposive selection swaps cases"))
  }
}

@Suite struct RedrawConfirmationTests {
  @Test func atATerminalRedrawingOverLoggedDropoutsAsksFirst() throws {
    let first = try runScript([#"new "Redraw""#, "sample --n 3 --seed 1 --reserves 1"])
    let unit = try #require(first.session.workspace?.document.sample?.units.first)
    let declined = try runScript(
      ["replace \(unit.kommunenummer) --reason refused", "sample --n 3 --seed 2", "n"],
      isInteractive: true, session: first.session)
    #expect(declined.terminal.transcript.contains("1 logged dropout(s). Draw again"))
    #expect(declined.session.workspace?.document.sample?.log.count == 1)
    #expect(declined.session.workspace?.document.sample?.plan.seed == "1")
  }
}
