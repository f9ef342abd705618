import Foundation
import Testing
import _StudyplanTestSupport

/// The wizard and the model refusal through the built binary, with the script on a pipe.
@Suite struct CatalogueBinaryTests {
  @Test func theWizardReadsItsAnswersFromAPipeAndSaves() throws {
    let home = try BuiltBinary.makeHome()
    let db = home.appendingPathComponent("w.sqlite").path
    let script =
      [
        "wizard", "Kystkommuner etter reformen", "", "reform-least-central", "", "", "", "", "", "",
        "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
        "", "", "", "", "", "", "", "",  // the consent fields added for the letter
        "list",
      ].joined(separator: "\n") + "\n"
    let result = try BuiltBinary.run(["--db", db], input: script, home: home)
    #expect(result.status == 0, "\(result.errors)")
    #expect(result.output.contains("running: ask reform-least-central"))
    #expect(result.output.contains("running: model 1"))
    #expect(result.output.contains("running: roles add ordforer"))
    #expect(result.output.contains("saved p1@1 'Kystkommuner etter reformen'"))
    #expect(result.output.contains("draft   1      "))
  }

  @Test func aModelAgainstTheMappingWithoutBecauseExitsOneAndSaysWhy() throws {
    let home = try BuiltBinary.makeHome()
    let db = home.appendingPathComponent("m.sqlite").path
    let result = try BuiltBinary.run(
      ["--db", db, "-c", "new \"T\"", "-c", "ask small-versus-larger-members", "-c", "model 1"],
      home: home)
    #expect(result.status == 1)
    #expect(
      result.errors.hasPrefix(
        "error: model 1 (municipality-centred) goes against the mapping, which proposes model 2"))
  }
}
