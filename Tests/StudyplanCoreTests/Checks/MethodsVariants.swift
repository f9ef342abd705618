import Testing

@testable import StudyplanCore

/// One real sample per design variant, drawn from the embedded frame, for the methods text's
/// goldens and the vocabulary test: simple, stratified, paired in a cooperation / in a new
/// municipality / with the centre, two-stage with and without within-cluster strata, census
/// and purposive at both levels, mixed, and a draw among today's municipalities.
enum MethodsVariants {
  static let frame = SamplingFrame(data: ReferenceData.load(.embedded))

  /// A variant: its golden's name and how to draw it.
  struct Variant: Sendable, CustomTestStringConvertible {
    var name: String
    var request: @Sendable () throws -> SampleRequest
    var testDescription: String { name }

    func sample() throws -> ProtocolSample {
      try SampleDrawer.draw(try request(), frame: MethodsVariants.frame)
    }
  }

  static func filter(_ text: String, units: UnitLayer = .standard) throws -> FrameFilter {
    try FrameFilter.parse(text, frame: frame.inLayer(units))
  }

  static let all: [Variant] = [
    Variant(name: "simple") {
      SampleRequest(
        design: .simple, size: 6, seed: "2020", reserves: 2,
        filter: try filter("centrality in 5,6 and reform in merged,split and county2020 != Viken"))
    },
    Variant(name: "stratified") {
      SampleRequest(
        design: .stratified, size: 8, strata: [.centrality, .reform], allocation: .equal,
        seed: "2020", reserves: 1, filter: try filter("centrality in 5,6"))
    },
    Variant(name: "paired-cooperation") { SampleRequest(design: .paired, size: 3, seed: "7") },
    Variant(name: "paired-new-municipality") {
      var request = SampleRequest(design: .paired, size: 3, seed: "7")
      request.pairWithin = .municipality
      return request
    },
    Variant(name: "paired-centre") {
      var request = SampleRequest(design: .paired, size: 3, seed: "7")
      request.pairWith = .centre
      return request
    },
    Variant(name: "two-stage") {
      SampleRequest(design: .twoStage, size: 3, seed: "2020", membersPerCluster: 2)
    },
    Variant(name: "two-stage-strata") {
      var request = SampleRequest(design: .twoStage, size: 3, seed: "2020", membersPerCluster: 2)
      request.membersBy = .centrality
      return request
    },
    Variant(name: "census-municipality") {
      SampleRequest(
        design: .census, size: 0, seed: "", filter: try filter("centrality = 6 and reform = merged"))
    },
    Variant(name: "census-cooperation") {
      var request = SampleRequest(
        design: .census, size: 0, seed: "", filter: try filter("byr = any and centrality in 5,6"))
      request.level = .cooperation
      return request
    },
    Variant(name: "purposive-municipality") {
      var request = SampleRequest(
        design: .purposive, size: 0, seed: "", filter: try filter("centrality = 6 and byr = any"))
      request.logic = .typical
      request.criteria = ["reform"]
      return request
    },
    Variant(name: "purposive-cooperation") {
      var request = SampleRequest(
        design: .purposive, size: 0, seed: "",
        purposive: [
          PurposiveChoice(kommunenummer: "Grenland", reason: "langvarig samarbeid"),
          PurposiveChoice(kommunenummer: "Midt-Troms", reason: "ByR som forarbeid til sammenslåing"),
          PurposiveChoice(kommunenummer: "Vest-Telemark", reason: "bare små kommuner"),
        ])
      request.level = .cooperation
      request.criteria = ["note-region", "small"]
      return request
    },
    Variant(name: "mixed") {
      SampleRequest(
        design: .simple, size: 4, seed: "2020", reserves: 2, filter: try filter("centrality = 6"),
        purposive: [
          PurposiveChoice(kommunenummer: "1850", reason: "delt mellom to nye kommuner i 2020")
        ])
    },
    Variant(name: "simple-2024") {
      var request = SampleRequest(
        design: .simple, size: 4, seed: "2024", reserves: 2,
        filter: try filter("county2024 = Troms and centrality2024 = 6", units: .year2024))
      request.units = .year2024
      return request
    },
  ]

  /// The protocol each variant's methods text is written for: the guide fixture's, in
  /// `language`, with the variant's sample.
  static func studyProtocol(_ sample: ProtocolSample, language: Language) -> StudyProtocol {
    var document = GuideFixtures.studyProtocol(language: language)
    document.purpose =
      language == .nb
      ? "å finne ut hva små kommuner har fått igjen for det regionale samarbeidet"
      : "to find out what small municipalities got out of regional cooperation"
    document.sample = sample
    return document
  }
}
