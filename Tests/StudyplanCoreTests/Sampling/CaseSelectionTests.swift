import Foundation
import Testing

@testable import StudyplanCore

private let frame = SamplingFrame(data: ReferenceData.load(.embedded))

@Test func theRegionalCentreIsTheApplicantAndUnknownStaysUnknown() throws {
  #expect(frame.centres["Kristiansandsregionen"] == "1001")
  #expect(frame.centres["Salten"] == "1804")
  #expect(frame.centres["Midt-Troms"] == nil)  // project owner named, no applicant
  let kristiansand = try #require(frame.unit("1001"))
  #expect(FrameField.centre.value(of: kristiansand) == .text("yes"))
  let iveland = try #require(frame.unit("0935"))
  #expect(FrameField.centre.value(of: iveland) == .text("no"))
  #expect(FrameField.regionalCentre.value(of: iveland) == .list(["Kristiansand"]))
  let lenvik = try #require(frame.unit("1931"))
  #expect(FrameField.centre.value(of: lenvik) == .unknown)
  #expect(FrameField.regionalCentre.value(of: lenvik) == .unknown)
}

@Test func theNotesFindingsAreFrameFieldsForFilters() throws {
  let most = try FrameFilter.parse("note-gain = gained-most", frame: frame).apply(to: frame)
  #expect(most.matched.map(\.name) == ["Drangedal", "Tokke", "Hjelmeland", "Sveio"])
  let longStanding = try FrameFilter.parse("note-region = long-standing", frame: frame)
    .apply(to: frame).matched
  #expect(longStanding.contains { $0.name == "Porsgrunn" })  // Grenland
  #expect(!longStanding.contains { $0.name == "Bodø" })
  // Salten's type is not stated in the note: unknown, so a filter on it cannot judge Bodø.
  let typed = try FrameFilter.parse("region-type = twin-towns", frame: frame).apply(to: frame)
  #expect(typed.unjudged.contains { $0.name == "Bodø" })
  #expect(typed.matched.contains { $0.name == "Skien" })
  let reyes = try #require(frame.unit("0806"))
  #expect(FrameField.regionType.value(of: reyes) == .list(["one-peripheral-member", "twin-towns"]))
}

@Test func aCensusOfRegionsTakesEveryRegionWithAnEligibleMember() throws {
  var request = SampleRequest(
    design: .census, size: 0, seed: "",
    filter: try FrameFilter.parse("byr = any and centrality in 5,6", frame: frame))
  request.level = .cooperation
  let sample = try SampleDrawer.draw(request, frame: frame)
  let expected = frame.cooperations.filter { cooperation in
    cooperation.kind == .byr
      && cooperation.members.contains { (frame.unit($0)?.centrality ?? 0) >= 5 }
  }.map(\.name)
  #expect(sample.units.map(\.kommunenummer) == expected)
  #expect(sample.units.allSatisfy { $0.inclusionProbability == 1 && $0.rank == nil })
  #expect(sample.plan.seed == "")
  #expect(sample.plan.level == .cooperation)
  #expect(sample.reserves.allSatisfy { $0.units.isEmpty })
}

@Test func aMaximumVariationProposalCoversEveryCellDeterministically() throws {
  var request = SampleRequest(
    design: .purposive, size: 0, seed: "",
    filter: try FrameFilter.parse("byr = any", frame: frame))
  request.logic = .maximumVariation
  request.criteria = ["centrality", "reform"]
  let first = try SampleDrawer.draw(request, frame: frame)
  #expect(try SampleDrawer.draw(request, frame: frame) == first)
  let eligible = try FrameFilter.parse("byr = any", frame: frame).apply(to: frame).matched
  let cells = Set(
    eligible.map { SamplingFrame.stratumKey(of: $0, fields: [.centrality, .reform]) })
  #expect(Set(first.plan.purposive.compactMap(\.cell)) == cells)
  #expect(first.units.count == cells.count)
  #expect(first.plan.purposive.allSatisfy { $0.basis != nil && !$0.reason.isEmpty })
  // Two per cell: the lowest and the highest of the measure where a cell has two or more.
  request.perCell = 2
  let two = try SampleDrawer.draw(request, frame: frame)
  #expect(two.units.count > first.units.count)
}

@Test func theExtremeAndTypicalLogicsPickByTheMeasure() {
  let values = [10, 20, 30, 40, 50]
  #expect(DrawContext.positions(logic: .extreme, values: values, count: 3).map(\.0) == [0, 4, 1])
  #expect(DrawContext.positions(logic: .typical, values: values, count: 3).map(\.0) == [2, 1, 3])
  #expect(
    DrawContext.positions(logic: .maximumVariation, values: values, count: 3).map(\.0)
      == [0, 2, 4])
}

@Test func aTwoStageDrawWithCentralityStrataGivesSmallAndCentralMembers() throws {
  var request = SampleRequest(
    design: .twoStage, size: 8, seed: "2020", membersPerCluster: 2)
  request.membersBy = .centrality
  let sample = try SampleDrawer.draw(request, frame: frame)
  for cluster in Set(sample.units.compactMap(\.cluster)) {
    guard let cooperation = frame.cooperation(named: cluster) else { continue }
    let classes = cooperation.members.compactMap { frame.unit($0)?.centrality }
    let drawn = sample.units.filter { $0.cluster == cluster }
      .compactMap { frame.unit($0.kommunenummer)?.centrality }
    if classes.contains(where: { $0 >= 5 }) && classes.contains(where: { $0 <= 4 }) {
      #expect(drawn.contains { $0 >= 5 }, "\(cluster)")
      #expect(drawn.contains { $0 <= 4 }, "\(cluster)")
    }
  }
}

@Test func refusingARegionLogsTheClusterAndTakesTheClusterReserve() throws {
  var request = SampleRequest(design: .twoStage, size: 3, seed: "2020", membersPerCluster: 2)
  request.membersBy = .centrality
  var sample = try SampleDrawer.draw(request, frame: frame)
  let before = sample.openReserveCount
  let cluster = try #require(SampleDrawer.activeClusters(sample).first)
  let reserve = try #require(sample.reserves.first { $0.stratum == "clusters" }?.units.first)
  let outcome = try SampleDrawer.replaceCluster(
    &sample, cluster: cluster, reason: .refused, frame: frame)
  #expect(outcome.replacement == reserve.kommunenummer)
  #expect(!outcome.units.isEmpty)
  #expect(outcome.units.allSatisfy { $0.cluster == reserve.kommunenummer })
  #expect(sample.units.filter { $0.cluster == cluster }.allSatisfy { $0.status == .refused })
  #expect(sample.log.last?.refused == cluster)
  #expect(sample.log.last?.replacement == reserve.kommunenummer)
  #expect(sample.log.last?.stratum == "clusters")
  #expect(SampleDrawer.activeClusters(sample).count == 3)
  #expect(sample.plan.replacementStrata?.isEmpty == false)
  #expect(sample.openReserveCount != before)
}

@Test func aDropoutWithoutAReserveIsLoggedAsNonResponse() throws {
  var sample = try SampleDrawer.draw(
    SampleRequest(design: .simple, size: 2, seed: "1", reserves: 0), frame: frame)
  let unit = sample.units[0].kommunenummer
  #expect(throws: StudyplanError.self) { try sample.replace(unit, reason: .noResponse) }
  let replacement = try sample.replace(unit, reason: .noResponse, withoutReserve: true)
  #expect(replacement == nil)
  #expect(sample.log.count == 1)
  #expect(sample.log[0].replacement == nil)
  #expect(sample.activeUnits.count == 1)
}

@Test func pairingWithTheCentreTakesTheApplicantMunicipality() throws {
  var request = SampleRequest(design: .paired, size: 4, seed: "centre")
  request.pairWith = .centre
  let sample = try SampleDrawer.draw(request, frame: frame)
  for unit in sample.units where unit.pairRole == "centre" {
    #expect(frame.centres[unit.cluster ?? ""] == unit.kommunenummer)
  }
  #expect(sample.units.filter { $0.pairRole == "centre" }.count == 4)
  #expect(sample.plan.pairWith == .centre)
}

@Test func pairingWithinANewMunicipalityKeepsSplitUnits() throws {
  var request = SampleRequest(
    design: .paired, size: 40, seed: "split",
    filter: try FrameFilter.parse("reform in merged,split", frame: frame))
  request.pairWithin = .municipality
  let context = DrawContext(
    request: request, frame: frame,
    eligible: try FrameFilter.parse("reform in merged,split", frame: frame).apply(to: frame)
      .matched)
  let groups = context.eligibleSuccessorGroups()
  #expect(groups.contains { group in group.members.contains { $0.kommunenummer == "1850" } })
}

@Test func aReformQuestionWithUnchangedMunicipalitiesGetsOneFitFinding() throws {
  let sample = try SampleDrawer.draw(
    SampleRequest(
      design: .simple, size: 6, seed: "2020",
      filter: try FrameFilter.parse("reform = unchanged", frame: frame)), frame: frame)
  var studyProtocol = StudyProtocol(title: "Reform")
  studyProtocol.questions = [ProtocolQuestion(id: "reform-centre-and-periphery")]
  studyProtocol.sample = sample
  let findings = DesignCheck.run(studyProtocol, frame: frame).filter {
    if case .sampleDoesNotFit = $0 { true } else { false }
  }
  #expect(findings.count == 1)
  #expect(findings.first?.message.contains("'reform-centre-and-periphery'") == true)
  #expect(findings.first?.message.contains("--filter \"reform in merged,split\"") == true)
}

@Test func unitsAddedOnPurposeLeaveTheDrawAndAreRecorded() throws {
  var request = SampleRequest(design: .simple, size: 4, seed: "mixed", reserves: 2)
  request.purposive = [PurposiveChoice(kommunenummer: "0833", reason: "the note's winner")]
  let sample = try SampleDrawer.draw(request, frame: frame)
  #expect(sample.units.count == 5)
  #expect(sample.units.last?.kommunenummer == "0833")
  #expect(sample.units.last?.inclusionProbability == nil)
  #expect(sample.plan.strataPlan.first?.units.contains("0833") == false)
  #expect(sample.plan.purposive.count == 1)
  #expect(sample.plan.requestedSize == 4)
}
