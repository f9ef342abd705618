import Foundation
import StudyplanCore
import Testing
import ZIPFoundation
import _StudyplanTestSupport

@testable import StudyplanREPL

@Suite struct ExportCommandTests {
  @Test func aRolesGuideIsWrittenAsDocx() throws {
    let run = try GuideCommandFixtures.run([
      "open p1", "guide build", "export guide --role ordforer --format docx -o ordforer.docx",
      "quit --discard",
    ])
    #expect(run.status == .success, "\(run.terminal.errors)")
    let data = try Data(contentsOf: run.folder.appendingPathComponent("ordforer.docx"))
    #expect(data.starts(with: [0x50, 0x4B]))
    #expect(
      run.terminal.output.contains("wrote \(run.folder.path)/ordforer.docx"))
  }

  @Test func docxIsNeverPrintedToTheTerminal() throws {
    let run = try GuideCommandFixtures.run(["open p1", "guide build", "export guide --format docx"])
    #expect(run.status == .usage)
    #expect(run.terminal.errors.contains("'export' needs -o PATH for a binary format"))
    #expect(!run.terminal.output.contains("PK"))
  }

  @Test func anExistingFileIsOnlyReplacedWithForce() throws {
    let first = try GuideCommandFixtures.run([
      "open p1", "guide build", "export guide --format md -o guide.md", "save",
    ])
    let path = first.folder.appendingPathComponent("guide.md")
    try Data("mine".utf8).write(to: path)
    let refused = try GuideCommandFixtures.run(
      ["export p1 guide --format md -o guide.md"], session: first.session)
    #expect(refused.status == .commandFailed)
    #expect(refused.terminal.errors.contains("'guide.md' exists; add --force to overwrite it"))
    #expect(try String(contentsOf: path, encoding: .utf8) == "mine")
    let forced = try GuideCommandFixtures.run(
      ["export p1 guide --format md -o guide.md --force"], session: first.session)
    #expect(forced.status == .success)
    #expect(try String(contentsOf: path, encoding: .utf8).hasPrefix("# Intervjuguide"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: first.folder.path)
    #expect(leftovers == ["guide.md"])
  }

  @Test func allRolesWritesOneFilePerRoleIntoAFolder() throws {
    let run = try GuideCommandFixtures.run([
      "open p1", "guide build", "export guide --all-roles --format html -o guides",
      "quit --discard",
    ])
    #expect(run.status == .success, "\(run.terminal.errors)")
    let files = try FileManager.default.contentsOfDirectory(
      atPath: run.folder.appendingPathComponent("guides").path
    ).sorted()
    #expect(
      files == [
        "p1-guide-naeringssjef.html", "p1-guide-ordforer.html", "p1-guide-prosjektleder.html",
      ])
  }

  @Test func theLetterIsPrintedAndNamesWhatItLacks() throws {
    let run = try GuideCommandFixtures.run([
      "open p1", "consent controller \"Fiktivt institutt\"", "export letter --format txt",
      "quit --discard",
    ])
    #expect(run.terminal.output.contains("Vil du delta i forskningsprosjektet"))
    #expect(
      run.terminal.errors.contains(
        "warning: the letter is a draft: set controller-contact, project-leader, "
          + "project-contact, dpo, legal-basis, special-categories, sikt-reference, sikt-contact, "
          + "end-date, archiving, recording, interview-mode, consent-form, identification-risk, "
          + "recipients, processors, transfer-outside-eea, recruitment with 'consent FIELD VALUE'"))
  }

  @Test func theMethodsTextCitesTheGuideVersion() throws {
    let run = try GuideCommandFixtures.run([
      "open p1", "guide build", "export methods --format md", "quit --discard",
    ])
    #expect(run.terminal.output.contains("## Datainnsamling"))
    #expect(run.terminal.output.contains("(revisjon 1, fingeravtrykk "))
  }

  @Test(arguments: [
    ("export gide --format md", "'export' has no sub-command 'gide'. Did you mean 'guide'?"),
    (
      "export guide --format pdf",
      "'pdf' is not a valid format for 'export guide'; expected 'md', 'html', 'docx' or 'txt'"
    ),
    (
      "export methods --role ordforer --format md",
      "'export methods' has no option '--role'"
    ),
    (
      "export letter --former --format md",
      "'--former' is not a valid option for 'export letter'"
    ),
    ("export guide --role rådmann --format md", "the protocol has no role 'rådmann'"),
  ])
  func badExportLinesAreExplained(line: String, message: String) throws {
    let run = try GuideCommandFixtures.run(["open p1", "guide build", line])
    #expect(run.status != .success)
    #expect(run.terminal.errors.contains(message), "\(run.terminal.errors)")
  }
}
