import Foundation
import StudyplanREPL
import Testing
import _StudyplanTestSupport

@testable import StudyplanCore

/// `Examples/<protocol>/codebook.qdc` and `codebook.csv`: each shipped protocol's codebook as
/// `export p1 codebook` writes it for a protocol started from the template and saved as p1.
/// The test fails when a committed example drifts; `RECORD_GOLDENS=1` rewrites them.
@Suite struct AnalysisExampleTests {
  static let examples = ExampleExportsTests.root.appendingPathComponent("Examples")

  @Test(arguments: ShippedProtocol.all.map(\.id))
  func theCodebookExamplesMatchWhatTheTemplateExportsToday(template: String) throws {
    let context = ExportContext(
      document: try ShippedProtocol.named(template).document(), prefix: "p1",
      frame: SamplingFrame(data: ReferenceData.load(.embedded)),
      software: "studyplan \(StudyplanVersion.current)")
    let folder = Self.examples.appendingPathComponent(template)
    for format in [FileFormat.qdc, .csv] {
      let artifacts = try Exporter.artifacts(ExportRequest(.codebook, format: format), context)
      for artifact in artifacts {
        expectGolden(data: artifact.data, at: folder.appendingPathComponent(artifact.baseName))
      }
    }
  }
}
