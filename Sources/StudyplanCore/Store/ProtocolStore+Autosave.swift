import Foundation
import GRDB

/// An unsaved draft the REPL kept in case the session ended without saving.
public struct AutosavedDraft: Equatable, Sendable {
  /// The slot: the protocol's id, or `new` for a protocol never saved.
  public var slot: String
  /// The store's latest version when the draft was made (0 for a new protocol).
  public var baseVersion: Int
  /// When it was kept.
  public var savedAt: Date
  /// The draft itself.
  public var document: StudyProtocol
}

extension ProtocolStore {
  /// Keeps `document` as the unsaved draft of `slot`, replacing the slot's previous draft.
  public func autosave(slot: String, baseVersion: Int, _ document: StudyProtocol, at date: Date)
    throws
  {
    let json = try StudyProtocol.storageJSON(document)
    try write("keep the unsaved draft") { db in
      try db.execute(
        sql: """
          INSERT INTO autosave (slot, baseVersion, savedAt, document) VALUES (?, ?, ?, ?)
          ON CONFLICT(slot) DO UPDATE SET
            baseVersion = excluded.baseVersion, savedAt = excluded.savedAt,
            document = excluded.document
          """,
        arguments: [slot, baseVersion, StoreDate.string(date), json])
    }
  }

  /// Every kept draft, oldest first.
  public func autosavedDrafts() throws -> [AutosavedDraft] {
    try read("read unsaved drafts") { db in
      try Row.fetchAll(
        db, sql: "SELECT slot, baseVersion, savedAt, document FROM autosave ORDER BY savedAt"
      )
      .compactMap { row in
        let slot: String = row["slot"]
        guard
          let document = try? StudyProtocol.fromStorageJSON(
            row["document"], reference: VersionReference(id: slot, version: 0))
        else { return nil }
        return AutosavedDraft(
          slot: slot, baseVersion: row["baseVersion"], savedAt: StoreDate.date(row["savedAt"]),
          document: document)
      }
    }
  }

  /// Forgets the draft in `slot`, if any.
  public func clearAutosave(slot: String) throws {
    try write("clear the unsaved draft") { db in
      try db.execute(sql: "DELETE FROM autosave WHERE slot = ?", arguments: [slot])
    }
  }
}
