import Foundation
import Testing

@testable import StudyplanCore

private let frame = SamplingFrame(data: ReferenceData.load(.embedded))

private let repositoryRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

/// python3 on PATH (pyenv shims included), or nil: the tests that need it are skipped and say so.
private let python = ExternalTool.find("python3")

/// Runs Examples/rederive_sample.py on `sample` inside an encoded protocol, with `frameCSV`
/// (the frame of the sample's year, as `frame --format csv` writes it) when given.
private func rederive(_ sample: ProtocolSample, frameCSV: String? = nil) throws -> (
  status: Int32, lines: [String]
) {
  let python = try #require(python)
  var studyProtocol = StudyProtocol(title: "rederive")
  studyProtocol.sample = sample
  let file = FileManager.default.temporaryDirectory
    .appendingPathComponent("rederive-\(UUID().uuidString).json")
  try JSONEncoder().encode(studyProtocol).write(to: file)
  let csvFile = file.deletingPathExtension().appendingPathExtension("csv")
  try frameCSV?.write(to: csvFile, atomically: true, encoding: .utf8)
  defer {
    try? FileManager.default.removeItem(at: file)
    try? FileManager.default.removeItem(at: csvFile)
  }
  let process = Process()
  process.executableURL = URL(fileURLWithPath: python)
  process.environment = ProcessInfo.processInfo.environment
  process.arguments =
    [repositoryRoot.appendingPathComponent("Examples/rederive_sample.py").path, file.path]
    + (frameCSV == nil ? [] : [csvFile.path])
  let pipe = Pipe()
  process.standardOutput = pipe
  try process.run()
  let output = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  let text = String(decoding: output, as: UTF8.self)
  return (process.terminationStatus, text.split(separator: "\n").map(String.init))
}

private let requests: [SampleRequest] = [
  SampleRequest(design: .simple, size: 8, seed: "42", reserves: 4),
  SampleRequest(
    design: .stratified, size: 15, strata: [.centrality, .reform], seed: "oppfølging-2026"),
  SampleRequest(
    design: .stratified, size: 10, strata: [.byr], allocation: .equal, seed: "x", reserves: 2),
  SampleRequest(design: .paired, size: 4, seed: "pairs"),
  SampleRequest(design: .twoStage, size: 3, seed: "model 2", membersPerCluster: 2),
]

@Test(
  .enabled(if: python != nil, "python3 is not on PATH; install it to re-derive the draws"),
  arguments: requests.indices)
func thePythonScriptAgreesWithTheTool(_ index: Int) throws {
  var request = requests[index]
  if index == 1 {
    request.filter = try FrameFilter.parse("centrality in 5,6 and reform in merged,split,outside")
  }
  let sample = try SampleDrawer.draw(request, frame: frame)
  let (status, lines) = try rederive(sample)
  #expect(status == 0, "\(lines.suffix(5))")
  #expect(lines.last == "agrees with the recorded draw: yes")
  // Compare the script's own listing with the tool's, not just its verdict.
  let scriptUnits = lines.filter { $0.hasPrefix("unit ") }
  let toolUnits = sample.units.map { "unit \($0.stratum) \($0.rank ?? 0) \($0.kommunenummer)" }
  #expect(scriptUnits == toolUnits)
  let scriptReserves = lines.filter { $0.hasPrefix("reserve ") }
  let toolReserves = sample.reserves
    .filter { $0.stratum != "pairs" && $0.stratum != "clusters" }
    .flatMap { list in list.units.map { "reserve \(list.stratum) \($0.rank) \($0.kommunenummer)" } }
  #expect(scriptReserves == toolReserves)
}

@Test(.enabled(if: python != nil, "python3 is not on PATH; install it to re-derive the draws"))
func thePythonScriptNoticesATamperedDraw() throws {
  var sample = try SampleDrawer.draw(requests[0], frame: frame)
  sample.units[0].kommunenummer = sample.reserves[0].units[0].kommunenummer
  let (status, lines) = try rederive(sample)
  #expect(status == 1)
  #expect(lines.last == "agrees with the recorded draw: NO")
}

/// The new random parts: within-cluster strata, a refused cluster's replacement, pairing with
/// the regional centre and units added on purpose to a draw.
private func newRandomParts() throws -> [ProtocolSample] {
  var twoStage = SampleRequest(design: .twoStage, size: 4, seed: "model 2", membersPerCluster: 3)
  twoStage.membersBy = .centrality
  let strata = try SampleDrawer.draw(twoStage, frame: frame)
  var replaced = strata
  let cluster = try #require(SampleDrawer.activeClusters(replaced).first)
  _ = try SampleDrawer.replaceCluster(&replaced, cluster: cluster, reason: .refused, frame: frame)
  var centre = SampleRequest(design: .paired, size: 3, seed: "centre")
  centre.pairWith = .centre
  var mixed = SampleRequest(design: .stratified, size: 6, strata: [.centrality], seed: "mix")
  mixed.purposive = [PurposiveChoice(kommunenummer: "0833", reason: "named in the note")]
  return [
    strata, replaced, try SampleDrawer.draw(centre, frame: frame),
    try SampleDrawer.draw(mixed, frame: frame),
  ]
}

@Test(
  .enabled(if: python != nil, "python3 is not on PATH; install it to re-derive the draws"),
  arguments: 0..<4)
func thePythonScriptAgreesOnTheNewRandomParts(_ index: Int) throws {
  let sample = try newRandomParts()[index]
  let (status, lines) = try rederive(sample)
  #expect(status == 0, "\(lines.suffix(5))")
  #expect(lines.last == "agrees with the recorded draw: yes")
  let scriptUnits = lines.filter { $0.hasPrefix("unit ") || $0.hasPrefix("replacement ") }
  let toolUnits = sample.units.filter { $0.stratum != "purposive" && $0.rank != nil }
    .map {
      "\($0.replaces == nil ? "unit" : "replacement") \($0.stratum) \($0.rank ?? 0) \($0.kommunenummer)"
    }
  #expect(scriptUnits == toolUnits)
}

/// Draws of today's municipalities (ids are 2024 kommunenummer): the whole frame stratified by
/// county and 2024 class, and a filtered simple draw.
private func draws2024() throws -> [ProtocolSample] {
  var stratified = SampleRequest(
    design: .stratified, size: 15, strata: [.county, .centrality2024], seed: "i dag")
  stratified.units = .year2024
  var simple = SampleRequest(design: .simple, size: 6, seed: "1", reserves: 5)
  simple.units = .year2024
  simple.filter = try FrameFilter.parse(
    "centrality2024 = 6", frame: frame.inLayer(.year2024))
  return [
    try SampleDrawer.draw(stratified, frame: frame), try SampleDrawer.draw(simple, frame: frame),
  ]
}

@Test(
  .enabled(if: python != nil, "python3 is not on PATH; install it to re-derive the draws"),
  arguments: 0..<2)
func thePythonScriptAgreesOnADrawOfTodaysMunicipalities(_ index: Int) throws {
  let sample = try draws2024()[index]
  #expect(sample.plan.units == .year2024)
  let frame2024 = frame.inLayer(.year2024)
  let csv = FrameRenderer.csv(frame2024.units, fields: FrameField.columns(for: .year2024))
  let (status, lines) = try rederive(sample, frameCSV: csv)
  #expect(status == 0, "\(lines.suffix(5))")
  #expect(lines.contains("frame of 2024: 357 municipalities; the plan agrees"))
  #expect(lines.last == "agrees with the recorded draw: yes")
  let scriptUnits = lines.filter { $0.hasPrefix("unit ") }
  #expect(
    scriptUnits == sample.units.map { "unit \($0.stratum) \($0.rank ?? 0) \($0.kommunenummer)" })
  // Every drawn id is a 2024 number.
  #expect(sample.units.allSatisfy { frame2024.unit($0.kommunenummer) != nil })
}

@Test(.enabled(if: python != nil, "python3 is not on PATH; install it to re-derive the draws"))
func thePythonScriptNoticesA2019IdInADrawOf2024Units() throws {
  var sample = try draws2024()[1]
  sample.plan.strataPlan[0].units[0] = "1929"  // Berg, part of Senja since 2020
  let csv = FrameRenderer.csv(
    frame.inLayer(.year2024).units, fields: FrameField.columns(for: .year2024))
  let (status, lines) = try rederive(sample, frameCSV: csv)
  #expect(status == 1)
  #expect(lines.contains("not municipalities of 2024 in the frame: 1929"))
}
