import Foundation
import GRDB

extension ProtocolStore {
  // MARK: - Saving

  /// Stores `document` as version 1 of a new protocol and returns it with its new id.
  public func createProtocol(_ document: StudyProtocol, note: String, at date: Date) throws
    -> StoredVersion
  {
    try StoredVersionRules.validate(document, note: note)
    return try write("save the new protocol") { db in
      try db.execute(
        sql: "INSERT INTO protocol (createdAt, headVersion) VALUES (?, 0)",
        arguments: [StoreDate.string(date)])
      let number = db.lastInsertedRowID
      return try insertVersion(of: number, version: 1, document, note: note, at: date, in: db)
    }
  }

  /// Stores `document` as the next version of protocol `id`.
  ///
  /// The save is refused when the protocol's latest version is no longer `expectedHead` (another
  /// planner saved in between) or when the latest version is final.
  public func saveVersion(
    of id: String, _ document: StudyProtocol, expectedHead: Int, note: String, at date: Date
  ) throws -> StoredVersion {
    try StoredVersionRules.validate(document, note: note)
    return try write("save protocol '\(id)'") { db in
      let number: Int64
      do {
        number = try existingNumber(of: id, in: db)
      } catch StudyplanError.unknownProtocol where ProtocolID.number(of: id) != nil {
        // A session saving a protocol it had open: it was deleted meanwhile, not mistyped.
        throw StudyplanError.protocolDeleted(id)
      }
      let head =
        try Int.fetchOne(
          db, sql: "SELECT headVersion FROM protocol WHERE number = ?", arguments: [number]) ?? 0
      guard head == expectedHead else {
        throw StudyplanError.saveConflict(id: id, openedVersion: expectedHead, headVersion: head)
      }
      let headStatus = try String.fetchOne(
        db, sql: "SELECT status FROM protocolVersion WHERE protocolNumber = ? AND version = ?",
        arguments: [number, head])
      if headStatus == ProtocolStatus.final.rawValue {
        throw StudyplanError.finalVersion(VersionReference(id: id, version: head))
      }
      return try insertVersion(
        of: number, version: head + 1, document, note: note, at: date, in: db)
    }
  }

  private func insertVersion(
    of number: Int64, version: Int, _ document: StudyProtocol, note: String, at date: Date,
    in db: Database
  ) throws -> StoredVersion {
    var stored = try insertVersion(
      of: number, version: version, document, json: StudyProtocol.storageJSON(document),
      note: note, savedAt: StoreDate.string(date), in: db)
    stored.savedAt = date
    return stored
  }

  /// Inserts one version as text (its storage JSON, its date as the store writes dates) and
  /// makes it the head.
  func insertVersion(
    of number: Int64, version: Int, _ document: StudyProtocol, json: String, note: String,
    savedAt: String, in db: Database
  ) throws -> StoredVersion {
    try db.execute(
      sql: """
        INSERT INTO protocolVersion (protocolNumber, version, savedAt, note, status, title, purpose,
          model, questionIDs, clonedFrom, followUpOf, document)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        number, version, savedAt, note, document.status.rawValue, document.title,
        document.purpose, document.model?.model.rawValue,
        document.questions.map(\.id).joined(separator: " "),
        document.lineage.clonedFrom?.description, document.lineage.followUpOf?.description, json,
      ])
    try db.execute(
      sql: """
        UPDATE protocol SET headVersion = ?, headTitle = ?, headStatus = ?, headModel = ?,
          headSavedAt = ?
        WHERE number = ?
        """,
      arguments: [
        version, document.title, document.status.rawValue, document.model?.model.rawValue,
        savedAt, number,
      ])
    try updateSearchIndex(number: number, document, in: db)
    let reference = VersionReference(id: ProtocolID.make(number), version: version)
    return StoredVersion(
      reference: reference, savedAt: StoreDate.date(savedAt), note: note, document: document)
  }

  private func updateSearchIndex(number: Int64, _ document: StudyProtocol, in db: Database) throws {
    guard try db.tableExists("protocolSearch") else { return }
    try db.execute(sql: "DELETE FROM protocolSearch WHERE rowid = ?", arguments: [number])
    try db.execute(
      sql: "INSERT INTO protocolSearch (rowid, title, purpose, questions) VALUES (?, ?, ?, ?)",
      arguments: [number, document.title, document.purpose, document.searchableQuestionText])
  }

  // MARK: - Reading

  /// The latest version of protocol `id`.
  public func head(of id: String) throws -> StoredVersion {
    try read("open protocol '\(id)'") { db in
      let number = try existingNumber(of: id, in: db)
      let head =
        try Int.fetchOne(
          db, sql: "SELECT headVersion FROM protocol WHERE number = ?", arguments: [number]) ?? 0
      return try fetchVersion(
        number: number, reference: VersionReference(id: id, version: head), db)
    }
  }

  /// The version `reference` names.
  public func version(_ reference: VersionReference) throws -> StoredVersion {
    try read("open protocol '\(reference)'") { db in
      let number = try existingNumber(of: reference.id, in: db)
      return try fetchVersion(number: number, reference: reference, db)
    }
  }

  private func fetchVersion(number: Int64, reference: VersionReference, _ db: Database) throws
    -> StoredVersion
  {
    guard
      let row = try Row.fetchOne(
        db,
        sql: "SELECT savedAt, note, document FROM protocolVersion"
          + " WHERE protocolNumber = ? AND version = ?",
        arguments: [number, reference.version])
    else {
      let head =
        try Int.fetchOne(
          db, sql: "SELECT headVersion FROM protocol WHERE number = ?", arguments: [number]) ?? 0
      throw StudyplanError.unknownVersion(reference, latest: head)
    }
    let document = try StudyProtocol.fromStorageJSON(row["document"], reference: reference)
    return StoredVersion(
      reference: reference, savedAt: StoreDate.date(row["savedAt"]), note: row["note"],
      document: document)
  }

  /// Every protocol's latest version, newest first; with `text`, only those that match it.
  /// Whether `list TEXT` searches SQLite's full-text index (FTS5: words matched by prefix, accents
  /// ignored); without FTS5 it matches the title and purpose as plain substrings.
  public var hasFullTextSearch: Bool {
    (try? read("check the search index") { db in try db.tableExists("protocolSearch") }) ?? false
  }

  public func list(matching text: String? = nil) throws -> [ProtocolSummary] {
    try read("list protocols") { db in
      var sql = """
        SELECT number, headVersion, headTitle, headStatus, headModel, headSavedAt FROM protocol
        WHERE headVersion > 0
        """
      var arguments: StatementArguments = []
      if let text, !text.trimmingCharacters(in: .whitespaces).isEmpty {
        if try db.tableExists("protocolSearch") {
          let query = Self.ftsQuery(text)
          // Punctuation only ("?"): no word to look for, so nothing matches.
          guard !query.isEmpty else { return [] }
          sql += " AND number IN (SELECT rowid FROM protocolSearch WHERE protocolSearch MATCH ?)"
          arguments = [query]
        } else {
          sql +=
            " AND (headTitle LIKE ? OR number IN (SELECT protocolNumber FROM protocolVersion"
            + " WHERE version = headVersion AND purpose LIKE ?))"
          arguments = ["%\(text)%", "%\(text)%"]
        }
      }
      sql += " ORDER BY headSavedAt DESC, number DESC"
      return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
        ProtocolSummary(
          id: ProtocolID.make(row[0]), title: row[2], headVersion: row[1],
          status: ProtocolStatus(rawValue: row[3]) ?? .draft,
          model: (row[4] as Int?).flatMap(StudyModel.init(rawValue:)),
          savedAt: StoreDate.date(row[5]))
      }
    }
  }

  /// Every version of protocol `id`, oldest first.
  public func history(of id: String) throws -> [VersionSummary] {
    try read("read the history of '\(id)'") { db in
      let number = try existingNumber(of: id, in: db)
      return try Row.fetchAll(
        db,
        sql: "SELECT version, savedAt, note, status, title FROM protocolVersion"
          + " WHERE protocolNumber = ? ORDER BY version",
        arguments: [number]
      ).map { row in
        VersionSummary(
          reference: VersionReference(id: id, version: row["version"]),
          savedAt: StoreDate.date(row["savedAt"]), note: row["note"],
          status: ProtocolStatus(rawValue: row["status"]) ?? .draft, title: row["title"])
      }
    }
  }

  /// The ids of every protocol, in number order (for Tab completion).
  public func protocolIDs() throws -> [String] {
    try read("list protocol ids") { db in
      try Int64.fetchAll(db, sql: "SELECT number FROM protocol ORDER BY number").map(
        ProtocolID.make)
    }
  }

  /// Deletes protocol `id` with all its versions.
  public func delete(_ id: String) throws {
    try write("delete protocol '\(id)'") { db in
      let number = try existingNumber(of: id, in: db)
      if try db.tableExists("protocolSearch") {
        try db.execute(sql: "DELETE FROM protocolSearch WHERE rowid = ?", arguments: [number])
      }
      // The immutability trigger guards updates only; a delete removes versions whole.
      try db.execute(sql: "DELETE FROM protocol WHERE number = ?", arguments: [number])
    }
  }

  // MARK: - Helpers

  func existingNumber(of id: String, in db: Database) throws -> Int64 {
    if let number = ProtocolID.number(of: id),
      try Bool.fetchOne(
        db, sql: "SELECT EXISTS (SELECT 1 FROM protocol WHERE number = ? AND headVersion > 0)",
        arguments: [number]) == true
    {
      return number
    }
    let known = try Int64.fetchAll(db, sql: "SELECT number FROM protocol").map(ProtocolID.make)
    throw StudyplanError.unknownProtocol(id, suggestion: Suggestion.closest(to: id, in: known))
  }

  /// Turns free text into an FTS5 query: each distinct word a prefix term, all words
  /// required; empty when the text has no word (``StoredVersionRules/searchWords(_:)``).
  static func ftsQuery(_ text: String) -> String {
    StoredVersionRules.searchWords(text).map { "\"\($0)\"*" }.joined(separator: " ")
  }
}

extension ProtocolStore {
  /// SQLite's own consistency check: `["ok"]` for a sound database, else what it found.
  public func integrityCheck() throws -> [String] {
    try read("check the store") { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
  }
}
