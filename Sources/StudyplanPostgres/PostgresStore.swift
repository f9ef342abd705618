import Foundation
import PostgresNIO
import StudyplanCore

/// The team store: every protocol and version in a PostgreSQL database that a research group
/// shares, with the same promises as the SQLite store (``StudyplanStore``).
///
/// - Versions are immutable (a trigger refuses updates); a save checks the expected head under
///   a row lock inside the transaction that inserts the version, so two planners saving on one
///   head get one version and one conflict.
/// - Who saved a version is the database role (`saved_by`): planners, never informants.
/// - Teams are PostgreSQL roles: every protocol has a team, and row-level security shows a role
///   only its teams' protocols (docs/team-store.md).
/// - Opening connects lazily; a lost connection is made again by the next command; a server
///   that does not answer within the address's `connect_timeout` (default 15 s) is a storage
///   error, never a hang. Drafts are kept on this machine (``localDrafts``) while the server
///   cannot be reached.
public final class PostgresStore: StudyplanStore {
  let link: PostgresLink
  /// Where drafts go while the server cannot be reached: a SQLite store on this machine.
  let localDrafts: Locked<LocalDrafts>

  public var location: String { link.address.text }
  public var filePath: String? { nil }
  public var notices: [StoreNotice] { [] }
  public var hasFullTextSearch: Bool { true }

  /// A store on the server `address` names; nothing is sent until the first command.
  /// `localDraftsPath` is the SQLite file that keeps drafts while the server is away.
  public init(address: PostgresAddress, localDraftsPath: String?) {
    link = PostgresLink(address: address) { link, connection in
      try PostgresStore.prepare(link, connection)
    }
    localDrafts = Locked(LocalDrafts(path: localDraftsPath))
  }

  /// Closes the connection (tests, `store copy`); the next command would open a new one.
  public func close() { link.close() }

  // MARK: - Schema

  /// On each new connection: refuses a schema newer than this build, and migrates an older one.
  static func prepare(_ link: PostgresLink, _ connection: PostgresConnection) throws {
    switch try schemaState(link, connection) {
    case .current: return
    case .newer: throw StudyplanError.storeTooNew(path: link.address.text)
    case .older: break
    }
    try link.run("BEGIN", on: connection)
    do {
      try link.run("SELECT pg_advisory_xact_lock(\(PostgresSchema.lockKey))", on: connection)
      try link.run(PostgresQuery(unsafeSQL: PostgresSchema.bookkeeping), on: connection)
      // Checked again under the lock: another planner may have migrated it meanwhile.
      let applied = try appliedMigrations(link, connection)
      if try schemaState(link, connection) == .newer {
        throw StudyplanError.storeTooNew(path: link.address.text)
      }
      for (index, migration) in PostgresSchema.migrations.enumerated()
      where !applied.contains(index + 1) {
        for statement in migration.statements {
          try link.run(PostgresQuery(unsafeSQL: statement), on: connection)
        }
        try link.run(
          "INSERT INTO studyplan_migration (version, name) VALUES (\(index + 1), \(migration.name))",
          on: connection)
      }
      try link.run("COMMIT", on: connection)
    } catch {
      _ = try? link.run("ROLLBACK", on: connection)
      throw error
    }
  }

  enum SchemaState { case current, older, newer }

  static func schemaState(_ link: PostgresLink, _ connection: PostgresConnection) throws
    -> SchemaState
  {
    let rows = try link.rows(
      "SELECT version, name FROM studyplan_migration", on: connection,
      ifTableExists: "studyplan_migration")
    var applied = 0
    for row in rows {
      let (version, name) = try row.decode((Int, String).self)
      let known = PostgresSchema.migrations.indices.contains(version - 1)
      if !known || PostgresSchema.migrations[version - 1].name != name { return .newer }
      applied += 1
    }
    return applied == PostgresSchema.migrations.count ? .current : .older
  }

  static func appliedMigrations(_ link: PostgresLink, _ connection: PostgresConnection) throws
    -> Set<Int>
  {
    Set(
      try link.rows("SELECT version FROM studyplan_migration", on: connection).map {
        try $0.decode(Int.self)
      })
  }
}

extension PostgresLink {
  /// Rows of `query` when `table` exists; none when it does not.
  func rows(_ query: PostgresQuery, on connection: PostgresConnection, ifTableExists table: String)
    throws -> [PostgresRow]
  {
    let exists =
      try rows("SELECT to_regclass(\(table)) IS NOT NULL", on: connection)
      .first.map { try $0.decode(Bool.self) } ?? false
    return exists ? Array(try rows(query, on: connection)) : []
  }
}

/// The SQLite store on this machine that keeps drafts while the server cannot be reached,
/// opened the first time it is needed.
struct LocalDrafts {
  var path: String?
  var store: ProtocolStore?

  mutating func open() throws -> ProtocolStore? {
    if let store { return store }
    guard let path else { return nil }
    store = try ProtocolStore(path: path)
    return store
  }
}
