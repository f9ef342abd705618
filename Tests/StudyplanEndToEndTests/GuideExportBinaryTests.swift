import Foundation
import Testing
import _StudyplanTestSupport

/// Guides, letters and their files through the built binary, as a shell script drives it.
@Suite struct GuideExportBinaryTests {
  /// A protocol file with two roles and one research question, in the exchange format.
  static let protocolFile = """
    {
      "format" : "studyplan-protocol",
      "schemaVersion" : 1,
      "protocol" : {
        "consent" : { "controller" : "Et forskningsinstitutt", "legalBasis" : "consent" },
        "language" : "nb",
        "lineage" : {},
        "purpose" : "Hva små kommuner fikk ut av samarbeid",
        "questions" : [ { "id" : "rq-kapasitet" } ],
        "roles" : [
          { "aliases" : [], "id" : "ordforer", "isCustom" : false,
            "name" : { "en" : "mayor", "nb" : "ordfører" } },
          { "aliases" : [], "id" : "prosjektleder", "isCustom" : false,
            "name" : { "en" : "project leader", "nb" : "prosjektleder" } }
        ],
        "status" : "draft",
        "title" : "Småkommuner"
      }
    }
    """

  func prepared() throws -> (home: URL, db: String) {
    let home = try BuiltBinary.makeHome()
    let file = home.appendingPathComponent("protocol.json")
    try Data(Self.protocolFile.utf8).write(to: file)
    let db = home.appendingPathComponent("s.sqlite").path
    let imported = try BuiltBinary.run(
      [
        "--db", db, "-c", "import \(file.path)", "-c", "open p1", "-c", "guide build",
        "-c", "save",
      ], home: home)
    #expect(imported.status == 0, "\(imported.errors)")
    return (home, db)
  }

  @Test func aOneShotExportWritesADocxAndNeverReplacesItUnasked() throws {
    let (home, db) = try prepared()
    let target = home.appendingPathComponent("ordforer.docx").path
    let args = ["--db", db, "export", "p1", "guide", "--role", "ordforer", "--format", "docx"]
    let first = try BuiltBinary.run(args + ["-o", target], home: home)
    #expect(first.status == 0, "\(first.errors)")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: target))
    #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    let again = try BuiltBinary.run(args + ["-o", target], home: home)
    #expect(again.status == 1)
    #expect(again.errors.contains("exists; add --force to overwrite it"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == bytes)
    let forced = try BuiltBinary.run(args + ["-o", target, "--force"], home: home)
    #expect(forced.status == 0)
  }

  @Test func docxWithoutAFileIsAUsageErrorAndNoBytesReachStandardOutput() throws {
    let (home, db) = try prepared()
    let result = try BuiltBinary.run(
      ["--db", db, "export", "p1", "guide", "--format", "docx"], home: home)
    #expect(result.status == 2)
    #expect(result.output.isEmpty)
    #expect(result.errors.contains("needs -o PATH for a binary format"))
  }

  @Test func theLetterGoesToStandardOutputAndItsGapsToStandardError() throws {
    let (home, db) = try prepared()
    let result = try BuiltBinary.run(
      ["--db", db, "export", "p1", "letter", "--format", "txt"], home: home)
    #expect(result.status == 0)
    #expect(result.output.contains("Et forskningsinstitutt er ansvarlig for prosjektet"))
    #expect(
      result.errors.hasPrefix(
        "warning: the letter is a draft: set controller-contact, project-leader, project-contact,"))
  }

  @Test func checkRunsAsAScriptAndReportsTheUncoveredQuestion() throws {
    let (home, db) = try prepared()
    let result = try BuiltBinary.run(["--db", db], input: "open p1\ncheck\n", home: home)
    #expect(result.status == 0)
    #expect(result.errors.contains("warning: research question 'rq-kapasitet' is not covered"))
    #expect(result.output.contains("problems found"))
  }
}
