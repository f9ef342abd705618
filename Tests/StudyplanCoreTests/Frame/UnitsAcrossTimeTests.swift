import Foundation
import Testing

@testable import StudyplanCore

// Expected values were read by hand from the reference-data compilation's CSV files
// (kommuner_2024.csv, kommuneendringer_2020_2024.csv, kommuneendringer_2019_2020.csv), not
// computed by the code under test. Senja is 5530 in 2024 (5520 is Bardu).

private let data = ReferenceData.load(.embedded)
private let lineage = data.lineage
private let frame2024 = SamplingFrame(data: data, units: .year2024)

@Test func aUnitOf2019KnowsItsSuccessorsIn2020And2024() {
  #expect(lineage.successors2020(of: "1929").map(\.label) == ["5421 Senja"])
  #expect(lineage.successors2024(of: "1929").map(\.label) == ["5530 Senja"])
  #expect(lineage.successors2024(of: "1850").map(\.kommunenummer) == ["1806", "1875"])
  // Haram merged into Ålesund in 2020; Ålesund was split into Ålesund and Haram in 2024. The
  // change tables do not say which 2019 area went where, so both are its successors.
  #expect(lineage.successors2024(of: "1534").map(\.label) == ["1508 Ålesund", "1580 Haram"])
  #expect(lineage.successors2024(of: "1902").map(\.label) == ["5501 Tromsø"])
}

@Test func aUnitOf2024KnowsItsPredecessorsIn2020And2019() {
  #expect(lineage.predecessors2020(of: "5530").map(\.label) == ["5421 Senja"])
  #expect(
    lineage.predecessors2019(of: "5530").map(\.kommunenummer) == ["1927", "1928", "1929", "1931"])
  #expect(lineage.predecessors2020(of: "1580").map(\.label) == ["1507 Ålesund"])
  #expect(
    lineage.predecessors2019(of: "1580").map(\.kommunenummer)
      == ["1504", "1523", "1529", "1534", "1546"])
  #expect(lineage.predecessors2019(of: "5421", in: .year2020).count == 4)
}

@Test func dissolvedMeansTheBoundariesChangedOnTheWayTo2024() {
  #expect(lineage.isDissolved("1929", in: .year2019))  // merged into Senja
  #expect(lineage.isDissolved("1850", in: .year2019))  // split
  #expect(lineage.isDissolved("1507", in: .year2020))  // split in 2024
  #expect(!lineage.isDissolved("1902", in: .year2019))  // Tromsø: new numbers only
  #expect(!lineage.isDissolved("5530", in: .year2024))
  #expect(lineage.commonSince("1929", "1931", in: .year2019) == "2020-01-01")
  #expect(lineage.commonSince("1929", "1902", in: .year2019) == nil)
  #expect(lineage.changeDate(of: "1853", in: .year2020) == "2022-01-01")  // Evenes' new name
}

@Test func theFrameOf2024HoldsTodaysMunicipalitiesWithTheirLineage() throws {
  #expect(frame2024.units.count == 357)
  #expect(Set(frame2024.units.map(\.county)).count == 15)
  let senja = try #require(frame2024.unit("5530"))
  #expect(senja.county == "Troms")
  #expect(senja.units2019.map(\.kommunenummer) == ["1927", "1928", "1929", "1931"])
  #expect(senja.units2020.map(\.kommunenummer) == ["5421"])
  #expect(senja.predecessorReforms == [.merged])
  #expect(senja.reform2024 == .renumbered)
  #expect(senja.centrality2024 == 5)
  #expect(senja.population2024 == 14_894)
  #expect(senja.cityRegions == ["Midt-Troms"])
  #expect(senja.centrality == nil && senja.population == nil)
  let haram = try #require(frame2024.unit("1580"))
  #expect(haram.reform2024 == .split)
  #expect(haram.population2024 == 9_357)
  // A part of a split 2020 municipality has no 2020 class or population of its own.
  #expect(haram.centrality2020 == nil && haram.population2020 == nil)
  #expect(frame2024.unit("3114")?.reform2024 == .registerRenamed)  // Våler (Viken) → (Østfold)
  #expect(frame2024.unit("5516")?.reform2024 == .renamed)  // Gratangen - Rivtták
  #expect(frame2024.unit("1853")?.reform2024 == .renamed)  // Evenes - Evenášši
  #expect(frame2024.unit("1806")?.reform2024 == .unchanged)
  #expect(
    frame2024.units.filter { $0.reform2024 == .split }.map(\.kommunenummer) == ["1508", "1580"])
}

@Test func aUnitOf2019CarriesItsPresentDayFields() throws {
  let frame = SamplingFrame(data: data)
  let berg = try #require(frame.unit("1929"))
  #expect(berg.units2024.map(\.kommunenummer) == ["5530"])
  #expect(berg.county2024 == "Troms")
  #expect(berg.reform2024 == .renumbered)
  #expect(berg.centrality2024 == 5)
  // The 2019 parts of Ålesund have two successors of different classes: unknown.
  let haram2019 = try #require(frame.unit("1534"))
  #expect(haram2019.centrality2024 == nil && haram2019.population2024 == nil)
  #expect(haram2019.reform2024 == .split)
  #expect(FrameField.county2024.value(of: haram2019) == .text("Møre og Romsdal"))
}

@Test func aFieldOfThe2019MunicipalityIsRefusedForUnitsOf2024() {
  #expect(throws: StudyplanError.self) {
    try FrameFilter.parse("centrality = 6", frame: frame2024)
  }
  do {
    _ = try FrameFilter.parse("county = Troms and population > 5000", frame: frame2024)
    Issue.record("the filter should be refused")
  } catch {
    #expect(
      error.description
        == "filter 'county = Troms and population > 5000' column 20: 'population' is a field "
        + "of the 2019 municipalities; the units here are those of 2024, whose field is "
        + "'population2024' (or draw 2019 units with --units 2019)")
  }
  #expect(
    throws: StudyplanError.fieldNotInLayer(field: "class-change", layer: "2024", counterpart: nil)
  ) {
    try FrameField.named("class-change", in: .year2024)
  }
  // The county of 2020 is not a county of 2024.
  #expect(throws: StudyplanError.self) {
    try FrameFilter.parse("county = \"Troms og Finnmark\"", frame: frame2024)
  }
}

@Test func aNumberOrNameOfAnotherYearSaysWhatItIsNow() {
  #expect(
    throws: StudyplanError.municipalityOfOtherYear(
      text: "1929", found: "1929 Berg", foundYear: "2019", layer: "2024", linked: ["5530 Senja"])
  ) { try frame2024.resolve("1929") }
  let frame2019 = SamplingFrame(data: data)
  #expect(
    throws: StudyplanError.municipalityOfOtherYear(
      text: "1580", found: "1580 Haram", foundYear: "2024", layer: "2019",
      linked: ["1504 Ålesund", "1523 Ørskog", "1529 Skodje", "1534 Haram", "1546 Sandøy"])
  ) { try SamplingFrame(data: data).inLayer(.year2019).resolve("1580") }
  #expect((try? frame2019.resolve("Haram"))?.kommunenummer == "1534")
}

@Test func drawnUnitsThatAreOneMunicipalityTodayAreNamed() throws {
  let frame = SamplingFrame(data: data)
  var request = SampleRequest(design: .purposive, size: 0, seed: "")
  request.purposive = [
    PurposiveChoice(kommunenummer: "1929", reason: "Berg"),
    PurposiveChoice(kommunenummer: "1902", reason: "Tromsø"),
    PurposiveChoice(kommunenummer: "1931", reason: "Lenvik"),
  ]
  let sample = try SampleDrawer.draw(request, frame: frame)
  let shared = SharedMunicipality.find(in: sample, lineage: lineage)
  #expect(shared.count == 1)
  #expect(
    shared.first?.message
      == "1929 Berg and 1931 Lenvik are both part of 5530 Senja since 1 January 2020")
  #expect(
    shared.first?.sentence(.nb)
      == "1929 Berg og 1931 Lenvik er begge del av 5530 Senja siden 1. januar 2020")
}

@Test func drawnUnitsOf2024ThatWereOneMunicipalityAreNamed() throws {
  var request = SampleRequest(design: .purposive, size: 0, seed: "")
  request.units = .year2024
  request.purposive = [
    PurposiveChoice(kommunenummer: "1508", reason: "Ålesund"),
    PurposiveChoice(kommunenummer: "1580", reason: "Haram"),
  ]
  let sample = try SampleDrawer.draw(request, frame: frame2024)
  #expect(sample.plan.units == .year2024)
  let shared = SharedMunicipality.find(in: sample, lineage: lineage)
  #expect(
    shared.map(\.message)
      == ["1508 Ålesund and 1580 Haram were one municipality, 1507 Ålesund, until 1 January 2024"])
}

@Test func aQuestionAboutTodayOverDissolvedUnitsIsFound() throws {
  var document = StudyProtocol(title: "Nord")
  document.questions = [
    .own(
      id: "own-1",
      text:
        "Hvordan organiserer de minst sentrale kommunene i Nord-Norge næringsarbeidet sitt i dag?",
      dimensions: QuestionDimensions(unit: .municipality, comparison: .kinds)),
    .own(
      id: "own-2", text: "Hva fikk kommunene ut av ByR?",
      dimensions: QuestionDimensions(unit: .municipality, comparison: .kinds)),
  ]
  var request = SampleRequest(design: .purposive, size: 0, seed: "")
  request.purposive = [PurposiveChoice(kommunenummer: "1927", reason: "Tranøy")]
  document.sample = try SampleDrawer.draw(request, frame: SamplingFrame(data: data))
  let findings = PresentDayCheck.findings(for: document, lineage: lineage)
  #expect(findings.map(\.questionID) == ["own-1"])
  #expect(
    findings.first?.message
      == "research question 'own-1' asks about today ('i dag'), but 1 of the sample's units "
      + "(municipalities of 2019) no longer exists: 1927 Tranøy (today 5530 Senja); draw today's "
      + "municipalities with 'sample --units 2024'")
  #expect(PresentDayCheck.marker(in: "What do they do now?") == "now")
  #expect(PresentDayCheck.marker(in: "What is known?") == nil)
}

@Test func aProtocolWrittenBeforeUnitsHadAYearLoadsAsTheNotesUnits() throws {
  let shipped = try ShippedProtocol.named("byr-project-leaders-2019")
  // The same file as it was written before the plan recorded `units`.
  let older = shipped.json.replacingOccurrences(of: "        \"units\" : \"2019\",\n", with: "")
  #expect(older != shipped.json)
  let document = try ProtocolJSON.decode(
    Data(older.utf8), file: "older.json", knownUnits: KnownUnits(frame: SamplingFrame(data: data)))
  let sample = try #require(document.sample)
  #expect(sample.plan.units == nil)
  #expect(sample.plan.unitLayer == .year2019)
  // Exported again, it says nothing it did not say: the field stays absent.
  let again = String(decoding: try ProtocolJSON.encode(document), as: UTF8.self)
  #expect(!again.contains("\"units\" : \"2019\""))
}
