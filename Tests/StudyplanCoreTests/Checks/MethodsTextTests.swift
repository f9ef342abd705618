import Testing

@testable import StudyplanCore

let fixtureSampling = SamplingDescription(
  design: "stratified", frameVersion: "municipalities 2019 (SSB KLASS 131), centrality 2018",
  dataVersions: ["ByR member lists 2014"], criteria: ["centrality in 5..6"],
  strata: ["reform"], allocation: [("reform=merged", 3), ("reform=unchanged", 3)],
  allocationRule: "equal", sampleSize: 6, reserves: 2, seed: "2020",
  algorithm: "rank by SHA-256(seed:stratum:kommunenummer) within each stratum",
  software: "studyplan 0.1", nonParticipation: [("refused", 1)])

@Test func theMethodsTextRecordsWhatAReviewerAsksFor() {
  let text = MarkdownRenderer.render(
    MethodsText(for: GuideFixtures.studyProtocol(), sampling: fixtureSampling, language: .en)
      .document)
  for expected in [
    "stratified random sampling", "municipalities 2019 (SSB KLASS 131)",
    "the seed is ‘2020’", "rank by SHA-256(seed:stratum:kommunenummer)",
    "| reform change merged | 3 |", "face-to-face interviews", "revision 1",
    "Data saturation", "| mayor | 54 | 60 | 13 |",
  ] {
    #expect(text.contains(expected), "methods text lacks '\(expected)'")
  }
}

@Test func anUndrawnSampleIsLeftToWrite() {
  let methods = MethodsText(for: GuideFixtures.studyProtocol(), sampling: nil)
  let text = PlainTextRenderer.render(methods.document)
  #expect(text.contains("Skrives (COREQ 10): hvordan enhetene velges."))
  #expect(methods.coreq.first { $0.number == 10 }?.isFilled == false)
}

@Test func everyCoreqItemIsNamedFilledOrToWrite() throws {
  for language in Language.allCases {
    let methods = MethodsText(
      for: try FieldworkFixtures.studyProtocol(), sampling: FieldworkFixtures.sampling,
      language: language)
    #expect(methods.coreq.map(\.number) == Array(1...32))
    let text = MarkdownRenderer.render(methods.document)
    for entry in methods.coreq {
      let label = CoreqItem.label(entry.number, in: language)
      #expect(text.contains("| \(entry.number) | \(label) |"), "COREQ \(entry.number) not named")
      if !entry.isFilled { #expect(entry.source.contains(" ") || entry.source.hasPrefix("guide")) }
    }
    // Filled from the log and the protocol; the rest to write with a command.
    let filled = Set(methods.coreq.filter(\.isFilled).map(\.number))
    #expect(filled == [10, 11, 12, 13, 16, 19, 20, 21, 23])
  }
}

@Test func settingAMethodsFieldFillsItsItems() throws {
  var studyProtocol = try FieldworkFixtures.studyProtocol()
  var fields = MethodsFields()
  fields[.piloting] = "Guiden ble prøvd ut i ett intervju med en tidligere ordfører."
  fields[.relationship] = "Forskerne gjorde studiene i 2017 og 2019; noen informanter kjenner dem."
  studyProtocol.methods = fields
  let methods = MethodsText(for: studyProtocol, sampling: FieldworkFixtures.sampling)
  let filled = Set(methods.coreq.filter(\.isFilled).map(\.number))
  #expect(filled.isSuperset(of: [6, 7, 8, 17]))
  #expect(
    methods.coreq.first { $0.number == 17 }?.source == "intervjuguiden; felt: methods piloting")
  let text = PlainTextRenderer.render(methods.document)
  #expect(text.contains("Guiden ble prøvd ut i ett intervju med en tidligere ordfører."))
  #expect(!text.contains("ordfører.."))
}

@Test func researchQuestionsAppearAsTextAndTheFilterInWords() throws {
  var studyProtocol = try FieldworkFixtures.studyProtocol()
  studyProtocol.questions = [
    ProtocolQuestion(id: "capacity-expanding-or-limiting"),
    ProtocolQuestion(id: "q-own-1", text: "Hva betyr vertskommunen for de små?"),
  ]
  let text = MethodsText(for: studyProtocol, sampling: FieldworkFixtures.sampling).document
    .flatText
  #expect(text.contains("sentralitetsklasse er en av 5, 6"))
  #expect(!text.contains("centrality in"))
  #expect(!text.contains("stratified") && !text.contains("equal"))
  let question = try #require(QuestionCatalogue.builtin.entry(id: "capacity-expanding-or-limiting"))
  #expect(text.contains(question.text.nb))
  #expect(text.contains("Hva betyr vertskommunen for de små?"))
  #expect(!text.contains("capacity-expanding-or-limiting"))
}

@Test(arguments: [
  (
    "byr = any and centrality in 5,6", Language.nb,
    "kommunen er med i en byregion og sentralitetsklasse er en av 5, 6"
  ),
  (
    "reform in merged,split or not (county = Nordland)", .nb,
    "reformendring er en av sammenslått, delt eller ikke (fylke er Nordland)"
  ),
  (
    "centrality in 5,6 and reform = merged", .en,
    "centrality class is one of 5, 6 and reform change is merged"
  ),
])
func aFilterReadsAsWords(expression: String, language: Language, expected: String) {
  #expect(StratumText.filter(expression, language) == expected)
}

@Test func thePartialMemberListsAreStatedAsUndercoverage() {
  var sampling = fixtureSampling
  sampling.usesPartialMemberLists = true
  let text = PlainTextRenderer.render(
    MethodsText(for: GuideFixtures.studyProtocol(), sampling: sampling).document)
  #expect(text.contains("underdekning"))
}

@Test(arguments: [Language.nb, .en])
func theMethodsResponseTableMatchesTheLog(language: Language) throws {
  let methods = MethodsText(
    for: try FieldworkFixtures.studyProtocol(), sampling: FieldworkFixtures.sampling,
    language: language)
  GuideGoldens.check(
    MarkdownRenderer.render(methods.document),
    named: "methods/methods-fieldwork.\(language.rawValue).md")
  let text = MarkdownRenderer.render(methods.document)
  #expect(
    text.contains(
      language == .nb
        ? "| ordfører | 5 | 3 | 1 | 0 | 0 | 1 |" : "| mayor | 5 | 3 | 1 | 0 | 0 | 1 |"))
}

@Test func theGuideFingerprintChangesWithTheGuide() throws {
  var guide = GuideFixtures.guide()
  let before = guide.fingerprint
  #expect(before.count == 12)
  #expect(GuideFixtures.guide().fingerprint == before)
  try guide.editText(of: "q5", to: "Endret?")
  #expect(guide.fingerprint != before)
}

@Test(arguments: [Language.nb, .en])
func theMethodsTextMatchesItsGolden(language: Language) {
  let methods = MethodsText(
    for: GuideFixtures.studyProtocol(), sampling: fixtureSampling, language: language)
  GuideGoldens.check(
    MarkdownRenderer.render(methods.document), named: "methods/methods.\(language.rawValue).md")
}
