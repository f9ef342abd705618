import Testing

@testable import StudyplanCore

let fixtureSampling = SamplingDescription(
  design: "stratified", frameVersion: "municipalities 2019 (SSB KLASS 131), centrality 2018",
  dataVersions: ["ByR member lists 2014"], criteria: ["centrality in 5..6"],
  strata: ["reform-effect"], allocation: [("merged", 3), ("unchanged", 3)],
  allocationRule: "equal", sampleSize: 6, reserves: 2, seed: "2020",
  algorithm: "rank by SHA-256(seed:stratum:kommunenummer) within each stratum",
  software: "studyplan 0.1", nonParticipation: [("declined-time", 1)])

@Test func theMethodsTextRecordsWhatAReviewerAsksFor() {
  let text = MarkdownRenderer.render(
    MethodsText(for: GuideFixtures.studyProtocol(), sampling: fixtureSampling, language: .en)
      .document)
  for expected in [
    "Sampling (COREQ 10, 12, 16)", "stratified", "municipalities 2019 (SSB KLASS 131)",
    "Seed: 2020", "rank by SHA-256(seed:stratum:kommunenummer)", "| merged | 3 |",
    "| declined-time | 1 |", "face-to-face interview", "Interview guide revision 1",
    "Data saturation (COREQ 22)", "| mayor | 54 | 60 | 13 |",
  ] {
    #expect(text.contains(expected), "methods text lacks '\(expected)'")
  }
}

@Test func anUndrawnSampleIsMarkedNotRecorded() {
  let text = PlainTextRenderer.render(
    MethodsText(for: GuideFixtures.studyProtocol(), sampling: nil).document)
  #expect(text.contains("Utvalgsdesign: [ikke registrert]."))
  #expect(text.contains("Frø: [ikke registrert]."))
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
