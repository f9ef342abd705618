import Foundation
import PostgresNIO
import StudyplanCore

extension PostgresStore {
  /// Every protocol this role can see with every version as stored, in number order.
  public func protocolRecords() throws -> [ProtocolRecord] {
    try perform("read every protocol") {
      try link.transaction { connection in
        // One snapshot for both reads, so a save in between cannot split a protocol.
        try link.run("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ", on: connection)
        var records: [ProtocolRecord] = []
        var index: [Int64: Int] = [:]
        for row in try link.rows(
          """
          SELECT number, \(unescaped: isoDate("created_at")) FROM protocol
          WHERE head_version > 0 ORDER BY number
          """, on: connection)
        {
          let (number, createdAt) = try row.decode((Int64, String).self)
          index[number] = records.count
          records.append(ProtocolRecord(number: number, createdAt: createdAt, versions: []))
        }
        for row in try link.rows(
          """
          SELECT protocol_number, version, \(unescaped: isoDate("saved_at")), note, document
          FROM protocol_version ORDER BY protocol_number, version
          """, on: connection)
        {
          let (number, version, savedAt, note, document) = try row.decode(
            (Int64, Int, String, String, String).self)
          guard let position = index[number] else { continue }
          records[position].versions.append(
            VersionRecord(version: version, savedAt: savedAt, note: note, document: document))
        }
        return records
      }
    }
  }

  /// Adds the versions in `records` in one transaction, keeping their numbers; the id sequence
  /// moves past the highest, so no id is given out twice.
  public func addProtocolRecords(_ records: [ProtocolRecord]) throws {
    try perform("copy protocols into it", savesVersion: true) {
      try link.transaction { connection in
        for record in records {
          let head = try link.rows(
            "SELECT head_version FROM protocol WHERE number = \(record.number)", on: connection
          ).first.map { try $0.decode(Int.self) }
          if head == nil {
            try link.run(
              """
              INSERT INTO protocol (number, created_at)
              VALUES (\(record.number), \(record.createdAt)::timestamptz)
              """, on: connection)
          }
          for version in record.versions where version.version > head ?? 0 {
            let reference = VersionReference(id: record.id, version: version.version)
            let document = try StudyProtocol.fromStorageJSON(version.document, reference: reference)
            try insertVersion(
              of: record.number, version: version.version, document, json: version.document,
              note: version.note, savedAt: version.savedAt, on: connection)
          }
        }
        let highest = records.map(\.number).max() ?? 0
        try link.run(
          """
          SELECT setval('protocol_number_seq', \(highest))
          WHERE \(highest) > (SELECT last_value FROM protocol_number_seq)
          """, on: connection)
      }
    }
  }
}
