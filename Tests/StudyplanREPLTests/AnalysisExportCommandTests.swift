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
    #expect(badFormat.terminal.errors.contains("expected 'csv', 'qdpx' or 'xlsx'"))
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

  @Test func sampleCasesAndFieldworkGoToWorkbooksButNeverToTheTerminal() throws {
    let run = try GuideCommandFixtures.run([
      "open p1", "sample --n 4 --seed 2020", "fieldwork plan",
      "export sample --format xlsx -o sample.xlsx", "export cases --format xlsx -o cases.xlsx",
      "export fieldwork --format xlsx -o fieldwork.xlsx", "quit --discard",
    ])
    #expect(run.status == .success, "\(run.terminal.errors)")
    for name in ["sample", "cases", "fieldwork"] {
      let data = try Data(contentsOf: run.folder.appendingPathComponent("\(name).xlsx"))
      #expect(data.starts(with: [0x50, 0x4B, 0x03, 0x04]), "\(name).xlsx is not a zip")
    }
    let terminal = try GuideCommandFixtures.run([
      "open p1", "sample --n 4 --seed 2020", "export sample --format xlsx", "quit --discard",
    ])
    #expect(terminal.status != .success)
    #expect(terminal.terminal.errors.contains("-o PATH for a binary format"))
    #expect(!terminal.terminal.output.contains("PK"))
  }

  @Test func aCooperationSamplesCasesAreNamedOnce() throws {
    let run = try GuideCommandFixtures.run([
      "open p1",
      "sample --design purposive --level cooperation --criteria note-region,small "
        + #"Grenland "langvarig samarbeid" Midt-Troms "bare små kommuner""#,
      "export cases --format csv", "export sample --format csv", "quit --discard",
    ])
    #expect(run.status == .success, "\(run.terminal.errors)")
    #expect(run.terminal.output.contains("\nGrenland,"))
    #expect(!run.terminal.output.contains("Grenland Grenland"))
    #expect(!run.terminal.output.contains("Midt-Troms Midt-Troms"))
  }
}
