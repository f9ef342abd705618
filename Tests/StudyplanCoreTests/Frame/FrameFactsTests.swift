import Testing

@testable import StudyplanCore

// Expected values below were read by hand from the reference-data compilation's CSV files
// (kommuner_2019.csv, kommuneendringer_2019_2020.csv, byregioner_medlemmer.csv), not computed
// by the code under test.

private let frame = SamplingFrame(data: ReferenceData.load(.embedded))

@Test func theFrameHoldsThe422MunicipalitiesOf2019() {
  #expect(frame.units.count == 422)
  #expect(Set(frame.units.map(\.kommunenummer)).count == 422)
}

@Test func fortySevenClass5And6MunicipalitiesMergedOrWereSplit() {
  let small = frame.units.filter { $0.centrality >= 5 }
  #expect(small.count == 220)
  #expect(small.filter { $0.reform == .merged }.count == 45)
  #expect(small.filter { $0.reform == .split }.count == 2)
}

@Test(arguments: [
  ("0226", ["3030"]), ("0227", ["3030"]), ("0231", ["3030"]), ("1534", ["1507"]),
  ("0104", ["3002"]), ("1571", ["5055"]), ("1444", ["1577"]), ("0121", ["3026"]),
])
func knownMergersHaveTheirSuccessors(_ number: String, _ successors: [String]) throws {
  let unit = try #require(frame.unit(number))
  #expect(unit.successors.map(\.kommunenummer) == successors)
  #expect(unit.reform == .merged)
}

@Test func tysfjordAndSnillfjordAreSplits() throws {
  let tysfjord = try #require(frame.unit("1850"))
  #expect(tysfjord.reform == .split)
  #expect(tysfjord.successors.map(\.kommunenummer) == ["1806", "1875"])
  #expect(tysfjord.population2020 == nil)
  #expect(tysfjord.county2020 == "Nordland")
  let snillfjord = try #require(frame.unit("5012"))
  #expect(snillfjord.reform == .split)
  #expect(snillfjord.successors.map(\.kommunenummer) == ["5055", "5056", "5059"])
  #expect(frame.units.filter { $0.reform == .split }.map(\.kommunenummer) == ["1850", "5012"])
}

@Test func populationTotalsMatchSSB() {
  #expect(frame.units.reduce(0) { $0 + $1.population } == 5_328_212)
  let data = ReferenceData.load(.embedded)
  #expect(data.population2020.values.reduce(0, +) == 5_367_580)
}

@Test func partnersOfMergersStoodOutside() throws {
  // Nedre Romerike: Sørum, Fet and Skedsmo merged into Lillestrøm; Lørenskog and Rælingen
  // only got new numbers.
  #expect(frame.unit("0230")?.reform == .outside)
  #expect(frame.unit("0228")?.reform == .outside)
  // Elverumregionen: nobody merged, so Elverum is merely renumbered and Våler renamed.
  #expect(frame.unit("0427")?.reform == .renumbered)
  #expect(frame.unit("0426")?.reform == .renamed)
  // Salten: Bodø kept its number and name while its partner Hamarøy merged.
  #expect(frame.unit("1804")?.reform == .outside)
}

@Test func centralityBeforeAndAfterKeepTheirVersionsAndUnknownsStayUnknown() throws {
  // Elverum: class 4 in the 2018 version; its successor 3420 has class 3 in the 2020 version.
  let elverum = try #require(frame.unit("0427"))
  #expect(elverum.centrality == 4)
  #expect(elverum.centrality2020 == 3)
  #expect(elverum.classChanged == true)
  // Bodø (Nordland): the 2020 version is not known.
  let bodo = try #require(frame.unit("1804"))
  #expect(bodo.centrality == 3)
  #expect(bodo.centrality2020 == nil)
  #expect(bodo.classChanged == nil)
  #expect(FrameField.centrality2020.value(of: bodo) == .unknown)
}

@Test func cityRegionMembershipsAreOnTheUnits() throws {
  #expect(frame.unit("1865")?.cityRegions == ["Aust-Lofoten"])
  // Etne is in two phase-2 regions.
  #expect(frame.unit("1211")?.cityRegions.count == 2)
  // Aure was an observer, not a member.
  #expect(frame.unit("1576")?.cityRegions == [])
  #expect(frame.units.filter { !$0.cityRegions.isEmpty }.count == 192)
}

@Test func municipalitiesResolveByNumberNameOrParallelName() throws {
  #expect(try frame.resolve("1850").name.hasPrefix("Tysfjord"))
  #expect(try frame.resolve("tysfjord").kommunenummer == "1850")
  #expect(try frame.resolve("Karasjok").kommunenummer == "2021")
  #expect(throws: StudyplanError.unknownMunicipality("Tysfjorf", suggestion: "Tysfjord")) {
    try frame.resolve("Tysfjorf")
  }
}

@Test func frameCSVHasAHeaderAndOneRowPerUnitWithUnknownsEmpty() {
  let csv = FrameRenderer.csv(frame.units)
  let lines = csv.split(separator: "\n")
  #expect(lines.count == 423)
  #expect(lines[0].hasPrefix("kommunenummer,name,county,county2020,reform,centrality"))
  let bodo = lines.first { $0.hasPrefix("1804,") } ?? ""
  #expect(bodo.contains(",outside,3,,,Salten,"))
}
