import Foundation
import StudyplanCore
import Testing
import _StudyplanTestSupport

@testable import StudyplanREPL

/// `export package`, `export codebook` and `export cases` in the command language, with each
/// error they report.
@Suite struct AnalysisExportCommandTests {
  @Test func theCodebookGoesToStandardOutputAsREFIQDAXML() throws {
    let run = try GuideCommandFixtures.run([
      "open p1", "guide build", "export codebook --format qdc", "quit --discard",
    ])
    #expect(run.status == .success, "\(run.terminal.errors)")
    #expect(run.terminal.output.contains("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\""))
    #expect(run.terminal.output.contains("isCodable=\"true\""))
  }

  @Test func aProtocolWithoutResearchQuestionsHasNoCodebookToExport() throws {
    let run = try GuideCommandFixtures.run([
      "new \"Tom\"", "export codebook --format csv", "quit --discard",
    ])
    #expect(run.status == .commandFailed)
    #expect(
      run.terminal.errors.contains(
        "error: the protocol has no research questions to make codes of; add one with 'ask'"))
  }

  @Test func casesNeedADrawnSampleAndAnAnalysisFormat() throws {
    let noSample = try GuideCommandFixtures.run([
      "open p1", "export cases --format csv", "quit --discard",
    ])
    #expect(noSample.status == .commandFailed)
    #expect(noSample.terminal.errors.contains("no sample drawn yet"))
    let badFormat = try GuideCommandFixtures.run([
      "open p1", "export cases --format docx", "quit --discard",
    ])
    #expect(badFormat.status == .usage)
    #expect(badFormat.terminal.errors.contains("expected 'csv' or 'qdpx'"))
    let codebookFormat = try GuideCommandFixtures.run([
      "open p1", "export codebook --format qdpx", "quit --discard",
    ])
    #expect(codebookFormat.terminal.errors.contains("expected 'qdc' or 'csv'"))
  }

  @Test func aPackageTakesNoRoleOptionAndNeedsATarget() throws {
    let role = try GuideCommandFixtures.run([
      "open p1", "export package --role ordforer -o p", "quit --discard",
    ])
    #expect(role.status == .usage)
    #expect(role.terminal.errors.contains("'export package' has no option '--role'"))
    let noTarget = try GuideCommandFixtures.run(["open p1", "export package", "quit --discard"])
    #expect(noTarget.status == .usage)
    #expect(noTarget.terminal.errors.contains("'export package' needs -o DIR|FILE.zip"))
  }

  @Test func theOpenProtocolsPackageNamesItsUnsavedChanges() throws {
    let run = try GuideCommandFixtures.run([
      "open p1", "guide build", "export package -o pkg --format md", "quit --discard",
    ])
    #expect(run.status == .success, "\(run.terminal.errors)")
    #expect(run.terminal.output.contains("from p1@1 with unsaved changes"))
    let readme = try String(
      contentsOf: run.folder.appendingPathComponent("pkg/README.md"), encoding: .utf8)
    #expect(readme.contains("p1@1 with unsaved changes"))
    #expect(
      FileManager.default.fileExists(
        atPath: run.folder.appendingPathComponent("pkg/guides/guide-ordforer.md").path))
  }
}
