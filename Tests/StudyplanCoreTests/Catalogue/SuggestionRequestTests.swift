import Testing

@testable import StudyplanCore

/// `sample --suggested ID` starts from a request the core builds, never from re-parsed flags.
@Suite struct SuggestionRequestTests {
  static let frame = SamplingFrame(data: ReferenceData.load(.embedded))

  @Test func everySuggestionBecomesARequestOnTheEmbeddedFrame() throws {
    for entry in QuestionCatalogue.builtin.entries {
      let suggestion = entry.sampling
      let request = try suggestion.request(size: 4, seed: "s", frame: Self.frame)
      #expect(request.design.rawValue == suggestion.design.rawValue, "\(entry.id)")
      #expect(request.filter?.source == suggestion.filter, "\(entry.id)")
      if suggestion.design == .stratified {
        #expect(request.strata.map(\.rawValue) == suggestion.strata, "\(entry.id)")
      } else {
        #expect(request.strata.isEmpty, "\(entry.id)")
      }
      #expect(request.size == 4 && request.seed == "s")
    }
  }
}
