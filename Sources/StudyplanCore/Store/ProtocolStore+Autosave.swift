import Foundation
import GRDB

/// An unsaved draft the REPL kept in case the session ended without saving.
public struct AutosavedDraft: Equatable, Sendable {
  /// The slot: the protocol's id, or `new` for a protocol never saved, then `#` and the
  /// session that kept it (``sessionSlot(for:session:)``), so sessions running side by side
  /// never overwrite each other's drafts. Stores from before had no session part.
  public var slot: String
  /// The store's latest version when the draft was made (0 for a new protocol).
  public var baseVersion: Int
  /// When it was kept.
  public var savedAt: Date
  /// The draft itself.
  public var document: StudyProtocol

  public init(slot: String, baseVersion: Int, savedAt: Date, document: StudyProtocol) {
    self.slot = slot
    self.baseVersion = baseVersion
    self.savedAt = savedAt
    self.document = document
  }

  /// The slot for `protocolID` (`nil` for a protocol never saved) kept by `session`.
  public static func sessionSlot(for protocolID: String?, session: String) -> String {
    "\(protocolID ?? "new")#\(session)"
  }

  /// The protocol the draft belongs to; `nil` for one never saved.
  public var protocolID: String? {
    let id = slot.split(separator: "#", maxSplits: 1).first.map(String.init) ?? slot
    return id == "new" ? nil : id
  }

  /// The session that kept it (`nil` for a draft from before sessions had their own slots).
  public var session: String? { Self.session(ofSlot: slot) }

  /// The session part of a slot (`p1#4242-17` → `4242-17`); `nil` for a slot without one.
  public static func session(ofSlot slot: String) -> String? {
    let parts = slot.split(separator: "#", maxSplits: 1)
    return parts.count == 2 ? String(parts[1]) : nil
  }
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
