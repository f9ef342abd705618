import Testing

@testable import StudyplanCore

@Test func localizedTextPicksTheRequestedLanguage() {
  let text = LocalizedText(nb: "kommune", en: "municipality")
  #expect(text.text(in: .nb) == "kommune")
  #expect(text.text(in: .en) == "municipality")
}
