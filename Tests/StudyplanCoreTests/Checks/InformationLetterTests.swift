import Testing

@testable import StudyplanCore

@Test func theLetterListsExactlyTheMissingConsentFields() {
  var consent = GuideFixtures.completeConsent
  consent.clear(.siktReference)
  consent.clear(.dataProtectionOfficer)
  consent.clear(.interviewMode)
  let letter = InformationLetter(for: GuideFixtures.studyProtocol(consent: consent))
  #expect(letter.missing == [.dataProtectionOfficer, .siktReference])
  guard case .note(let spans) = letter.document.blocks.first else {
    Issue.record("the letter does not open with the missing-fields note")
    return
  }
  #expect(
    spans.plainText
      == "Utkast – dette mangler før brevet kan sendes: personvernombud (consent dpo); "
      + "Sikt-referanse (consent sikt-reference).")
  #expect(!letter.covered.contains(.dataProtectionOfficer))
  #expect(!letter.covered.contains(.siktAssessment))
  #expect(letter.covered.count == 15)
}

@Test func aCompleteLetterCoversAllSeventeenPointsAndHasNoMissingNote() {
  let letter = InformationLetter(for: GuideFixtures.studyProtocol())
  #expect(letter.missing.isEmpty)
  #expect(letter.covered == LetterChecklistItem.allCases)
  #expect(!letter.document.blocks.contains { if case .note = $0 { true } else { false } })
}

@Test func anEmptyProtocolsLetterMissesEveryRequiredField() {
  let letter = InformationLetter(for: StudyProtocol(title: "Tom"), language: .en)
  #expect(letter.missing == ConsentField.required)
  #expect(letter.covered == [.invitation, .voluntary, .rights, .complaint])
  let text = PlainTextRenderer.render(letter.document)
  #expect(text.contains("[missing: controller institution]"))
}

@Test func aPublicInterestLetterHasNoConsentDeclaration() {
  var consent = GuideFixtures.completeConsent
  consent.legalBasis = .publicInterest
  let letter = InformationLetter(for: GuideFixtures.studyProtocol(consent: consent))
  let headings = letter.document.blocks.compactMap {
    if case .heading(_, let text) = $0 { text } else { nil }
  }
  #expect(!headings.contains("Samtykkeerklæring"))
  #expect(
    MarkdownRenderer.render(letter.document).contains("| 17 | Samtykkeerklæring | ikke aktuelt |"))
}

@Test(arguments: [Language.nb, .en])
func theLetterMatchesItsGolden(language: Language) {
  var consent = GuideFixtures.completeConsent
  consent.clear(.siktReference)
  let letter = InformationLetter(
    for: GuideFixtures.studyProtocol(consent: consent), language: language)
  GuideGoldens.check(
    MarkdownRenderer.render(letter.document), named: "letter/letter.\(language.rawValue).md")
}

@Test func aLetterForNotesOnlyPromisesNoRecording() {
  var consent = GuideFixtures.completeConsent
  consent.recording = .notes
  let text = MarkdownRenderer.render(
    InformationLetter(for: GuideFixtures.studyProtocol(consent: consent)).document)
  #expect(text.contains("Vi tar ikke lydopptak, men skriver notater."))
  #expect(text.contains("Da sletter vi kodenøkkelen og anonymiserer"))
  #expect(!text.contains("lydopptak av intervjuet"))
}
