import Foundation
import StudyplanCore
import StudyplanREPL
import Testing
import _StudyplanTestSupport

/// `--units 2019|2020|2024`, the lineage in `frame`, `sample`, `show`, `check` and `fieldwork
/// plan`, and the errors of issue 21. Expected municipalities were read by hand from
/// kommuner_2024.csv and the two change tables (Senja is 5530 in 2024).
@Suite struct UnitsAcrossTimeCommandTests {
  @Test func theFrameOf2024HasTodaysMunicipalitiesEachWithIts2019Predecessors() throws {
    let run = try runScript(["frame --units 2024 --format csv"])
    #expect(run.status == .success)
    let lines = run.terminal.output.split(separator: "\n").map(String.init)
    #expect(lines.count == 358)
    let header = lines[0].split(separator: ",").map(String.init)
    let column = try #require(header.firstIndex(of: "kommunenummer2019"))
    func row(_ number: String) throws -> [String] {
      let line = try #require(lines.first { $0.hasPrefix(number + ",") })
      return line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    #expect(try row("1580")[1] == "Haram")
    #expect(try row("1580")[column] == "1504; 1523; 1529; 1534; 1546")
    #expect(try row("5530")[1] == "Senja")
    #expect(try row("5530")[column] == "1927; 1928; 1929; 1931")
    #expect(!run.terminal.output.contains("1929,Berg"))
  }

  @Test func aSampleOf2024UnitsDrawsOnly2024NumbersAndShowListsThePredecessors() throws {
    let run = try runScript([
      #"new "I dag""#, #"sample --units 2024 --n 6 --seed 1 --filter "centrality2024 = 6""#,
      "show", "quit --discard",
    ])
    #expect(run.status == .success, "\(run.terminal.errors)")
    let sample = try #require(run.session.workspace?.document.sample)
    #expect(sample.plan.units == .year2024)
    #expect(sample.units.count == 6)
    let data = try ReferenceData.embedded()
    for unit in sample.units {
      #expect(data.municipality2024(unit.kommunenummer) != nil, "\(unit.kommunenummer)")
      let old = data.lineage.predecessors2019(of: unit.kommunenummer).map(\.label)
      #expect(
        run.terminal.output.contains(
          "  \(unit.kommunenummer) \(unit.name): \(old.joined(separator: ", "))"))
    }
    #expect(run.terminal.output.contains("simple sample, units 2024, seed '1'"))
    #expect(run.terminal.output.contains("municipalities of 2024"))
  }

  @Test func checkNamesSenjaAndBothUnitsWhenBergAndLenvikAreDrawn() throws {
    let run = try runScript([
      #"new "Senja""#, "roles add ordforer",
      #"sample --design purposive 1929 "Berg" 1931 "Lenvik" 1902 "Tromsø""#, "check",
      "fieldwork plan", "show", "quit --discard",
    ])
    let shared = "1929 Berg and 1931 Lenvik are both part of 5530 Senja since 1 January 2020"
    #expect(
      run.terminal.errors.contains(
        "warning: sampled units share a municipality today: \(shared) (one current office for "
          + "them all)"))
    #expect(run.terminal.errors.contains("warning: \(shared) (one current office for them all)"))
    #expect(
      run.terminal.errors.contains(
        "warning: \(shared): ordforer@1929 and ordforer@1931 are one current office"))
    #expect(run.terminal.output.contains("          \(shared)"))
  }

  @Test func aQuestionAboutTodayOverDissolvedUnitsIsACheckWarning() throws {
    let run = try runScript([
      #"new "Nord""#,
      #"ask "Hvordan organiserer de minst sentrale kommunene i Nord-Norge næringsarbeidet sitt i dag?" --unit municipality --compare kinds"#,
      #"sample --design purposive 1927 "Tranøy" 1902 "Tromsø""#, "check", "quit --discard",
    ])
    #expect(
      run.terminal.errors.contains(
        "warning: research question 'own-1' asks about today ('i dag'), but 1 of the sample's "
          + "units (municipalities of 2019) no longer exists: 1927 Tranøy (today 5530 Senja); "
          + "draw today's municipalities with 'sample --units 2024'"))
  }

  @Test func aStudyOf2024NeverSaysTromsOgFinnmark() throws {
    let run = try runScript([
      #"new "Nord i dag""#,
      #"sample --units 2024 --n 6 --seed 1 --design stratified --strata county --filter "county in Troms,Finnmark and centrality2024 in 5,6""#,
      "export methods --format md", "export sample --format csv", "export methods --format html",
      "export sample --format html", "set language en", "export methods --format md",
      "export methods --format html", "quit --discard",
    ])
    #expect(run.status == .success, "\(run.terminal.errors)")
    let output = run.terminal.output
    #expect(output.contains("Troms") && output.contains("Finnmark"))
    #expect(!output.contains("Troms og Finnmark"))
    #expect(output.contains("kommuneinndelingen per 1. januar 2024"))
    #expect(output.contains("The frame is the municipalities as they were on 1 January 2024"))
  }

  @Test(arguments: [
    (
      "frame --units 2023",
      "error: '2023' is not a valid year of the units; expected '2019', '2020' or '2024'"
    ),
    (
      #"sample --units 2024 --n 3 --seed 1 --filter "centrality = 6""#,
      "error: filter 'centrality = 6' column 1: 'centrality' is a field of the 2019 "
        + "municipalities; the units here are those of 2024, whose field is 'centrality2024' (or "
        + "draw 2019 units with --units 2019)"
    ),
    (
      "sample --units 2024 --n 3 --seed 1 --design stratified --strata class-change",
      "error: 'class-change' is a field of the 2019 municipalities; the units here are those of "
        + "2024 (or draw 2019 units with --units 2019)"
    ),
    (
      #"sample --units 2024 --design purposive 1929 "Berg""#,
      "error: '1929' is 1929 Berg, a municipality of 2019; the units here are those of 2024 (in "
        + "2024: 5530 Senja)"
    ),
  ])
  func badInputAboutUnitsIsOneLineNamingTheProblem(_ command: String, _ message: String) throws {
    let run = try runScript([#"new "Feil""#, command, "quit --discard"])
    let first = try #require(run.terminal.errors.split(separator: "\n").first)
    #expect(first.hasPrefix(message), "\(first)")
    #expect(run.status == .usage || run.status == .commandFailed)
  }

  @Test func replacingA2019UnitInASampleOf2024UnitsSaysWhatItIsToday() throws {
    let run = try runScript([
      #"new "I dag""#, #"sample --units 2024 --n 4 --seed 1 --filter "centrality2024 = 6""#,
      "replace 1929 --reason refused", "quit --discard",
    ])
    #expect(
      run.terminal.errors.contains(
        "error: '1929' is 1929 Berg, a municipality of 2019; the units here are those of 2024 (in "
          + "2024: 5530 Senja)"))
  }
}
