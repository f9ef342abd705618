import GRDB

extension ProtocolStore {
  /// The schema, migration by migration.
  ///
  /// Never edit a migration once it has shipped: add a new one. Migrations name tables and
  /// columns as string literals, not app types, so later code changes cannot alter them.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    for (identifier, body) in migrations {
      migrator.registerMigration(identifier, migrate: body)
    }
    return migrator
  }

  /// The migrations in order: identifier and body. ``migrate(_:)`` runs them; ``migrator``
  /// registers the same list with GRDB, which keeps the bookkeeping table and answers
  /// `hasBeenSuperseded`.
  static let migrations: [(String, @Sendable (Database) throws -> Void)] = [
    ("v1: protocols and versions", migrateV1),
    ("v2: imported datasets", migrateV2),
  ]

  /// Runs every migration `db` lacks, inside the caller's (immediate) transaction.
  ///
  /// GRDB's `DatabaseMigrator.migrate` runs each migration in a transaction of its own after
  /// reading which are applied outside them, so two processes opening a new store together
  /// both try "v1" and one fails with "table protocol already exists". Here the check and every
  /// migration share one transaction that holds SQLite's write lock from its start: a second
  /// process waits for it, then finds nothing left to do. The bookkeeping is GRDB's own
  /// (`grdb_migrations`), and `PRAGMA user_version` counts the migrations applied.
  static func migrate(_ db: Database) throws {
    try db.execute(
      sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
    let applied = try migrator.appliedIdentifiers(db)
    for (identifier, body) in migrations where !applied.contains(identifier) {
      try body(db)
      try db.execute(
        sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [identifier])
    }
    try db.execute(sql: "PRAGMA user_version = \(migrations.count)")
  }

  private static func migrateV1(_ db: Database) throws {
    // A protocol's id is "p" followed by its number; AUTOINCREMENT keeps deleted ids retired.
    try db.execute(
      sql: """
        CREATE TABLE protocol (
          number INTEGER PRIMARY KEY AUTOINCREMENT,
          createdAt TEXT NOT NULL,
          headVersion INTEGER NOT NULL DEFAULT 0 CHECK (headVersion >= 0),
          -- The head version's summary, kept in step by every save, so 'list' reads one table.
          headTitle TEXT NOT NULL DEFAULT '',
          headStatus TEXT NOT NULL DEFAULT 'draft' CHECK (headStatus IN ('draft', 'final')),
          headModel INTEGER CHECK (headModel IN (1, 2, 3)),
          headSavedAt TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX protocolByHeadSavedAt ON protocol (headSavedAt DESC, number DESC);
        CREATE TABLE protocolVersion (
          rowid INTEGER PRIMARY KEY,
          protocolNumber INTEGER NOT NULL REFERENCES protocol(number) ON DELETE CASCADE,
          version INTEGER NOT NULL CHECK (version >= 1),
          savedAt TEXT NOT NULL,
          note TEXT NOT NULL DEFAULT '',
          status TEXT NOT NULL CHECK (status IN ('draft', 'final')),
          title TEXT NOT NULL CHECK (length(title) > 0),
          purpose TEXT NOT NULL,
          model INTEGER CHECK (model IN (1, 2, 3)),
          questionIDs TEXT NOT NULL,
          clonedFrom TEXT,
          followUpOf TEXT,
          document TEXT NOT NULL CHECK (json_valid(document)),
          UNIQUE (protocolNumber, version)
        );
        CREATE TRIGGER protocolVersionIsImmutable BEFORE UPDATE ON protocolVersion
        BEGIN
          SELECT RAISE(ABORT, 'a saved version is never changed');
        END;
        CREATE TABLE autosave (
          slot TEXT PRIMARY KEY NOT NULL,
          protocolNumber INTEGER REFERENCES protocol(number) ON DELETE CASCADE,
          baseVersion INTEGER NOT NULL DEFAULT 0,
          savedAt TEXT NOT NULL,
          document TEXT NOT NULL CHECK (json_valid(document))
        );
        """)
    // Full-text search over the head version of each protocol, where SQLite has FTS5.
    if try Bool.fetchOne(db, sql: "SELECT sqlite_compileoption_used('ENABLE_FTS5')") == true {
      try db.execute(
        sql: """
          CREATE VIRTUAL TABLE protocolSearch USING fts5(
            title, purpose, questions, tokenize = 'unicode61 remove_diacritics 2'
          )
          """)
    }
  }

  private static func migrateV2(_ db: Database) throws {
    // Reference data a planner imported (`data import`): kept whole, as validated JSON, with
    // its own version label and the SHA-256 of the file it came from.
    try db.execute(
      sql: """
        CREATE TABLE importedDataset (
          id TEXT PRIMARY KEY NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('klass', 'cooperations')),
          label TEXT NOT NULL CHECK (length(label) > 0),
          sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
          fileName TEXT NOT NULL,
          importedAt TEXT NOT NULL,
          payload TEXT NOT NULL CHECK (json_valid(payload))
        );
        """)
  }
}
