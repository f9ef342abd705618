import Foundation
import GRDB

extension ProtocolStore {
  /// Every protocol with every version as stored, in number order (for `store copy`).
  public func protocolRecords() throws -> [ProtocolRecord] {
    try read("read every protocol") { db in
      var records: [ProtocolRecord] = []
      var index: [Int64: Int] = [:]
      for row in try Row.fetchAll(
        db, sql: "SELECT number, createdAt FROM protocol WHERE headVersion > 0 ORDER BY number")
      {
        index[row[0]] = records.count
        records.append(ProtocolRecord(number: row[0], createdAt: row[1], versions: []))
      }
      let rows = try Row.fetchCursor(
        db,
        sql: "SELECT protocolNumber, version, savedAt, note, document FROM protocolVersion"
          + " ORDER BY protocolNumber, version")
      while let row = try rows.next() {
        guard let position = index[row[0]] else { continue }
        records[position].versions.append(
          VersionRecord(version: row[1], savedAt: row[2], note: row[3], document: row[4]))
      }
      return records
    }
  }

  /// Adds the versions in `records` in one transaction (see ``StudyplanStore``).
  public func addProtocolRecords(_ records: [ProtocolRecord]) throws {
    try write("copy protocols into it") { db in
      for record in records {
        let head =
          try Int.fetchOne(
            db, sql: "SELECT headVersion FROM protocol WHERE number = ?",
            arguments: [record.number])
        if head == nil {
          try db.execute(
            sql: "INSERT INTO protocol (number, createdAt, headVersion) VALUES (?, ?, 0)",
            arguments: [record.number, record.createdAt])
        }
        for version in record.versions where version.version > head ?? 0 {
          let document = try StudyProtocol.fromStorageJSON(
            version.document, reference: VersionReference(id: record.id, version: version.version))
          _ = try insertVersion(
            of: record.number, version: version.version, document, json: version.document,
            note: version.note, savedAt: version.savedAt, in: db)
        }
      }
    }
  }
}
