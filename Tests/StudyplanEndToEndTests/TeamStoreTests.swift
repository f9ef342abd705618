import Foundation
import StudyplanCore
import StudyplanPostgres
import StudyplanREPL
import Testing
import _StudyplanTestSupport

/// The team store's own promises: copying between the two stores, and teams kept apart.
@Suite(
  .enabled(
    if: PostgresTestCluster.shared != nil,
    "team store tests SKIPPED: \(PostgresTestCluster.unavailableReason)"))
struct TeamStoreTests {
  static let examples = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Examples")

  /// A session over `store` that opens other stores as the executable does.
  static func session(_ store: any StudyplanStore, folder: URL) -> Session {
    Session(
      environment: SessionEnvironment(
        store: StoreHandle(store), now: { fixedDate }, workingDirectory: folder.path,
        timeZone: TimeZone(identifier: "UTC") ?? .current, storeOpener: StoreKind.opener))
  }

  /// The commands of an example session, without its comments.
  static func exampleCommands(_ name: String) throws -> [String] {
    try String(contentsOf: examples.appendingPathComponent(name), encoding: .utf8)
      .split(separator: "\n").map(String.init)
      .filter { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
  }

  @Test func copyingSQLiteToPostgresAndBackKeepsEveryVersionByteForByte() throws {
    let folder = try BuiltBinary.makeHome()
    let original = try ProtocolStore(path: folder.appendingPathComponent("a.sqlite").path)
    let made = try runScript(
      try Self.exampleCommands("start-from-model-1.studyplan")
        + ["clone p1 \"A follow-up\" --follow-up", "rename \"A follow-up, renamed\"", "save"]
        + (try Self.exampleCommands("start-from-model-2.studyplan")),
      session: Self.session(original, folder: folder))
    #expect(made.status == .success, "\(made.terminal.errors)")
    let server = try StoreKind.postgres.makeLocation()
    let back = folder.appendingPathComponent("b.sqlite").path

    let there = try runScript(
      ["store copy --to \(server)", "store copy --to \(server)"],
      session: Self.session(original, folder: folder))
    #expect(there.status == .success, "\(there.terminal.errors)")
    #expect(there.terminal.output.contains("copied "))
    #expect(there.terminal.output.contains("nothing to copy"))
    let home = try runScript(
      ["store copy --from \(server) --to b.sqlite"], session: Self.session(original, folder: folder)
    )
    #expect(home.status == .success, "\(home.terminal.errors)")

    let copy = try ProtocolStore(path: back)
    #expect(try copy.protocolRecords() == original.protocolRecords())
    #expect(try StoreKind.postgres.open(server).protocolRecords() == original.protocolRecords())
    for summary in try original.list() {
      for version in try original.history(of: summary.id) {
        let before = try ProtocolJSON.encode(original.version(version.reference).document)
        let after = try ProtocolJSON.encode(copy.version(version.reference).document)
        #expect(before == after, "\(version.reference)")
      }
    }
    #expect(try copy.descendants(of: "p1").map(\.reference.id) == ["p2"])
  }

  @Test func aCopyNeverOverwritesAProtocolThatDiffers() throws {
    let server = try StoreKind.postgres.makeLocation()
    let team = try StoreKind.postgres.open(server)
    let file = try ProtocolStore(
      path: try BuiltBinary.makeHome().appendingPathComponent("mine.sqlite").path)
    _ = try file.createProtocol(StudyProtocol(title: "Mine"), note: "", at: fixedDate)
    _ = try file.createProtocol(StudyProtocol(title: "Second"), note: "", at: fixedDate)
    _ = try team.createProtocol(StudyProtocol(title: "Theirs"), note: "", at: fixedDate)
    #expect(
      throws: StudyplanError.storeCopyRefused(
        id: "p1", reason: "version p1@1 differs in its content")
    ) {
      try StoreCopy.copy(from: file, to: team, at: fixedDate)
    }
    #expect(try team.list().map(\.title) == ["Theirs"])

    // A copy that holds an older part of a protocol gets the newer versions, once.
    let extended = try StoreKind.postgres.makeStore()
    _ = try StoreCopy.copy(from: file, to: extended, at: fixedDate)
    _ = try file.saveVersion(
      of: "p1", StudyProtocol(title: "Mine, 2"), expectedHead: 1, note: "", at: fixedDate)
    let report = try StoreCopy.copy(from: file, to: extended, at: fixedDate)
    #expect(report.extendedProtocols == ["p1"])
    #expect(report.unchangedProtocols == 1)
    #expect(try extended.head(of: "p1").reference.version == 2)
    #expect(try StoreCopy.copy(from: file, to: extended, at: fixedDate).versionsCopied == 0)
    // New protocols on the server carry on after the copied ids.
    #expect(
      try extended.createProtocol(StudyProtocol(title: "Next"), note: "", at: fixedDate)
        .reference.id == "p3")
  }

  @Test func aPlannerInOneTeamCannotListOpenOrDiffAnotherTeamsProtocols() throws {
    let cluster = try StoreKind.cluster()
    let database = try cluster.makeDatabase()
    // The administrator makes the tables (docs/team-store.md); planners may not.
    _ = try cluster.store(database: database).list()
    let alice = try cluster.store(database: database, role: "alice")
    let bob = try cluster.store(database: database, role: "bob")
    let carol = try cluster.store(database: database, role: "carol")
    let folder = try BuiltBinary.makeHome()
    let made = try runScript(
      [
        "new \"Team A's plan\" --purpose \"Interkommunalt samarbeid\"", "save", "rename \"Again\"",
        "save",
      ],
      session: Self.session(alice, folder: folder))
    #expect(made.status == .success, "\(made.terminal.errors)")

    let listed = try runScript(
      ["list", "list samarbeid"], session: Self.session(bob, folder: folder))
    #expect(listed.status == .success, "\(listed.terminal.errors)")
    #expect(!listed.terminal.output.contains("Team A"))
    #expect(!listed.terminal.output.contains("Again"))
    for command in [
      "open p1", "diff p1@1 p1@2", "history p1", "export p1@1 protocol --format json",
    ] {
      let refused = try runScript([command], session: Self.session(bob, folder: folder))
      #expect(refused.status == .commandFailed, "\(command)")
      #expect(refused.terminal.errors.contains("no protocol with id 'p1'"), "\(command)")
      #expect(!refused.terminal.output.contains("Team A"), "\(command)")
    }
    #expect(try bob.list().isEmpty)
    #expect(throws: StudyplanError.self) { try bob.head(of: "p1") }

    let teammate = try runScript(
      ["list", "diff p1@1 p1@2"], session: Self.session(carol, folder: folder))
    #expect(teammate.status == .success, "\(teammate.terminal.errors)")
    #expect(teammate.terminal.output.contains("Again"))
    #expect(try carol.history(of: "p1").map(\.savedBy) == ["alice", "alice"])

    // Bob's own protocol is his team's; Alice does not see it. Ids are never shared.
    let bobs = try bob.createProtocol(
      StudyProtocol(title: "Team B's plan"), note: "", at: fixedDate)
    #expect(bobs.reference.id == "p2")
    #expect(try alice.list().map(\.id) == ["p1"])
    // Naming a team he is not in does not let him write into it.
    let intruder = try cluster.store(
      database: database, role: "bob", options: "-c studyplan.team=team_a")
    #expect(throws: StudyplanError.self) {
      try intruder.createProtocol(StudyProtocol(title: "Sneaked in"), note: "", at: fixedDate)
    }
    #expect(try carol.list().map(\.id) == ["p1"])
  }
}
