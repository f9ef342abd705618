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

/// Text that looks like a person's contact details, typed into a free-text field, draws a warning.
@Suite struct PersonalDataWarningTests {
  @Test(arguments: [
    (#"new "Ring 912 34 567 for avtale""#, "the title", "a phone number"),
    (#"rename "Kontakt ola.nordmann@example.no""#, "the title", "an e-mail address"),
    (
      #"model 3 --because "avtalt med kari@kommune.no""#, "the model's justification",
      "an e-mail address"
    ),
    (
      #"ask "Hva mener 48 12 34 56?" --unit both --compare forms"#, "a research question",
      "a phone number"
    ),
    (#"roles add "sekretær 22334455" --custom"#, "a role's name", "a phone number"),
  ])
  func aFreeTextFieldHoldingContactDetailsDrawsAWarning(
    line: String, place: String, pattern: String
  )
    throws
  {
    let opening = line.hasPrefix("new ") ? [] : [#"new "Study""#]
    let run = try runScript(opening + [line, "quit --discard"])
    #expect(run.status == .success, "\(run.terminal.errors)")
    #expect(
      run.terminal.errors
        == "warning: \(place) looks like it holds \(pattern); a protocol keeps roles, never people's"
        + " contact details\n")
  }

  @Test func theWarningComesOnceNotOnEveryLaterCommand() throws {
    let run = try runScript([
      #"new "Ring 91234567""#, "show", #"model 1 --because "fits""#, "quit --discard",
    ])
    #expect(run.terminal.errors.components(separatedBy: "warning:").count == 2)
  }

  @Test func ordinaryTextDrawsNoWarning() throws {
    let run = try runScript(FuzzSandbox.fullProtocolScript + ["quit --discard"])
    #expect(!run.terminal.errors.contains("contact details"), "\(run.terminal.errors)")
  }
}
