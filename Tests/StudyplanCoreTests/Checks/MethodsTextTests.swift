import Testing
import _StudyplanTestSupport

@testable import StudyplanCore

let fixtureSampling = FieldworkFixtures.sampling

@Test func theMethodsTextRecordsWhatAReviewerAsksFor() {
  let text = MarkdownRenderer.render(
    MethodsText(for: GuideFixtures.studyProtocol(), sampling: fixtureSampling, language: .en)
      .document)
  for expected in [
    "stratified random sample", "SSB KLASS 131", "the seed is ‘2020’",
    "algorithm studyplan-sha256-rank/1", "| merged in 2020 | 3 | 2 |",
    "The interviews are held in person", "revision 1", "Data saturation",
    "| mayor | 54 | 60 | 13 |",
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
  #expect(filled.isSuperset(of: [17]))
  // One field for three items: each is only partly covered, with its question shown.
  #expect(Set(methods.coreq.filter { $0.state == .partly }.map(\.number)) == [6, 7, 8])
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
  #expect(text.contains("kommuner i sentralitetsklasse 5 eller 6"))
  #expect(!text.contains("centrality in"))
  #expect(!text.contains("stratified") && !text.contains("equal"))
  let question = try #require(QuestionCatalogue.builtin.entry(id: "capacity-expanding-or-limiting"))
  #expect(text.contains(question.text.nb))
  #expect(text.contains("Hva betyr vertskommunen for de små?"))
  #expect(!text.contains("capacity-expanding-or-limiting"))
}

@Test(arguments: [
  (
    "byr = any and centrality in 5,6", Language.nb, UnitLayer.year2019,
    "kommuner i sentralitetsklasse 5 eller 6 som var med i en byregion i Byregionprogrammet"
  ),
  (
    "reform in merged,split and county2020 != Viken", .nb, .year2019,
    "kommuner som ble slått sammen eller delt i 2020, utenom Viken (fylkene fra 2020)"
  ),
  (
    "reform in merged,split or not (county = Nordland)", .nb, .year2019,
    "kommuner som ble slått sammen eller delt i 2020 eller ikke ligger i Nordland"
  ),
  (
    "centrality < 5 and not (byr = none)", .nb, .year2019,
    "kommuner i sentralitetsklasse 1–4 som var med i en byregion i Byregionprogrammet"
  ),
  (
    "county2020 in Nordland,\"Troms og Finnmark\" and population <= 3000", .nb, .year2019,
    "kommuner i Nordland eller Troms og Finnmark (fylkene fra 2020) som hadde høyst 3000 "
      + "innbyggere 1. januar 2019"
  ),
  (
    "centrality2024 = 6 and reform2024 != unchanged", .nb, .year2024,
    "kommuner i sentralitetsklasse 6 som ikke var uendret fra 2020 til 2024"
  ),
  (
    "note-region = long-standing or (centrality = 5 and class-changed = yes)", .nb, .year2019,
    "kommuner som ligger i en byregion der notatet sier at samarbeidet er langvarig og stabilt "
      + "eller både er i sentralitetsklasse 5 og fikk en annen sentralitetsklasse i "
      + "2020-versjonen enn i 2018-versjonen"
  ),
  (
    "centrality in 5,6 and reform = merged", .en, .year2019,
    "municipalities in centrality class 5 or 6 that were merged with others in 2020"
  ),
  (
    "byr = none and county != Finnmark", .en, .year2019,
    "municipalities that did not take part in a city region of Byregionprogrammet, outside "
      + "Finnmark"
  ),
])
func aFilterReadsAsWords(expression: String, language: Language, layer: UnitLayer, expected: String)
{
  #expect(FilterProse.units(source: expression, layer: layer, language: language) == expected)
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
        ? "| ordfører | 5 | 3 | 1 | 0 | 0 | 0 | 1 |" : "| mayor | 5 | 3 | 1 | 0 | 0 | 0 | 1 |"))
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
