import Foundation
import StudyplanCore
import StudyplanPostgres
import Testing
import _StudyplanTestSupport

/// The team store when the server fails: it stops answering, goes away mid-save, restarts. On a
/// cluster of its own (the shared one serves the other tests meanwhile), one test at a time.
@Suite(
  .serialized,
  .enabled(
    if: PostgresTestCluster.shared != nil,
    "team store fault tests SKIPPED: \(PostgresTestCluster.unavailableReason)"))
struct TeamStoreFaultTests {
  let cluster: PostgresTestCluster

  init() throws {
    guard let cluster = PostgresTestCluster.separate else {
      throw StudyplanError.storeUnavailable(
        path: "postgres", reason: "a second cluster did not start")
    }
    self.cluster = cluster
  }

  /// A new database on this suite's cluster, with p1 saved in it.
  func databaseWithAProtocol(timeout: Int = 3) throws -> (database: String, address: String) {
    let database = try cluster.makeDatabase()
    let address = cluster.address(database: database) + "&connect_timeout=\(timeout)"
    let made = try BuiltBinary.run(
      ["--db", address, "-c", "new \"Before\"", "-c", "save"], home: try BuiltBinary.makeHome())
    #expect(made.status == 0, "\(made.errors)")
    return (database, address)
  }

  @Test func aServerThatStopsAnsweringIsAnErrorWithExitCode3NotAHang() throws {
    let (_, address) = try databaseWithAProtocol(timeout: 2)
    let server = try #require(cluster.serverProcess())
    kill(server, SIGSTOP)
    defer { kill(server, SIGCONT) }
    let started = Date()
    let run = try BuiltBinary.run(["--db", address, "list"], home: try BuiltBinary.makeHome())
    #expect(run.status == 3)
    #expect(Date().timeIntervalSince(started) < 15)
    #expect(run.errors.contains("did not answer within 2 s"), "\(run.errors)")
    #expect(run.errors.split(separator: "\n").count == 1, "\(run.errors)")
  }

  @Test func theServerGoingAwayMidSaveLeavesNoPartialVersionAndSaysSoInOneLine() throws {
    let (database, address) = try databaseWithAProtocol()
    // Slows the next version's insert down, so the server can be stopped in the middle of it.
    try cluster.psql(
      """
      CREATE FUNCTION slow() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_sleep(3); RETURN NEW; END $$;
      CREATE TRIGGER slow BEFORE INSERT ON protocol_version FOR EACH ROW EXECUTE FUNCTION slow();
      """, database: database)
    let client = try InteractiveBinary(
      arguments: ["--db", address], home: try BuiltBinary.makeHome())
    client.send("open p1\nrename \"During\"\nsave\n")
    client.waitForOutput("renamed to")
    Thread.sleep(forTimeInterval: 1)
    try cluster.stopServer()
    let (status, errors) = client.finish()
    try cluster.startServer()
    #expect(status == 3)
    #expect(errors.split(separator: "\n").count == 1, "\(errors)")
    #expect(errors.contains("nothing was saved"), "\(errors)")
    try cluster.psql("DROP TRIGGER slow ON protocol_version", database: database)
    let store = try StoreKind.opener.open(address)
    #expect(try store.history(of: "p1").map(\.title) == ["Before"])
  }

  @Test func aSessionCarriesOnAfterTheServerRestarts() throws {
    let (_, address) = try databaseWithAProtocol()
    let client = try InteractiveBinary(
      arguments: ["--db", address, "--continue-on-error"], home: try BuiltBinary.makeHome())
    client.send("list\n")
    client.waitForOutput("Before")
    try cluster.restart()
    client.send("new \"After\"\nsave\n")
    client.waitForOutput("saved p2@1 'After'")
    client.send("list\n")
    let (status, errors) = client.finish()
    #expect(status == 0, "\(errors)")
    #expect(client.output.components(separatedBy: "After").count >= 3, "\(client.output)")
  }

  @Test func draftsAreKeptOnThisMachineWhileTheServerCannotBeReached() throws {
    let database = try cluster.makeDatabase()
    let drafts = try BuiltBinary.makeHome().appendingPathComponent("offline.sqlite").path
    let store = try cluster.store(database: database, localDrafts: drafts)
    _ = try store.createProtocol(StudyProtocol(title: "Online"), note: "", at: fixedDate)
    try cluster.stopServer()
    try store.autosave(
      slot: "p1#1-1", baseVersion: 1, StudyProtocol(title: "Offline edit"), at: fixedDate)
    #expect(try store.autosavedDrafts().map(\.document.title) == ["Offline edit"])
    #expect(throws: StudyplanError.self) { try store.list() }
    try cluster.startServer()
    #expect(try store.autosavedDrafts().map(\.document.title) == ["Offline edit"])
    try store.autosave(
      slot: "p1#1-1", baseVersion: 1, StudyProtocol(title: "Back online"), at: fixedDate)
    #expect(try store.autosavedDrafts().map(\.document.title) == ["Back online"])
    #expect(try ProtocolStore(path: drafts).autosavedDrafts().isEmpty)
  }
}
