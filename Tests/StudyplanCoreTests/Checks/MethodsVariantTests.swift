import Foundation
import Testing
import _StudyplanTestSupport

@testable import StudyplanCore

/// Every design variant's methods text against its golden, in both languages, and every
/// bokmål methods text and sample page scanned for codes, keys and English labels.
@Suite struct MethodsVariantTests {
  @Test(arguments: MethodsVariants.all, Language.allCases)
  func eachDesignReadsAsItsGolden(variant: MethodsVariants.Variant, language: Language) throws {
    let sample = try variant.sample()
    let methods = MethodsText(
      for: MethodsVariants.studyProtocol(sample, language: language),
      sampling: SamplingDescription(sample, software: "studyplan 0.0-test"), language: language)
    GuideGoldens.check(
      MarkdownRenderer.render(methods.document),
      named: "methods/variants/\(variant.name).\(language.rawValue).md")
  }

  /// What a bokmål reader must never meet: codes, keys, filter syntax, English labels.
  static let forbidden = [
    "byr = any", "note-region", "purposive", "stratified", "census", "merged",
    "municipalities valid", " = ", " != ", "side small", "kunne ikke bli trukket",
    "Formålet med prosjektet er:", "er intervjuer", "kommuner-2019", "Design: ",
  ]

  @Test(arguments: MethodsVariants.all)
  func noBokmalTextOfAnyDesignHoldsCodes(variant: MethodsVariants.Variant) throws {
    let sample = try variant.sample()
    let methods = MarkdownRenderer.render(
      MethodsText(
        for: MethodsVariants.studyProtocol(sample, language: .nb),
        sampling: SamplingDescription(sample), language: .nb
      ).document)
    let frame = MethodsVariants.frame.inLayer(sample.plan.unitLayer)
    let page = try HTMLRenderer.render(
      SampleReport.document(protocolTitle: "Prøve", frame: frame, sample: sample, language: .nb))
    for (name, text) in [("methods", methods), ("sample page", page)] {
      for word in Self.forbidden {
        #expect(!text.contains(word), "\(variant.name) \(name) holds '\(word)'")
      }
    }
  }

  @Test func pairsWithinANewMunicipalityAreSaidToLieInIt() throws {
    let variant = try #require(MethodsVariants.all.first { $0.name == "paired-new-municipality" })
    let sample = try variant.sample()
    let text = MethodsText(
      for: MethodsVariants.studyProtocol(sample, language: .nb),
      sampling: SamplingDescription(sample), language: .nb
    ).document.flatText
    #expect(text.contains("Parene ligger dermed i samme nye kommune fra 1. januar 2020"))
    #expect(!text.contains("i samme samarbeid"))
    #expect(!text.contains("Medlemslistene for Byregionprogrammet"), "no ByR data are used")
  }

  @Test(arguments: [
    ("simple", false), ("paired-new-municipality", false), ("census-municipality", false),
    ("paired-cooperation", true), ("two-stage", true), ("census-cooperation", true),
    ("purposive-cooperation", true), ("purposive-municipality", true),
  ])
  func theUndercoverageSentenceComesOnlyWithByRData(name: String, expected: Bool) throws {
    let variant = try #require(MethodsVariants.all.first { $0.name == name })
    let sample = try variant.sample()
    let text = MethodsText(
      for: MethodsVariants.studyProtocol(sample, language: .nb),
      sampling: SamplingDescription(sample), language: .nb
    ).document.flatText
    #expect(text.contains("så rammen har en underdekning") == expected)
  }
}
