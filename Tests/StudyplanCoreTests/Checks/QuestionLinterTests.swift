import Testing

@testable import StudyplanCore

/// The question linter: one table per rule and language, a fixture `check` reports exactly, and
/// the shipped catalogue and templates clean.
@Suite struct QuestionLinterTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var language: Language
    var rule: LintRule?
    var isMain = true
    var local = true
    var testDescription: String { "\(language.rawValue): \(text)" }
  }

  static let cases: [Case] = [
    // double-barrelled
    Case(
      text: "Hvem har drevet samarbeidet, og hvor mye tid og penger har kommunen brukt på det?",
      language: .nb, rule: .doubleBarrelled),
    Case(
      text: "Who has driven the cooperation, and how much time and money has the municipality "
        + "spent on it?", language: .en, rule: .doubleBarrelled),
    Case(text: "Hva betydde det? Hvorfor?", language: .nb, rule: .doubleBarrelled, isMain: false),
    // closed
    Case(text: "Har samarbeidet vært nyttig for kommunen?", language: .nb, rule: .closed),
    Case(
      text: "Has the cooperation been useful for the municipality?", language: .en, rule: .closed),
    Case(text: "Kan du fortelle om samarbeidet?", language: .nb, rule: nil),
    Case(text: "Could you tell me about the cooperation?", language: .en, rule: nil),
    Case(text: "Har samarbeidet vært nyttig?", language: .nb, rule: nil, isMain: false),
    // leading or presupposing
    Case(text: "Hvordan klarte dere dere i de dårlige årene?", language: .nb, rule: .leading),
    Case(text: "How did you cope in the bad years?", language: .en, rule: .leading),
    // pre-written interpretation
    Case(
      text: "Hvis jeg forstår deg rett, har samarbeidet gitt dere mer – stemmer det?",
      language: .nb, rule: .preWrittenInterpretation, isMain: false),
    Case(
      text: "If I understand you, the cooperation gave you more — is that right?",
      language: .en, rule: .preWrittenInterpretation, isMain: false),
    // jargon and loaded terms, for local informants only
    Case(text: "Hvordan har utkantkommunen merket endringen?", language: .nb, rule: .jargon),
    Case(text: "How has the outlying municipality felt the change?", language: .en, rule: .jargon),
    Case(
      text: "Hvordan har utkantkommunen merket endringen?", language: .nb, rule: nil, local: false),
    // over-long
    Case(
      text: "Hvordan " + Array(repeating: "ord", count: 40).joined(separator: " ") + "?",
      language: .nb, rule: .overLong),
    Case(
      text: "How " + Array(repeating: "word", count: 40).joined(separator: " ") + "?",
      language: .en, rule: .overLong),
  ]

  @Test(arguments: cases)
  func eachRuleFiresOnItsCaseAndNoOther(_ testCase: Case) {
    let found = QuestionLinter.lint(
      testCase.text, language: testCase.language, isMain: testCase.isMain, kind: .main,
      local: testCase.local
    ).map(\.rule)
    #expect(found == (testCase.rule.map { [$0] } ?? []))
  }

  static func fixture(_ language: Language) throws -> StudyProtocol {
    var document = StudyProtocol(title: "Lint", language: language)
    document.questions = [ProtocolQuestion(id: "own-1", text: "x")]
    try document.addRole("ordfører")
    var guide = InterviewGuide.make(from: [], targetMinutes: 45)
    _ = try guide.addTheme(LocalizedText(nb: "Tema", en: "Theme"))
    let texts: [LocalizedText] = [
      LocalizedText(
        nb: "Hvem har drevet samarbeidet, og hvor mye tid og penger har kommunen brukt på det?",
        en: "Who has driven the cooperation, and how much time and money has the municipality "
          + "spent on it?"),
      LocalizedText(
        nb: "Har samarbeidet vært nyttig for kommunen?",
        en: "Has the cooperation been useful for the municipality?"),
      LocalizedText(
        nb: "Hvordan klarte kommunen seg i de dårlige årene?",
        en: "How did the municipality manage in the bad years?"),
    ]
    for text in texts {
      _ = try guide.addQuestion(text, toSection: "tema", researchQuestionIDs: ["own-1"])
    }
    document.guide = guide
    return document
  }

  @Test(arguments: [Language.nb, .en])
  func checkReportsExactlyTheThreeBadQuestions(language: Language) throws {
    let document = try Self.fixture(language)
    let lint = DesignCheck.run(document).compactMap { finding -> LintFinding? in
      if case .questionLint(let lint, _) = finding { return lint } else { return nil }
    }
    let ids = document.guide?.themes.first?.questions.map(\.id) ?? []
    #expect(lint.map(\.address) == ids)
    #expect(lint.map(\.rule) == [.doubleBarrelled, .closed, .leading])
    let message = DesignDiagnostic.questionLint(lint[0], language: language).message
    #expect(message.contains(ids[0]) && message.contains("double-barrelled"))
    #expect(message.contains("probe"))
  }

  @Test(arguments: [Language.nb, .en])
  func theCatalogueHasNoLinterFindings(language: Language) {
    for entry in QuestionCatalogue.builtin.entries {
      let guide = InterviewGuide.make(
        from: [
          GuideThemeSource(
            researchQuestionID: entry.id, themes: entry.themes, roleIDs: entry.roleIDs)
        ])
      let findings = QuestionLinter.lint(guide, language: language, roleIDs: [])
      #expect(findings.isEmpty, "\(entry.id): \(findings)")
    }
  }

  @Test(arguments: ["model-1", "model-2", "model-3", "byr-project-leaders-2019"])
  func theShippedTemplatesHaveNoLinterFindings(template: String) throws {
    let document = try ShippedProtocol.named(template).document()
    for language in [Language.nb, .en] {
      var copy = document
      copy.language = language
      let lint = DesignCheck.run(copy).filter {
        if case .questionLint = $0 { true } else { false }
      }
      #expect(lint.isEmpty, "\(template) \(language): \(lint.map(\.message))")
    }
  }
}
