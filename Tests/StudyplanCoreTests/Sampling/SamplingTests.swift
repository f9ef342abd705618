import Foundation
import Testing

@testable import StudyplanCore

private let frame = SamplingFrame(data: ReferenceData.load(.embedded))

private func stratified(seed: String = "2020", size: Int = 12) throws -> ProtocolSample {
  let request = SampleRequest(
    design: .stratified, size: size, strata: [.centrality, .reform], seed: seed, reserves: 3,
    filter: try FrameFilter.parse(
      "centrality in 5,6 and reform in merged,split,outside", frame: frame))
  return try SampleDrawer.draw(request, frame: frame)
}

@Test func theSameInputsGiveTheSameSampleAndReserves() throws {
  let first = try stratified()
  for _ in 0..<3 { #expect(try stratified() == first) }
  #expect(first.units.count == 12)
  #expect(first.plan.algorithm == "studyplan-sha256-rank/1")
  #expect(first.plan.dataVersions.count == 12)
  #expect(first.plan.dataVersions.first?.id == "kommuner-2019")
  #expect(first.plan.units == .year2019)
}

@Test func anotherSeedGivesAnotherDraw() throws {
  #expect(
    try stratified(seed: "2020").units.map(\.kommunenummer)
      != (try stratified(seed: "2021").units.map(\.kommunenummer)))
}

@Test func theRankingKeyIsTheDocumentedHash() {
  // printf '2020:all:1850' | sha256sum — pinned as a literal, so a change to the hash function or
  // to how the key is joined fails here instead of agreeing with itself.
  #expect(
    SampleRanking.key(seed: "2020", stratum: "all", id: "1850")
      == "ab5ab84914ec0ac211ba5508e8bbb1b15fec72ff875d7cee3cc290aa09462239")
  let ids = ["0101", "0104", "0105", "1850"]
  let order = SampleRanking.order(ids: ids, seed: "s", stratum: "all")
  let expected = ids.indices.sorted {
    SampleRanking.key(seed: "s", stratum: "all", id: ids[$0])
      < SampleRanking.key(seed: "s", stratum: "all", id: ids[$1])
  }
  #expect(order == expected)
}

@Test func proportionalAllocationUsesLargestRemainderWithDocumentedTies() throws {
  let strata = [
    Allocator.Stratum(key: "a", size: 10), Allocator.Stratum(key: "b", size: 10),
    Allocator.Stratum(key: "c", size: 10),
  ]
  // 10·10/30 = 3.33 each: one unit left over, tie on remainder and size → smallest key.
  #expect(try Allocator.proportional(10, strata) == [4, 3, 3])
  let uneven = [Allocator.Stratum(key: "x", size: 7), Allocator.Stratum(key: "y", size: 3)]
  #expect(try Allocator.proportional(5, uneven) == [4, 1])  // 3.5 / 1.5 → tie → larger stratum
  #expect(try Allocator.equal(7, uneven) == [4, 3])
  #expect(throws: StudyplanError.self) { try Allocator.proportional(11, uneven) }
}

@Test func inclusionProbabilitiesAreTheStratumSamplingFractions() throws {
  let sample = try stratified()
  for unit in sample.units {
    let stratum = try #require(sample.plan.strataPlan.first { $0.key == unit.stratum })
    #expect(unit.inclusionProbability == Double(stratum.allocated) / Double(stratum.units.count))
  }
  #expect(sample.plan.strataPlan.reduce(0) { $0 + $1.allocated } == 12)
}

@Test func refusalsTakeTheNextReserveInTheSameStratum() throws {
  var sample = try stratified()
  let refused = sample.units[0]
  let reserves = try #require(sample.reserves.first { $0.stratum == refused.stratum })
  let replacement = try #require(try sample.replace(refused.kommunenummer, reason: .refused))
  #expect(replacement.kommunenummer == reserves.units[0].kommunenummer)
  #expect(replacement.stratum == refused.stratum)
  #expect(replacement.status == .replacement)
  #expect(replacement.drawOrder == 13)
  #expect(sample.units[0].status == .refused)
  #expect(
    sample.log == [
      ReplacementRecord(
        sequence: 1, refused: refused.kommunenummer, reason: .refused,
        replacement: replacement.kommunenummer, stratum: refused.stratum)
    ])
  #expect(throws: StudyplanError.notInSample(refused.kommunenummer)) {
    try sample.replace(refused.kommunenummer, reason: .refused)
  }
}

@Test func anExhaustedStratumIsAClearError() throws {
  var sample = try stratified()
  var current = sample.units[0].kommunenummer
  let stratum = sample.units[0].stratum
  for _ in 0..<3 {
    current = try #require(try sample.replace(current, reason: .noResponse)).kommunenummer
  }
  #expect(throws: StudyplanError.stratumExhausted(stratum: stratum, refused: current)) {
    try sample.replace(current, reason: .noResponse)
  }
  #expect(
    StudyplanError.stratumExhausted(stratum: stratum, refused: current).description
      .contains("no reserve left in stratum '\(stratum)'"))
}

@Test func explicitAndEqualAllocationsFollowTheRequest() throws {
  let explicit = try SampleDrawer.draw(
    SampleRequest(
      design: .stratified, size: 0, strata: [.centrality], allocation: .explicit,
      explicitSizes: ["5": 2, "centrality=6": 3], seed: "x"),
    frame: frame)
  #expect(explicit.units.filter { $0.stratum == "centrality=5" }.count == 2)
  #expect(explicit.units.filter { $0.stratum == "centrality=6" }.count == 3)
  #expect(explicit.units.count == 5)
  let equal = try SampleDrawer.draw(
    SampleRequest(
      design: .stratified, size: 12, strata: [.centrality], allocation: .equal, seed: "x"),
    frame: frame)
  #expect(Dictionary(grouping: equal.units, by: \.stratum).values.allSatisfy { $0.count == 2 })
}

@Test func pairedSamplesTakeASmallAndACentralMemberOfTheSameCooperation() throws {
  let sample = try SampleDrawer.draw(
    SampleRequest(design: .paired, size: 3, seed: "pairs"), frame: frame)
  #expect(sample.units.count == 6)
  for pair in Dictionary(grouping: sample.units, by: { $0.cluster ?? "" }).values {
    #expect(pair.count == 2)
    let small = try #require(pair.first { $0.pairRole == "small" })
    let central = try #require(pair.first { $0.pairRole == "central" })
    #expect((frame.unit(small.kommunenummer)?.centrality ?? 0) >= 5)
    #expect((frame.unit(central.kommunenummer)?.centrality ?? 9) <= 4)
  }
  var changed = sample
  let small = try #require(
    sample.units.first { unit in
      unit.pairRole == "small"
        && sample.reserves.contains { $0.stratum == unit.stratum && !$0.units.isEmpty }
    })
  let replacement = try #require(try changed.replace(small.kommunenummer, reason: .unavailable))
  #expect(replacement.cluster == small.cluster)
  #expect(replacement.pairRole == "small")
}

@Test func twoStageSamplesDrawCooperationsThenMembers() throws {
  let sample = try SampleDrawer.draw(
    SampleRequest(design: .twoStage, size: 2, seed: "model2", membersPerCluster: 3), frame: frame)
  let clusters = Set(sample.units.compactMap(\.cluster))
  #expect(clusters.count == 2)
  #expect(sample.units.count <= 6)
  #expect(sample.plan.strataPlan.first?.key == "clusters")
}

@Test func purposiveSamplesKeepTheirReasonsAndNeedOne() throws {
  let sample = try SampleDrawer.draw(
    SampleRequest(
      design: .purposive, size: 0, seed: "",
      purposive: [PurposiveChoice(kommunenummer: "1850", reason: "split between two successors")]),
    frame: frame)
  #expect(sample.units.first?.reason == "split between two successors")
  #expect(sample.units.first?.inclusionProbability == nil)
  #expect(throws: StudyplanError.self) {
    try SampleDrawer.draw(
      SampleRequest(
        design: .purposive, size: 0, seed: "",
        purposive: [PurposiveChoice(kommunenummer: "1850", reason: " ")]),
      frame: frame)
  }
}

@Test func aSampleRoundTripsThroughTheProtocolJSON() throws {
  var sample = try stratified()
  try sample.replace(sample.units[1].kommunenummer, reason: .withdrew)
  var studyProtocol = StudyProtocol(title: "t")
  studyProtocol.sample = sample
  let data = try JSONEncoder().encode(studyProtocol)
  #expect(try JSONDecoder().decode(StudyProtocol.self, from: data) == studyProtocol)
}

@Test func theSampleCSVIsACaseSheetWithReserves() throws {
  let sample = try stratified()
  let csv = SampleCSVRenderer.render(sample, frame: frame)
  let lines = csv.split(separator: "\n")
  #expect(lines[0].hasPrefix("case,status,stratum,draw-order,rank,inclusion-probability"))
  #expect(lines.filter { $0.contains(",drawn,") }.count == 12)
  #expect(lines.filter { $0.contains(",reserve,") }.count > 0)
  let first = sample.units[0]
  #expect(lines[1].hasPrefix("\(first.kommunenummer) "))
}

@Test(arguments: [0, 1, 7, 50, 249])
func aLimitedRankingIsThePrefixOfTheFullRanking(_ limit: Int) {
  let ids = (0..<1000).map { "U\($0)" }
  let full = SampleRanking.order(ids: ids, seed: "limit", stratum: "s")
  #expect(
    SampleRanking.order(ids: ids, seed: "limit", stratum: "s", limit: limit)
      == Array(full.prefix(limit)))
}
