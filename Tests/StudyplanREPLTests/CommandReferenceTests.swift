import Foundation
import StudyplanREPL
import Testing
import _StudyplanTestSupport

/// `docs/commands.md` is generated from the command table; this test fails when the two drift.
@Suite struct CommandReferenceTests {
  @Test func theCommandReferenceMatchesTheCommandTable() {
    expectGolden(CommandReference.markdown(of: .standard), named: "commands.md", in: "../../docs")
  }

  @Test func everyCommandHasHelpWithAUsageLineAndASummary() throws {
    for command in CommandTable.standard.commands {
      let run = try runScript(["help \(command.name)"])
      #expect(run.status == .success)
      #expect(run.terminal.output.hasPrefix("usage: \(command.name)"))
    }
  }

  @Test func everyCommandInTheDesignContractIsInTheTable() {
    let names = Set(CommandTable.standard.names)
    for name in [
      "help", "quit", "new", "open", "show", "list", "history", "save", "rename", "delete",
    ] {
      #expect(names.contains(name), "missing command '\(name)'")
    }
  }
}
