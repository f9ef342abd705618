import Foundation
import StudyplanCore
import StudyplanREPL
import Testing
import _StudyplanTestSupport

@Suite struct SamplingCommandTests {
  private func temporaryFile(_ name: String, _ text: String) throws -> String {
    let name = "\(UUID().uuidString)-\(name)"
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return name
  }

  @Test func dataCheckPrintsTheCountsAndSucceeds() throws {
    let run = try runScript(["data check"])
    #expect(run.status == .success)
    #expect(run.terminal.output.contains("422 municipalities (2019)"))
    #expect(run.terminal.output.contains("centrality 2020 version: 356/356 with a class (169 read"))
  }

  @Test func dataSourcesCarriesSSBsAttribution() throws {
    let run = try runScript(["data sources"])
    #expect(run.terminal.output.contains("Norsk lisens for offentlige data (NLOD)"))
    #expect(run.terminal.output.contains("CC BY 4.0"))
    #expect(run.terminal.output.contains("«Kartverket, CC BY 4.0»"))
    #expect(run.terminal.output.contains("kommunegrenser-2019: Kartverket municipality boundaries"))
  }

  @Test func aMalformedKlassImportFailsWithItsPlaceAndLeavesTheStoreUnchanged() throws {
    let name = try temporaryFile("bad.csv", "sourceCode;targetCode\n1804;3\n1806;9\n")
    let run = try runScript(["data import \(name) --kind klass"])
    #expect(run.status == .commandFailed)
    #expect(
      run.terminal.errors.hasPrefix("error: \(name):3:6: centrality class '9' is outside 1–6"))
    #expect(try run.session.environment.store.store().importedDatasets().isEmpty)
  }

  @Test func aKlassImportOverridesTheFrameSaysSoAndIsListedInDataCheck() throws {
    let name = try temporaryFile("k.csv", "sourceCode;targetCode\n1804;2\n")
    let run = try runScript([
      "data import \(name) --kind klass", "frame --filter \"kommunenummer = 1804\"", "data check",
    ])
    #expect(run.status == .success)
    #expect(run.terminal.output.contains("imported import-klass-"))
    #expect(
      run.terminal.output.contains(
        "1804           Bodø  unchanged  3           2               reindex"))
    #expect(run.terminal.output.contains("1 centrality classes"))
    #expect(
      run.terminal.output.contains(
        "overrides the embedded 2020-version class for 1 municipality (1 differing; 1 had a "
          + "class derived from the index)"))
    let again = try runScript(["data import \(name) --kind klass"], session: run.session)
    #expect(again.terminal.output.hasPrefix("already imported"))
  }

  @Test func sampleNeedsAnOpenProtocolAndKeepsTheDrawInIt() throws {
    let none = try runScript(["sample --n 3 --seed 1"])
    #expect(none.status == .commandFailed)
    let run = try runScript([
      #"new "Draw""#,
      #"sample --n 6 --design stratified --strata centrality --filter "centrality in 5,6" --seed 2020 --reserves 2"#,
      "replace 0000 --reason refused",
      "save",
    ])
    #expect(run.status == .commandFailed)
    #expect(run.terminal.errors.contains("no 2019 municipality '0000'"))
    let sample = try #require(run.session.workspace?.document.sample)
    #expect(sample.units.count == 6)
    #expect(sample.plan.seed == "2020")
    #expect(sample.plan.filter == "centrality in 5,6")
  }

  @Test func replaceTakesTheNextReserveUntilTheStratumIsExhausted() throws {
    let first = try runScript([
      #"new "Draw""#, "sample --n 1 --seed x --reserves 1 --filter \"kommunenummer in 1850,5012\"",
    ])
    let drawn = try #require(first.session.workspace?.document.sample?.units.first)
    let other = drawn.kommunenummer == "1850" ? "5012" : "1850"
    let run = try runScript(
      ["replace \(drawn.kommunenummer) --reason no-response", "replace \(other) --reason refused"],
      session: first.session)
    #expect(run.terminal.output.contains("logged as no-response; replaced by"))
    #expect(run.terminal.errors.contains("no reserve left in stratum 'all'"))
    #expect(run.terminal.errors.contains("without a replacement (non-response)"))
    // The dropout is logged all the same: fieldwork goes on with one unit fewer.
    #expect(run.session.workspace?.document.sample?.log.count == 2)
    #expect(run.session.workspace?.document.sample?.log.last?.replacement == nil)
  }

  @Test func stratifiedOptionsWithoutAStratifiedDesignAreRejected() throws {
    let run = try runScript([#"new "Draw""#, "sample --n 3 --strata centrality --seed 1"])
    #expect(run.status == .usage)
    #expect(run.terminal.errors.contains("'centrality'"))
    #expect(run.terminal.errors.contains("--design stratified"))
  }

  @Test func filterErrorsNameTheColumn() throws {
    let run = try runScript(["frame --filter \"centrality in 5,6 and reform in merged,splt\""])
    #expect(run.status == .usage)
    #expect(run.terminal.errors.contains("column 40: 'splt' is not a value of 'reform'"))
    #expect(run.terminal.errors.contains("Did you mean 'split'?"))
  }

  @Test func tabCompletesMunicipalityNamesAndNumbers() {
    let completer = Completer(source: .live(store: StoreHandle { try ProtocolStore() }))
    let purposive = "sample --design purposive "
    #expect(completer.candidates(before: purposive + "Tysf", prefix: "Tysf") == ["Tysfjord"])
    #expect(completer.candidates(before: purposive + "185", prefix: "185").contains("1850"))
    // The reason after a unit is free text: nothing to offer; the next unit completes again.
    #expect(completer.candidates(before: purposive + "1850 ", prefix: "").isEmpty)
    #expect(
      completer.candidates(before: purposive + "1850 \"why\" Tysf", prefix: "Tysf") == ["Tysfjord"])
    #expect(completer.candidates(before: "replace 1850 --reason n", prefix: "n") == ["no-response"])
  }

  @Test func replaceOffersOnlyTheUnitsOfTheSample() throws {
    let run = try runScript([#"new "Replace""#, "sample --n 3 --seed 2020", "quit --discard"])
    let document = try #require(run.session.workspace?.document)
    let units = try #require(document.sample).activeUnits
    let completer = Completer(
      source: .live(store: StoreHandle { try ProtocolStore() }, document: { document }))
    let offered = completer.candidates(before: "replace ", prefix: "")
    #expect(Set(offered.filter { $0.allSatisfy(\.isNumber) }) == Set(units.map(\.kommunenummer)))
    #expect(offered.count <= units.count * 2)
    // One unit is all replace takes.
    let first = units[0].kommunenummer
    #expect(completer.candidates(before: "replace \(first) ", prefix: "").isEmpty)
    let none = Completer(source: .live(store: StoreHandle { try ProtocolStore() }))
    #expect(none.candidates(before: "replace ", prefix: "").isEmpty)
  }
}
