import Foundation
import PostgresNIO
import StudyplanCore

extension PostgresStore {
  /// What `doctor` reports: the store's consistency, its schema, its search and its team
  /// separation. Reads only: a database without the schema is reported, not migrated.
  public func health() throws -> StoreHealth {
    try perform("run its checks") {
      try link.withUnpreparedConnection { connection in try health(on: connection) }
    }
  }

  private func health(on connection: PostgresConnection) throws -> StoreHealth {
    let state = try Self.schemaState(link, connection)
    if state == .newer { throw StudyplanError.storeTooNew(path: location) }
    let applied = try link.rows(
      "SELECT version FROM studyplan_migration", on: connection,
      ifTableExists: "studyplan_migration"
    ).count
    var health = StoreHealth(
      integrity: [], appliedMigrations: applied,
      knownMigrations: PostgresSchema.migrations.count, userVersion: applied, draftSlots: [],
      unreadableDrafts: [], orphanedDrafts: [])
    health.integrityCheckName = "consistency check"
    health.schemaVersionName = "schema version"
    guard applied > 0 else {
      health.integrity = ["the database holds no studyplan tables yet"]
      return health
    }
    health.integrity = try consistencyProblems(on: connection)
    health.search = try searchCheck(on: connection)
    health.extraChecks = [StoreHealth.NamedCheck("teams", try teamCheck(on: connection))]
    try readDrafts(into: &health, on: connection)
    return health
  }

  /// Versions numbered 1…head for every protocol, and the immutability trigger in place.
  private func consistencyProblems(on connection: PostgresConnection) throws -> [String] {
    var problems = try link.rows(
      """
      SELECT p.number FROM protocol p LEFT JOIN protocol_version v ON v.protocol_number = p.number
      WHERE p.head_version > 0
      GROUP BY p.number, p.head_version
      HAVING count(v.version) <> p.head_version OR max(v.version) <> p.head_version
      ORDER BY p.number LIMIT 3
      """, on: connection
    ).map {
      "\(ProtocolID.make(try $0.decode(Int64.self))): its versions do not run 1 to its latest"
    }
    let trigger =
      try link.rows(
        "SELECT count(*) FROM pg_trigger WHERE tgname = 'protocol_version_is_immutable'",
        on: connection
      ).first.map { try $0.decode(Int.self) } ?? 0
    if trigger == 0 { problems.append("the trigger that keeps versions unchanged is missing") }
    return problems.isEmpty ? ["ok"] : problems
  }

  /// Norwegian text search, and whether accents are ignored (the unaccent extension).
  private func searchCheck(on connection: PostgresConnection) throws -> StoreHealth.Check {
    let comment =
      try link.rows(
        "SELECT obj_description('studyplan_unaccent(text)'::regprocedure, 'pg_proc')",
        on: connection
      ).first.map { try $0.decode(String?.self) } ?? nil
    return comment == "unaccent"
      ? StoreHealth.Check(ok: true, "Norwegian text search; accents ignored (unaccent)")
      : StoreHealth.Check(
        ok: true,
        "Norwegian text search; accents must be typed: the server lacked the unaccent extension"
          + " when the store was made")
  }

  /// Row-level security on every table, and the team this role saves into.
  private func teamCheck(on connection: PostgresConnection) throws -> StoreHealth.Check {
    let loose = try link.rows(
      """
      SELECT relname FROM pg_class
      WHERE relname IN ('protocol', 'protocol_version', 'autosave', 'imported_dataset')
        AND relkind = 'r' AND NOT (relrowsecurity AND relforcerowsecurity)
      ORDER BY relname
      """, on: connection
    ).map { try $0.decode(String.self) }
    guard loose.isEmpty else {
      return StoreHealth.Check(
        ok: false, "row-level security is off for " + loose.joined(separator: ", "))
    }
    let row = try link.rows(
      "SELECT current_user::text, studyplan_team()::text, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)",
      on: connection
    ).first
    guard let (role, team, superuser) = try row?.decode((String, String, Bool).self) else {
      return StoreHealth.Check(ok: false, "could not read this role's team")
    }
    let bypass = superuser ? "; as a superuser it sees every team's protocols" : ""
    return StoreHealth.Check(
      ok: true,
      "row-level security on; role '\(role)' saves into team '\(team)'\(bypass)")
  }

  private func readDrafts(into health: inout StoreHealth, on connection: PostgresConnection) throws
  {
    for row in try link.rows(
      """
      SELECT a.slot, a.document, a.protocol_number IS NULL AND a.slot NOT LIKE 'new%'
      FROM autosave a WHERE a.owner = current_user ORDER BY a.saved_at
      """, on: connection)
    {
      let (slot, json, orphaned) = try row.decode((String, String, Bool).self)
      health.draftSlots.append(slot)
      if (try? StudyProtocol.fromStorageJSON(
        json, reference: VersionReference(id: slot, version: 0)))
        == nil
      {
        health.unreadableDrafts.append(slot)
      }
      if orphaned { health.orphanedDrafts.append(slot) }
    }
  }
}
