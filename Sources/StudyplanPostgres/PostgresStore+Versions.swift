import Foundation
import PostgresNIO
import StudyplanCore

/// A timestamp as the store writes dates (``StoreDate``): UTC, milliseconds, so a copy between
/// stores keeps every date to the character.
func isoDate(_ column: String) -> String {
  "to_char(\(column) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"
}

extension PostgresStore {
  // MARK: - Saving

  public func createProtocol(_ document: StudyProtocol, note: String, at date: Date) throws
    -> StoredVersion
  {
    try StoredVersionRules.validate(document, note: note)
    let json = try StudyProtocol.storageJSON(document)
    return try perform("save the new protocol", savesVersion: true) {
      try link.transaction { connection in
        let number =
          try link.rows(
            "INSERT INTO protocol (created_at) VALUES (\(StoreDate.string(date))::timestamptz) RETURNING number",
            on: connection
          ).first.map { try $0.decode(Int64.self) } ?? 0
        try insertVersion(
          of: number, version: 1, document, json: json, note: note,
          savedAt: StoreDate.string(date), on: connection)
        return StoredVersion(
          reference: VersionReference(id: ProtocolID.make(number), version: 1), savedAt: date,
          note: note, document: document)
      }
    }
  }

  public func saveVersion(
    of id: String, _ document: StudyProtocol, expectedHead: Int, note: String, at date: Date
  ) throws -> StoredVersion {
    try StoredVersionRules.validate(document, note: note)
    let json = try StudyProtocol.storageJSON(document)
    return try perform("save protocol '\(id)'", savesVersion: true) {
      try link.transaction { connection in
        // The row lock makes a second saver wait here, then read the head the first one left.
        let row = try ProtocolID.number(of: id).flatMap { number in
          try link.rows(
            """
            SELECT number, head_version, head_status FROM protocol
            WHERE number = \(number) AND head_version > 0 FOR UPDATE
            """, on: connection
          ).first
        }
        guard let row else {
          if ProtocolID.number(of: id) != nil { throw StudyplanError.protocolDeleted(id) }
          throw try unknownProtocol(id, on: connection)
        }
        let (number, head, status) = try row.decode((Int64, Int, String).self)
        guard head == expectedHead else {
          throw StudyplanError.saveConflict(id: id, openedVersion: expectedHead, headVersion: head)
        }
        if status == ProtocolStatus.final.rawValue {
          throw StudyplanError.finalVersion(VersionReference(id: id, version: head))
        }
        try insertVersion(
          of: number, version: head + 1, document, json: json, note: note,
          savedAt: StoreDate.string(date), on: connection)
        return StoredVersion(
          reference: VersionReference(id: ProtocolID.make(number), version: head + 1),
          savedAt: date, note: note, document: document)
      }
    }
  }

  /// Inserts one version and makes it the head, with the search text, in the caller's
  /// transaction.
  func insertVersion(
    of number: Int64, version: Int, _ document: StudyProtocol, json: String, note: String,
    savedAt: String, on connection: PostgresConnection
  ) throws {
    let model = document.model.map { Int($0.model.rawValue) }
    let questions = document.searchableQuestionText
    try link.run(
      """
      INSERT INTO protocol_version (protocol_number, version, team, saved_at, note, status, title,
        purpose, model, question_ids, cloned_from, follow_up_of, document)
      SELECT number, \(version), team, \(savedAt)::timestamptz, \(note), \(document.status.rawValue),
        \(document.title), \(document.purpose), \(model), \(questions),
        \(document.lineage.clonedFrom?.description), \(document.lineage.followUpOf?.description),
        \(json)
      FROM protocol WHERE number = \(number)
      """, on: connection)
    try link.run(
      """
      UPDATE protocol SET head_version = \(version), head_title = \(document.title),
        head_status = \(document.status.rawValue), head_model = \(model),
        head_saved_at = \(savedAt)::timestamptz,
        search = studyplan_search_vector(\(document.title), \(document.purpose), \(questions))
      WHERE number = \(number)
      """, on: connection)
  }

  // MARK: - Reading

  public func head(of id: String) throws -> StoredVersion {
    try perform("open protocol '\(id)'") {
      let connection = try link.live()
      let (number, head) = try existing(id, on: connection)
      return try fetchVersion(number, VersionReference(id: id, version: head), on: connection)
    }
  }

  public func version(_ reference: VersionReference) throws -> StoredVersion {
    try perform("open protocol '\(reference)'") {
      let connection = try link.live()
      let (number, _) = try existing(reference.id, on: connection)
      return try fetchVersion(number, reference, on: connection)
    }
  }

  private func fetchVersion(
    _ number: Int64, _ reference: VersionReference, on connection: PostgresConnection
  ) throws -> StoredVersion {
    let rows = try link.rows(
      """
      SELECT \(unescaped: isoDate("saved_at")), note, document FROM protocol_version
      WHERE protocol_number = \(number) AND version = \(reference.version)
      """, on: connection)
    guard let row = rows.first else {
      let (_, head) = try existing(reference.id, on: connection)
      throw StudyplanError.unknownVersion(reference, latest: head)
    }
    let (savedAt, note, json) = try row.decode((String, String, String).self)
    return StoredVersion(
      reference: reference, savedAt: StoreDate.date(savedAt), note: note,
      document: try StudyProtocol.fromStorageJSON(json, reference: reference))
  }

  public func list(matching text: String? = nil) throws -> [ProtocolSummary] {
    try perform("list protocols") {
      var query: PostgresQuery = """
        SELECT number, head_version, head_title, head_status, head_model,
          \(unescaped: isoDate("head_saved_at"))
        FROM protocol WHERE head_version > 0
        ORDER BY head_saved_at DESC, number DESC
        """
      if let text, !text.trimmingCharacters(in: .whitespaces).isEmpty {
        let words = StoredVersionRules.searchWords(text)
        // Punctuation only ("?"): no word to look for, so nothing matches.
        guard !words.isEmpty else { return [] }
        query = """
          SELECT number, head_version, head_title, head_status, head_model,
            \(unescaped: isoDate("head_saved_at"))
          FROM protocol WHERE head_version > 0 AND search @@ studyplan_search_query(\(words))
          ORDER BY head_saved_at DESC, number DESC
          """
      }
      return try link.rows(query).map { row in
        let (number, head, title, status, model, savedAt) = try row.decode(
          (Int64, Int, String, String, Int?, String).self)
        return ProtocolSummary(
          id: ProtocolID.make(number), title: title, headVersion: head,
          status: ProtocolStatus(rawValue: status) ?? .draft,
          model: model.flatMap(StudyModel.init(rawValue:)), savedAt: StoreDate.date(savedAt))
      }
    }
  }

  public func history(of id: String) throws -> [VersionSummary] {
    try perform("read the history of '\(id)'") {
      let connection = try link.live()
      let (number, _) = try existing(id, on: connection)
      return try link.rows(
        """
        SELECT version, \(unescaped: isoDate("saved_at")), note, status, title, saved_by
        FROM protocol_version WHERE protocol_number = \(number) ORDER BY version
        """, on: connection
      ).map { row in
        let (version, savedAt, note, status, title, savedBy) = try row.decode(
          (Int, String, String, String, String, String).self)
        var summary = VersionSummary(
          reference: VersionReference(id: id, version: version), savedAt: StoreDate.date(savedAt),
          note: note, status: ProtocolStatus(rawValue: status) ?? .draft, title: title)
        summary.savedBy = savedBy
        return summary
      }
    }
  }

  public func protocolIDs() throws -> [String] {
    try perform("list protocol ids") {
      try link.rows("SELECT number FROM protocol WHERE head_version > 0 ORDER BY number").map {
        ProtocolID.make(try $0.decode(Int64.self))
      }
    }
  }

  public func delete(_ id: String) throws {
    try perform("delete protocol '\(id)'") {
      try link.transaction { connection in
        let (number, _) = try existing(id, on: connection)
        try link.run("DELETE FROM protocol WHERE number = \(number)", on: connection)
      }
    }
  }

  public func descendants(of id: String) throws -> [VersionSummary] {
    try perform("read the lineage of '\(id)'") {
      let pattern = "\(id.lowercased())@%"
      return try link.rows(
        """
        SELECT protocol_number, \(unescaped: isoDate("saved_at")), note, status, title
        FROM protocol_version
        WHERE version = 1 AND (cloned_from LIKE \(pattern) OR follow_up_of LIKE \(pattern))
        ORDER BY protocol_number
        """
      ).map { row in
        let (number, savedAt, note, status, title) = try row.decode(
          (Int64, String, String, String, String).self)
        return VersionSummary(
          reference: VersionReference(id: ProtocolID.make(number), version: 1),
          savedAt: StoreDate.date(savedAt), note: note,
          status: ProtocolStatus(rawValue: status) ?? .draft, title: title)
      }
    }
  }

  // MARK: - Helpers

  /// The number and head version of protocol `id`, or ``StudyplanError/unknownProtocol`` with
  /// the closest id this role can see.
  func existing(_ id: String, on connection: PostgresConnection) throws -> (Int64, Int) {
    if let number = ProtocolID.number(of: id),
      let row = try link.rows(
        "SELECT number, head_version FROM protocol WHERE number = \(number) AND head_version > 0",
        on: connection
      ).first
    {
      return try row.decode((Int64, Int).self)
    }
    throw try unknownProtocol(id, on: connection)
  }

  func unknownProtocol(_ id: String, on connection: PostgresConnection) throws -> StudyplanError {
    let known = try link.rows(
      "SELECT number FROM protocol WHERE head_version > 0 ORDER BY number", on: connection
    ).map { ProtocolID.make(try $0.decode(Int64.self)) }
    return StudyplanError.unknownProtocol(id, suggestion: Suggestion.closest(to: id, in: known))
  }
}
