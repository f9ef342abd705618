import Foundation
import StudyplanCore
import StudyplanREPL
import Testing
import _StudyplanTestSupport

/// A protocol filled in with every part the commands can add exports no field meant for a person.
@Suite struct PrivacyExportTests {
  @Test func noFieldOfAFullyFilledExportIsMeantForAPersonsName() throws {
    let built = try runScript(FuzzSandbox.fullProtocolScript + ["save"])
    #expect(built.status == .success, "\(built.terminal.errors)")
    let exported = try runScript(["export p1 protocol --format json"], session: built.session)
    let data = Data(exported.terminal.output.utf8)
    let document = try ProtocolJSON.decode(data, file: "full.json")
    // Every part is there, or the check below proves little.
    #expect(document.sample != nil && document.guide != nil && document.model != nil)
    #expect(document.roles.count == 4 && document.questions.count == 2)
    #expect(try PersonalDataKeys.deniedPaths(inJSON: data) == [])
  }
}
