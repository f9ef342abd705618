import Foundation
import GRDB

extension ProtocolStore {
  /// The protocols whose versions name `id` as their source, for lineage views.
  public func descendants(of id: String) throws -> [VersionSummary] {
    try read("read the lineage of '\(id)'") { db in
      let pattern = "\(id.lowercased())@%"
      return try Row.fetchAll(
        db,
        sql: """
          SELECT protocolNumber, version, savedAt, note, status, title FROM protocolVersion
          WHERE version = 1 AND (clonedFrom LIKE ? OR followUpOf LIKE ?)
          ORDER BY protocolNumber
          """,
        arguments: [pattern, pattern]
      ).map { row in
        VersionSummary(
          reference: VersionReference(id: ProtocolID.make(row["protocolNumber"]), version: 1),
          savedAt: StoreDate.date(row["savedAt"]), note: row["note"],
          status: ProtocolStatus(rawValue: row["status"]) ?? .draft, title: row["title"])
      }
    }
  }
}
