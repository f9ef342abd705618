import Foundation
import StudyplanCore
import StudyplanPostgres
import Testing

/// `postgres://` addresses read the way libpq reads a connection URI (no server needed).
@Suite struct PostgresAddressTests {
  func address(
    _ text: String, environment: [String: String] = [:], passwordFile: String? = nil
  ) throws -> PostgresAddress {
    try PostgresAddress(
      text, environment: environment, systemUser: "kari", passwordFile: { _ in passwordFile })
  }

  @Test func aFullAddressNamesHostPortUserAndDatabase() throws {
    let parsed = try address("postgres://ola@db.example.org:6543/studyplan?sslmode=require")
    #expect(parsed.host == "db.example.org")
    #expect(parsed.port == 6543)
    #expect(parsed.user == "ola")
    #expect(parsed.database == "studyplan")
    #expect(parsed.sslMode == "require")
    #expect(!parsed.isUnixSocket)
    #expect(parsed.timeout == PostgresAddress.defaultTimeout)
  }

  @Test func aSocketFolderComesFromTheHostParameterOrThePercentEncodedHost() throws {
    let parameter = try address("postgres:///studyplan?host=/run/postgresql")
    #expect(parameter.socketPath == "/run/postgresql/.s.PGSQL.5432")
    #expect(parameter.user == "kari")
    let encoded = try address("postgresql://%2Ftmp%2Fpg:5433/plans")
    #expect(encoded.socketPath == "/tmp/pg/.s.PGSQL.5433")
    let bare = try address("postgres://")
    #expect(bare.socketPath == "/var/run/postgresql/.s.PGSQL.5432")
    #expect(bare.database == "kari")
  }

  @Test func libpqVariablesFillInWhatTheAddressLeavesOut() throws {
    let parsed = try address(
      "postgres:///",
      environment: [
        "PGHOST": "db", "PGPORT": "5999", "PGUSER": "per", "PGDATABASE": "plans",
        "PGCONNECT_TIMEOUT": "4", "PGPASSWORD": "from-env", "PGOPTIONS": "-c studyplan.team=t",
      ])
    #expect(
      [parsed.host, "\(parsed.port)", parsed.user, parsed.database] == [
        "db", "5999", "per", "plans",
      ])
    #expect(parsed.timeout == 4)
    #expect(parsed.password == "from-env")
    #expect(parsed.startupParameters["options"] == "-c studyplan.team=t")
  }

  @Test func thePasswordComesFromThePasswordFileNeverFromTheAddress() throws {
    let file = """
      # host:port:database:user:password
      other:5432:*:kari:wrong
      localhost:5432:studyplan:kari:s\\:cret
      """
    let parsed = try address(
      "postgres:///studyplan", environment: ["HOME": "/home/kari"], passwordFile: file)
    #expect(parsed.password == "s:cret")
    #expect(throws: StudyplanError.self) { try address("postgres://kari:secret@db/studyplan") }
    #expect(throws: StudyplanError.self) { try address("postgres://db/studyplan?password=x") }
  }

  @Test(arguments: [
    "postgres://db/x?port=eleven", "postgres://db/x?nonsense=1", "postgres://db/x?sslmode=maybe",
    "postgres://db/x?connect_timeout=0", "postgres://a,b/x",
  ])
  func malformedAddressesAreRefusedWithTheReason(text: String) throws {
    #expect(throws: StudyplanError.self) { try address(text) }
  }
}
