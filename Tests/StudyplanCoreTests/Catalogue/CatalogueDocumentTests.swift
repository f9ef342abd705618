import Foundation
import Testing

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

  @Test func theCommittedCatalogueDocumentMatchesTheGeneratedText() throws {
    let generated = CatalogueDocument.markdown()
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
      try generated.write(to: Self.documentURL, atomically: true, encoding: .utf8)
    }
    let committed = try String(contentsOf: Self.documentURL, encoding: .utf8)
    #expect(committed == generated, "docs/catalogue.md is stale: re-record with RECORD_GOLDENS=1")
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
