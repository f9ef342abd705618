import StudyplanCore
import Testing
import _StudyplanTestSupport

@testable import StudyplanREPL

/// Sub-commands are a typed table: it drives parsing, help, Tab and the command reference.
@Suite struct SubcommandTableTests {
  @Test func everyGuideSubcommandIsInTheTableAndHandled() {
    let guide = CommandTable.standard.command(named: "guide")
    #expect(guide?.subcommands.map(\.name) == GuideSubcommand.allCases.map(\.rawValue))
    #expect(guide?.subcommands.allSatisfy { $0.run != nil } == true)
    let usage = guide?.usage.joined(separator: "\n") ?? ""
    for subcommand in GuideSubcommand.allCases {
      #expect(usage.contains("guide [ROLE] \(subcommand.rawValue)"), "\(subcommand)")
    }
  }

  @Test func anOptionTheSubcommandDoesNotTakeIsRefusedWhereItStands() throws {
    let run = try runScript([#"new "G""#, #"guide add intro "Hva nå?" --replace"#])
    #expect(run.status == .usage)
    #expect(
      run.terminal.errors
        == "error: 'guide add' has no option '--replace' (at stdin:2:27)\n")
    let roles = try runScript([#"new "R""#, "roles remove ordforer --custom"])
    #expect(roles.terminal.errors.hasPrefix("error: 'roles remove' has no option '--custom'"))
  }

  @Test func anUnknownSubcommandIsRefusedWithASuggestion() throws {
    let run = try runScript(["data improt x.csv"])
    #expect(run.status == .usage)
    #expect(
      run.terminal.errors
        == "error: 'data' has no sub-command 'improt'. Did you mean 'import'? (at stdin:1:6)\n")
  }

  @Test func helpListsTheSubcommandsWithWhatTheyDo() throws {
    let run = try runScript(["help guide", "help data"])
    #expect(run.terminal.output.contains("sub-commands:"))
    #expect(run.terminal.output.contains("  probe     Add a probe to a question"))
    #expect(run.terminal.output.contains("  import   Check a KLASS or cooperations CSV"))
  }

  @Test func tabOffersOnlyTheSubcommandsOptionsAndArguments() throws {
    let completer = Completer(source: .live(store: StoreHandle { try ProtocolStore() }))
    let probe = completer.candidates(before: "guide probe q1 \"x\" --", prefix: "--")
    #expect(probe == ["--kind", "--at"])
    #expect(completer.candidates(before: "data import f.csv --", prefix: "--") == ["--kind"])
    #expect(completer.candidates(before: "data check ", prefix: "").isEmpty)
    let roles = completer.candidates(before: "roles add ordforer na", prefix: "na")
    #expect(roles.contains("naeringssjef"))
    #expect(completer.candidates(before: "data ", prefix: "") == ["check", "sources", "import"])
  }
}
