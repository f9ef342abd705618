import Foundation
import Testing
import _StudyplanTestSupport

@testable import StudyplanCore

/// `docs/catalogue.md` is generated from the catalogue and must match it.
@Suite struct CatalogueDocumentTests {
  /// The repository's `docs/catalogue.md`, found from this file's place in the tree.
  static let documentURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Catalogue
    .deletingLastPathComponent()  // StudyplanCoreTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // repository root
    .appendingPathComponent("docs/catalogue.md")

  @Test func theCommittedCatalogueDocumentMatchesTheGeneratedText() {
    expectGolden(CatalogueDocument.markdown(), at: Self.documentURL)
  }

  @Test func theDocumentListsEveryEntryWithItsModelAndRule() {
    let document = CatalogueDocument.markdown()
    for entry in QuestionCatalogue.builtin.entries {
      #expect(document.contains("### `\(entry.id)`"))
      #expect(
        document.contains(
          "**Model \(entry.suggestedModel.rawValue)** (\(entry.suggestedModel.name(in: .en))),"
            + " rule `\(entry.mapping.rule.id)`"))
    }
  }
}
