import Foundation
import GRDB

/// What `doctor` reads from a store: each check's facts, judged by the REPL.
public struct StoreHealth: Equatable, Sendable {
  /// What the integrity check is called ("SQLite integrity check").
  public var integrityCheckName = "SQLite integrity check"
  /// SQLite's `PRAGMA integrity_check`, or the database server's consistency check: `["ok"]`
  /// for a sound store.
  public var integrity: [String]
  /// The migrations the store has applied, known to this studyplan.
  public var appliedMigrations: Int
  /// The migrations this studyplan knows.
  public var knownMigrations: Int
  /// `PRAGMA user_version`, or the schema version a database server's store records.
  public var userVersion: Int
  /// What the schema version is called ("user_version").
  public var schemaVersionName = "user_version"
  /// How `list TEXT` searches, when the store says (a database server's text search); `ok`
  /// false when something it could use is missing.
  public var search: Check?
  /// Further checks a database server's store adds (its row-level policies), by name.
  public var extraChecks: [NamedCheck] = []

  /// One finding: whether it is fine, and the line that says so.
  public struct Check: Equatable, Sendable {
    public var ok: Bool
    public var text: String

    public init(ok: Bool, _ text: String) {
      self.ok = ok
      self.text = text
    }
  }

  /// A check `doctor` prints under its own name.
  public struct NamedCheck: Equatable, Sendable {
    public var name: String
    public var check: Check

    public init(_ name: String, _ check: Check) {
      self.name = name
      self.check = check
    }
  }
  /// The kept drafts' slots.
  public var draftSlots: [String]
  /// Kept drafts whose document cannot be read back.
  public var unreadableDrafts: [String]
  /// Kept drafts of protocols no longer in the store.
  public var orphanedDrafts: [String]

  public init(
    integrity: [String], appliedMigrations: Int, knownMigrations: Int, userVersion: Int,
    draftSlots: [String], unreadableDrafts: [String], orphanedDrafts: [String]
  ) {
    self.integrity = integrity
    self.appliedMigrations = appliedMigrations
    self.knownMigrations = knownMigrations
    self.userVersion = userVersion
    self.draftSlots = draftSlots
    self.unreadableDrafts = unreadableDrafts
    self.orphanedDrafts = orphanedDrafts
  }
}

extension ProtocolStore {
  /// Reads what `doctor` reports; only reads, never writes.
  public func health() throws -> StoreHealth {
    try read("run its integrity check") { db in
      let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
      let applied = try Self.migrator.appliedMigrations(db).count
      let userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
      let rows = try Row.fetchAll(db, sql: "SELECT slot, protocolNumber, document FROM autosave")
      var slots: [String] = []
      var unreadable: [String] = []
      var orphaned: [String] = []
      for row in rows {
        let slot: String = row["slot"]
        slots.append(slot)
        let text: String = row["document"]
        if (try? StudyProtocol.fromStorageJSON(
          text, reference: VersionReference(id: slot, version: 0)))
          == nil
        {
          unreadable.append(slot)
        }
        let id = slot.split(separator: "#", maxSplits: 1).first.map(String.init) ?? slot
        if id != "new", let number = ProtocolID.number(of: id),
          try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM protocol WHERE number = ? AND headVersion > 0)",
            arguments: [number]) != true
        {
          orphaned.append(slot)
        }
      }
      return StoreHealth(
        integrity: integrity, appliedMigrations: applied, knownMigrations: Self.migrations.count,
        userVersion: userVersion, draftSlots: slots, unreadableDrafts: unreadable,
        orphanedDrafts: orphaned)
    }
  }
}
