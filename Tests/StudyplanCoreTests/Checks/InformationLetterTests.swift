import Testing
import _StudyplanTestSupport

@testable import StudyplanCore

@Test func theLetterListsExactlyTheMissingConsentFields() {
  var consent = GuideFixtures.completeConsent
  consent.clear(.siktReference)
  consent.clear(.dataProtectionOfficer)
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

@Test func anEmptyProtocolsLetterMissesEveryRequiredFieldAndCoversOnlyTheComplaint() {
  let letter = InformationLetter(for: StudyProtocol(title: "Tom"), language: .en)
  #expect(letter.missing == ConsentField.required)
  #expect(letter.covered == [.complaint])
  let text = PlainTextRenderer.render(letter.document)
  #expect(text.contains("[missing: controller institution]"))
}

@Test func anEmptyControllerContactIsNeverReportedAsCovered() {
  var consent = GuideFixtures.completeConsent
  consent.clear(.controllerContact)
  let studyProtocol = GuideFixtures.studyProtocol(consent: consent)
  let checklist = LetterChecklist(for: studyProtocol)
  #expect(!checklist.covered.contains(.controller))
  #expect(checklist.needs(.controller) == ["consent controller-contact"])
  let findings = DesignCheck.run(studyProtocol)
  #expect(findings.contains(.consentIncomplete([.controllerContact])))
  #expect(findings.contains(.letterPointsUncovered([.controller])))
  #expect(
    DesignDiagnostic.letterPointsUncovered([.controller]).message
      == "the information letter covers 16 of 17 checklist points; not yet: 2 (Controller and "
      + "project leader); 'export letter-checklist' shows what each needs")
  let report = MarkdownRenderer.render(
    checklist.document(title: studyProtocol.title, language: .nb))
  #expect(
    report.contains(
      "| 2 | Behandlingsansvarlig og prosjektleder | 13(1)(a) | mangler: consent "
        + "controller-contact |"))
}

@Test func theLetterNoLongerPrintsThePlannersChecklist() {
  let text = MarkdownRenderer.render(InformationLetter(for: GuideFixtures.studyProtocol()).document)
  #expect(!text.contains("Sjekkliste"))
  #expect(!text.contains("dekket"))
}

/// The letter variants the acceptance asks for: legal basis × written/oral × language.
struct LetterVariant: CustomTestStringConvertible, Sendable {
  var basis: LegalBasis
  var form: ConsentForm
  var language: Language

  var testDescription: String { "\(basis.rawValue)-\(form.rawValue).\(language.rawValue)" }

  var studyProtocol: StudyProtocol {
    var consent = GuideFixtures.completeConsent
    consent.legalBasis = basis
    consent.consentForm = form
    consent.interviewMode = form == .oral ? .telephone : .inPerson
    return GuideFixtures.studyProtocol(consent: consent)
  }

  var letter: InformationLetter {
    InformationLetter(for: studyProtocol, role: GuideFixtures.mayor, language: language)
  }

  var text: String { letter.document.flatText }

  static let all: [LetterVariant] = LegalBasis.allCases.flatMap { basis in
    ConsentForm.allCases.flatMap { form in
      Language.allCases.map { LetterVariant(basis: basis, form: form, language: $0) }
    }
  }
}

@Test(arguments: LetterVariant.all)
func eachLetterVariantMatchesItsGolden(variant: LetterVariant) {
  GuideGoldens.check(
    MarkdownRenderer.render(variant.letter.document),
    named: "letter/variants/\(variant.testDescription).md")
}

@Test(arguments: LetterVariant.all)
func everyLetterVariantHasAContactBlockWithFunctionalAddresses(variant: LetterVariant) {
  let text = variant.text
  #expect(text.contains(variant.language == .nb ? "Spørsmål og kontakt" : "Questions and contact"))
  for value in [
    "byregion@institutt.example.no", "55 00 00 00, post@institutt.example.no",
    "personvernombudet ved instituttet", "personverntjenester@sikt.example.no",
  ] {
    #expect(text.contains(value), "\(variant.testDescription) lacks '\(value)'")
  }
}

@Test(arguments: LetterVariant.all.filter { $0.basis == .publicInterest })
func aPublicInterestLetterHasNoConsentWording(variant: LetterVariant) {
  let text = variant.text.lowercased()
  #expect(!text.contains("samtykk"), "\(variant.testDescription) speaks of consent")
  #expect(!text.contains("consent"), "\(variant.testDescription) speaks of consent")
  #expect(text.contains(variant.language == .nb ? "protestere" : "object to"))
  #expect(text.contains(variant.language == .nb ? "bokstav e" : "6(1)(e)"))
  #expect(text.contains(variant.language == .nb ? "bokstav j" : "9(2)(j)"))
  #expect(!text.contains(variant.language == .nb ? "dataportabilitet" : "portability"))
}

@Test(arguments: LetterVariant.all.filter { $0.basis == .consent })
func aConsentLetterNamesArticleSixAAndPortabilityButNoObjection(variant: LetterVariant) {
  let text = variant.text
  #expect(text.contains(variant.language == .nb ? "trekke samtykket" : "withdraw your consent"))
  #expect(text.contains(variant.language == .nb ? "bokstav a" : "6(1)(a)"))
  #expect(text.contains(variant.language == .nb ? "artikkel 9 nr. 2 bokstav a" : "9(2)(a)"))
  #expect(text.contains(variant.language == .nb ? "dataportabilitet" : "portability"))
  #expect(!text.contains(variant.language == .nb ? "protestere" : "object to"))
}

@Test(arguments: LetterVariant.all)
func onlyAWrittenConsentLetterHasASignatureLine(variant: LetterVariant) {
  let signed = variant.text.contains("______")
  #expect(signed == (variant.basis == .consent && variant.form == .written))
  if variant.basis == .consent, variant.form == .oral {
    #expect(variant.text.contains(variant.language == .nb ? "Muntlig samtykke" : "Oral consent"))
    #expect(
      variant.text.contains(
        variant.language == .nb ? "tas opp på lydopptaket" : "The answer is recorded"))
  }
}

@Test func aFormerHoldersLetterIsInThePastTense() {
  let studyProtocol = GuideFixtures.studyProtocol()
  let current = InformationLetter(for: studyProtocol, role: GuideFixtures.mayor).document.flatText
  let former = InformationLetter(for: studyProtocol, role: GuideFixtures.mayor, holder: .former)
    .document.flatText
  #expect(current.contains("fordi du er ordfører i en kommune"))
  #expect(former.contains("fordi du var ordfører i en kommune"))
  #expect(former.contains("Informasjonsskriv til tidligere ordfører"))
  #expect(!former.contains("du er ordfører"))
  let english = InformationLetter(
    for: studyProtocol, role: GuideFixtures.mayor, holder: .former, language: .en
  ).document.flatText
  #expect(english.contains("because you were mayor"))
}

@Test func theLetterSaysUntilTheProjectEndsWithANorwegianDate() {
  let text = InformationLetter(for: GuideFixtures.studyProtocol()).document.flatText
  #expect(text.contains("fram til prosjektslutt, som etter planen er 31. desember 2027."))
  #expect(!text.contains("2027-12-31"))
  #expect(text.contains("en transkripsjonstjeneste (fiktiv)"))
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
  #expect(text.contains("Vi tar ikke lydopptak, men skriver notater under intervjuet."))
  #expect(text.contains("Da sletter vi kodenøkkelen, og resten"))
  #expect(!text.contains("tas opp på lyd"))
}

@Test(arguments: [
  ("Formålet er å lære.", "Formålet er å lære."), ("uten punktum", "uten punktum."),
  ("«Sitat.»", "«Sitat.»"), ("(a)", "(a)."), ("Liste:", "Liste:"), ("  ", ""),
])
func onePunctuationHelperNeverDoublesAFullStop(input: String, expected: String) {
  #expect(Prose.sentence(input) == expected)
}

@Test func datesInProseAreNorwegianInBokmal() {
  #expect(Prose.date("2027-12-31", language: .nb) == "31. desember 2027")
  #expect(Prose.date("2026-03-02", language: .en) == "2 March 2026")
  #expect(Prose.date("not a date", language: .nb) == "not a date")
}
