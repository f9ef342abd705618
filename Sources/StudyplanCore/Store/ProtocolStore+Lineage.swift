import Foundation
import GRDB

extension ProtocolStore {
  /// Saves a copy of version `source` as version 1 of a new protocol titled `title`.
  ///
  /// The copy is a draft that records where it came from: `clonedFrom`, or `followUpOf` when the
  /// new protocol is a follow-up study of the source.
  public func cloneProtocol(
    _ source: VersionReference, title: String, asFollowUp: Bool, at date: Date
  ) throws -> StoredVersion {
    var document = try version(source).document
    document.title = title
    document.status = .draft
    document.lineage =
      asFollowUp
      ? Lineage(clonedFrom: nil, followUpOf: source) : Lineage(clonedFrom: source, followUpOf: nil)
    // A follow-up's fieldwork is its own: the baseline's log and figures stay with the
    // baseline, which the follow-up's methods text reads through the lineage.
    if asFollowUp { document.fieldwork = nil }
    let note = asFollowUp ? "follow-up of \(source)" : "cloned from \(source)"
    return try createProtocol(document, note: note, at: date)
  }

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
