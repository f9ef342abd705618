import Foundation
import Testing
import _StudyplanTestSupport

@testable import StudyplanCore

/// Every bokmål export is scanned for English words from the tool's own English vocabulary
/// (the labels it writes in English), and every English export for bokmål words from its own
/// bokmål vocabulary: a label left untranslated fails here.
@Suite struct ExportLanguageTests {
  /// The words of `text`: letters only, lowercased, four letters or more.
  static func words(_ text: String) -> Set<String> {
    Set(
      text.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count >= 4 })
  }

  /// The labels the tool writes, per language.
  static func vocabulary(_ language: Language) -> Set<String> {
    var texts: [String] = []
    texts += FieldworkStatus.allCases.map { $0.label(in: language) }
    texts += FieldworkReason.allCases.map { $0.label(in: language) }
    texts += ConsentField.allCases.map { $0.label(in: language) }
    texts += LetterChecklistItem.allCases.map { $0.label(in: language) }
    texts += (1...32).map { CoreqItem.label($0, in: language) }
    texts += MethodsField.allCases.map { $0.prompt(in: language) }
    texts += SampleAllocation.allCases.map { StratumText.allocation($0.rawValue, language) }
    texts += ["reform", "centrality", "class-changed", "county", "byr", "cooperation"].map {
      StratumText.field($0, language)
    }
    texts += ["merged", "split", "renumbered", "renamed", "unchanged", "outside"].map {
      StratumText.value($0, language)
    }
    if language == .en {
      // Codes that used to leak into bokmål prose.
      texts += SampleDesign.allCases.map(\.rawValue) + SampleAllocation.allCases.map(\.rawValue)
      texts += RefusalReason.allCases.map(\.rawValue) + FieldworkStatus.allCases.map(\.rawValue)
      texts += ["covered", "missing", "not recorded", "centrality", "merged", "unchanged"]
    }
    return words(texts.joined(separator: " "))
  }

  /// Words both languages use alike (names, loans, technical terms).
  static let shared: Set<String> = [
    "sikt", "coreq", "stratum", "status", "gdpr", "video", "data", "under", "informant",
    "like", "kommunenummer",
  ]

  static var english: Set<String> {
    vocabulary(.en).subtracting(vocabulary(.nb)).subtracting(shared)
  }
  static var bokmal: Set<String> {
    vocabulary(.nb).subtracting(vocabulary(.en)).subtracting(shared)
  }

  /// The text a reader reads as prose: each block's text without asides (ids) and emphasis
  /// (commands in notes), with the commands that follow
  /// "Sett med:", "felt:", "mangler:" (and their English) cut off, since commands and field
  /// names are the command language's, not the document's.
  static func prose(_ document: ExportDocument) -> String {
    let markers = [
      "Sett med:", "sett med:", "Set with:", "set with:", "felt:", "field:", "mangler:",
      "missing:", "Draft – missing", "Utkast – dette mangler",
    ]
    return document.flatText(skipping: [.aside, .emphasis]).split(separator: "\n").map {
      line -> String in
      var line = String(line)
      for marker in markers {
        if let range = line.range(of: marker) { line = String(line[..<range.lowerBound]) }
      }
      return line
    }.joined(separator: "\n")
  }

  /// Every document the tool exports for the fixture protocol in `language`: its prose, and
  /// its plain-text rendering.
  static func exports(_ language: Language) throws -> [(name: String, text: String, plain: String)]
  {
    let studyProtocol = try FieldworkFixtures.studyProtocol(language: language)
    var out: [(String, String, String)] = []
    func add(_ name: String, _ document: ExportDocument) {
      out.append((name, prose(document), PlainTextRenderer.render(document)))
    }
    add("guide", try studyProtocol.guideDocument(for: nil))
    for role in studyProtocol.roles {
      add("guide-\(role.id)", try studyProtocol.guideDocument(for: role))
    }
    for variant in LetterVariant.all where variant.language == language {
      var letterProtocol = variant.studyProtocol
      if language == .en {
        let consent = letterProtocol.consent
        letterProtocol.title = studyProtocol.title
        letterProtocol.consent = FieldworkFixtures.englishConsent
        letterProtocol.consent.legalBasis = consent.legalBasis
        letterProtocol.consent.consentForm = consent.consentForm
        letterProtocol.consent.interviewMode = consent.interviewMode
      }
      for holder in RoleHolder.allCases {
        add(
          "letter-\(variant.testDescription)-\(holder.rawValue)",
          InformationLetter(
            for: letterProtocol, role: GuideFixtures.mayor, holder: holder, language: language
          ).document)
      }
    }
    add(
      "letter-empty",
      InformationLetter(for: StudyProtocol(title: "Tom"), language: language).document)
    add(
      "letter-checklist",
      LetterChecklist(for: studyProtocol).document(title: studyProtocol.title, language: language))
    add(
      "methods",
      MethodsText(for: studyProtocol, sampling: FieldworkFixtures.sampling, language: language)
        .document)
    add(
      "methods-empty",
      MethodsText(for: StudyProtocol(title: "Tom"), sampling: nil, language: language).document)
    return out
  }

  @Test func theVocabulariesAreNotEmpty() {
    #expect(Self.english.count > 100)
    #expect(Self.bokmal.count > 100)
    #expect(Self.english.contains("merged") && Self.bokmal.contains("sammenslått"))
  }

  @Test func noBokmalExportHoldsAnEnglishWordOfTheTool() throws {
    let english = Self.english
    for export in try Self.exports(.nb) {
      let found = Self.words(export.text).intersection(english).sorted()
      #expect(found.isEmpty, "bokmål \(export.name) has English words: \(found)")
    }
  }

  @Test func noEnglishExportHoldsABokmalWordOfTheTool() throws {
    let bokmal = Self.bokmal
    for export in try Self.exports(.en) {
      let found = Self.words(export.text).intersection(bokmal).sorted()
      #expect(found.isEmpty, "English \(export.name) has bokmål words: \(found)")
    }
  }

  @Test func plainTextHasNoMarkdownEscapesAndNoDoubledFullStops() throws {
    for language in Language.allCases {
      for export in try Self.exports(language) {
        #expect(!export.plain.contains("\\"), "\(export.name) has a backslash escape")
        #expect(!export.plain.contains(".."), "\(export.name) has a doubled full stop")
        #expect(!export.plain.contains(" ."), "\(export.name) has a stray full stop")
      }
    }
  }

  @Test func bokmalProseWritesDatesInWords() throws {
    for export in try Self.exports(.nb) where export.name.hasPrefix("letter") {
      #expect(!export.plain.contains("2027-12-31"), "\(export.name) has an ISO date in prose")
    }
  }
}
