import StudyplanCore
import Testing
import _StudyplanTestSupport

@testable import StudyplanREPL

/// `sample --suggested ID` starts from a request the core builds (never from re-parsed flag
/// text); it must say exactly what the suggestion's printed flags say.
@Suite struct SuggestedSampleTests {
  static let frame = SamplingFrame(data: ReferenceData.load(.embedded))

  /// The parts of a request that decide a draw, for comparison.
  static func parts(_ request: SampleRequest) -> [String] {
    [
      request.design.rawValue, "\(request.size)", request.seed,
      request.strata.map(\.rawValue).joined(separator: ","), request.allocation.rawValue,
      request.filter?.source ?? "-", "\(request.membersPerCluster ?? 0)",
      request.pairWithin.rawValue, request.pairWith.rawValue, request.level.rawValue,
      request.logic.rawValue, request.criteria.joined(separator: ","), "\(request.perCell)",
      request.measure ?? "-", request.membersBy?.rawValue ?? "-",
    ]
  }

  @Test(arguments: QuestionCatalogue.builtin.entries.map(\.id))
  func theCoreRequestSaysWhatTheSuggestedFlagsSay(id: String) throws {
    let entry = try QuestionCatalogue.builtin.resolve(id)
    let suggestion = entry.sampling
    let isRandom = SampleDesign(rawValue: suggestion.design.rawValue)?.isRandom ?? true
    let line = "sample " + suggestion.commandArguments + (isRandom ? " --n 4" : "") + " --seed s"
    let invocation = try #require(try CommandParser(table: .standard).parse(line))
    let parsed = try SampleOptions.request(invocation, frame: Self.frame)
    let built = try suggestion.request(size: isRandom ? 4 : 0, seed: "s", frame: Self.frame)
    #expect(Self.parts(built) == Self.parts(parsed), "\(id): \(line)")
  }

  @Test func optionsTypedWithSuggestedOverrideTheSuggestion() throws {
    let stratified = try #require(
      QuestionCatalogue.builtin.entries.first { $0.sampling.design == .stratified })
    let run = try runScript([
      #"new "Suggested""#, "sample --suggested \(stratified.id) --n 3 --seed 1 --design simple",
      "quit --discard",
    ])
    #expect(run.status == .success, "\(run.terminal.errors)")
    let plan = try #require(run.session.workspace?.document.sample?.plan)
    #expect(plan.design == .simple)
    #expect(plan.strata.isEmpty)
    #expect(plan.filter == stratified.sampling.filter)
    #expect(run.terminal.output.contains("sampling as '\(stratified.id)' suggests"))
  }
}
