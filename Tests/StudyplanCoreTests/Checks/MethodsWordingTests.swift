import Testing
import _StudyplanTestSupport

@testable import StudyplanCore

/// The figures and words the methods text is built from: medians, shares, counted nouns, the
/// purpose as one sentence, the COREQ states and the prompt for items 6–8.
@Suite struct MethodsWordingTests {
  @Test(arguments: [
    ([48, 64], 56.0), ([39, 48, 61], 48.0), ([61, 39, 48, 52], 50.0), ([45], 45.0),
    ([10, 11], 10.5),
  ])
  func theMedianIsTheMiddleOrTheMeanOfTheTwoMiddleValues(values: [Int], median: Double) {
    #expect(Figures.median(values) == median)
  }

  @Test func noValuesHaveNoMedian() {
    #expect(Figures.median([]) == nil)
    #expect(Figures.durationSentence([], .nb) == nil)
  }

  @Test(arguments: [
    ([48, 64], Language.nb, "Intervjuene varte fra 48 til 64 minutter (median 56)"),
    ([64, 48], .en, "The interviews lasted from 48 to 64 minutes (median 56)"),
    ([10, 11], .nb, "Intervjuene varte fra 10 til 11 minutter (median 10,5)"),
    ([10, 11], .en, "The interviews lasted from 10 to 11 minutes (median 10.5)"),
    ([52], .nb, "Intervjuet varte 52 minutter"),
    ([40, 40], .nb, "Alle intervjuene varte 40 minutter"),
  ])
  func durationsReadWithTheirMedian(minutes: [Int], language: Language, expected: String) {
    #expect(Figures.durationSentence(minutes, language) == expected)
  }

  @Test(arguments: [(24, 29, 83), (1, 3, 33), (2, 3, 67), (0, 5, 0), (5, 5, 100), (1, 8, 13)])
  func sharesAreWholePercentagesRoundedHalfUp(part: Int, whole: Int, percent: Int) {
    #expect(Figures.percent(part, of: whole) == percent)
  }

  @Test func aShareOfNothingIsNoShare() {
    #expect(Figures.percent(0, of: 0) == nil)
    #expect(Figures.percentText(24, of: 29, .nb) == "83 prosent")
  }

  @Test(arguments: [
    (0, CountedNoun.municipality, Language.nb, "ingen kommuner"),
    (1, .municipality, .nb, "én kommune"), (1, .cooperation, .nb, "ett samarbeid"),
    (1, .interview, .nb, "ett intervju"), (2, .interview, .nb, "to intervjuer"),
    (3, .pair, .nb, "tre par"), (12, .municipality, .nb, "tolv kommuner"),
    (13, .municipality, .nb, "13 kommuner"), (24, .interview, .nb, "24 intervjuer"),
    (12000, .municipality, .nb, "12\u{00A0}000 kommuner"), (1, .municipality, .en, "one municipality"),
    (0, .interview, .en, "no interviews"), (7, .cooperation, .en, "seven cooperations"),
  ])
  func smallNumbersAreWordsAndNounsAgree(
    count: Int, noun: CountedNoun, language: Language, expected: String
  ) {
    #expect(noun.counted(count, language) == expected)
  }

  @Test(arguments: [
    ("å finne ut hva småkommunene fikk", Language.nb, PurposeSentence.Subject.project,
     "Formålet med prosjektet er å finne ut hva småkommunene fikk."),
    ("Å finne ut hva småkommunene fikk.", .nb, .study,
     "Formålet med studien er å finne ut hva småkommunene fikk."),
    ("Studien undersøker hva småkommunene fikk", .nb, .project,
     "Studien undersøker hva småkommunene fikk."),
    ("Hva fikk småkommunene?", .nb, .project,
     "Prosjektet skal svare på spørsmålet «Hva fikk småkommunene?»"),
    ("kartlegging av nytten", .nb, .study, "Kartlegging av nytten."),
    ("to find out what they got", .en, .project,
     "The purpose of the project is to find out what they got."),
    ("[mangler: formål]", .nb, .project, "Formålet med prosjektet er [mangler: formål]."),
  ])
  func thePurposeIsOneSentenceInEveryForm(
    purpose: String, language: Language, subject: PurposeSentence.Subject, expected: String
  ) {
    #expect(PurposeSentence.text(purpose, language, subject: subject) == expected)
  }

  @Test func thePurposeCommandCountsSentences() {
    #expect(PurposeSentence.sentenceCount("å finne ut hva de fikk") == 1)
    #expect(PurposeSentence.sentenceCount("Én. To, og (NORCE, 2020). Tre?") == 3)
  }

  @Test func everyFieldSetToXNeverVouchesForTheWholeChecklist() throws {
    var studyProtocol = try FieldworkFixtures.studyProtocol()
    var fields = MethodsFields()
    for field in MethodsField.allCases { fields[field] = "x" }
    studyProtocol.methods = fields
    for language in Language.allCases {
      let methods = MethodsText(
        for: studyProtocol, sampling: FieldworkFixtures.sampling, language: language)
      let text = methods.document.flatText
      #expect(!text.contains("Alle de 32 punktene er fylt ut"))
      #expect(!text.contains("All 32 items are filled"))
      let states = Dictionary(uniqueKeysWithValues: methods.coreq.map { ($0.number, $0.state) })
      for number in 30...32 { #expect(states[number] == .afterAnalysis, "item \(number)") }
      for number in [1, 5, 6, 8, 24, 27, 29] { #expect(states[number] == .partly, "item \(number)") }
      for number in [9, 14, 17, 22, 28] { #expect(states[number] == .filled, "item \(number)") }
    }
    let text = MethodsText(for: studyProtocol, sampling: FieldworkFixtures.sampling).document
      .flatText
    #expect(text.contains("Svarer teksten på dette: Hvilket kjønn har intervjueren?"))
    #expect(text.contains("punkt 30–32 først etter analysen"))
  }

  @Test(arguments: [
    (nil as String?, "for eksempel om noen av dem deltok i studiene fra 2017 og 2019"),
    ("NORCE Norwegian Research Centre AS", "de samme forskerne gjorde studiene i 2017 og 2019"),
    ("Institutt for samfunnsforskning", "ved Institutt for samfunnsforskning, og om noen av"),
  ])
  func theRelationshipPromptFollowsTheController(controller: String?, expected: String) {
    let prompt = MethodsField.relationship.prompt(in: .nb, controller: controller)
    #expect(prompt.contains(expected))
    if controller?.contains("NORCE") != true {
      #expect(!prompt.contains("de samme forskerne"))
    }
  }
}
