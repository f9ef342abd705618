import Foundation
import StudyplanREPL
import Testing

@testable import StudyplanCore

/// `Examples/<protocol>/codebook.qdc` and `codebook.csv`: each shipped protocol's codebook as
/// `export p1 codebook` writes it for a protocol started from the template and saved as p1.
/// The test fails when a committed example drifts; `RECORD_GOLDENS=1` rewrites them.
@Suite struct AnalysisExampleTests {
  static let examples = ExampleExportsTests.root.appendingPathComponent("Examples")

  @Test(arguments: ShippedProtocol.all.map(\.id))
  func theCodebookExamplesMatchWhatTheTemplateExportsToday(template: String) throws {
    let document = try ShippedProtocol.named(template).document()
    let codebook = Codebook(for: document, protocolID: "p1")
    let files = [
      (
        "codebook.qdc",
        try QDAXML.codebook(codebook, origin: "studyplan \(StudyplanVersion.current)")
      ),
      ("codebook.csv", try codebook.csv()),
    ]
    let folder = Self.examples.appendingPathComponent(template)
    for (name, text) in files {
      let url = folder.appendingPathComponent(name)
      if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
        try Data(text.utf8).write(to: url)
        continue
      }
      let committed = try? String(contentsOf: url, encoding: .utf8)
      #expect(
        committed == text, "Examples/\(template)/\(name) drifted; re-record with RECORD_GOLDENS=1")
    }
  }
}
