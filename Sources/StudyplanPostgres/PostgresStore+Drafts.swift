import Foundation
import PostgresNIO
import StudyplanCore

extension PostgresStore {
  // MARK: - Drafts

  /// Keeps the draft on the server, for this role only; while the server cannot be reached, in
  /// the SQLite file on this machine instead (offered back by the next session as usual).
  public func autosave(slot: String, baseVersion: Int, _ document: StudyProtocol, at date: Date)
    throws
  {
    let json = try StudyProtocol.storageJSON(document)
    let number = AutosavedDraft(
      slot: slot, baseVersion: baseVersion, savedAt: date, document: document
    ).protocolID.flatMap(ProtocolID.number(of:))
    let keepLocally = { [self] in
      guard let local = try localStore() else {
        throw StudyplanError.storeFailure(
          operation: "keep the unsaved draft", reason: "the server cannot be reached")
      }
      try local.autosave(slot: slot, baseVersion: baseVersion, document, at: date)
    }
    try perform("keep the unsaved draft", offline: keepLocally) {
      try link.run(
        """
        INSERT INTO autosave (slot, protocol_number, base_version, saved_at, document)
        SELECT \(slot), (SELECT number FROM protocol WHERE number = \(number)), \(baseVersion),
          \(StoreDate.string(date))::timestamptz, \(json)
        ON CONFLICT (owner, slot) DO UPDATE SET
          protocol_number = excluded.protocol_number, base_version = excluded.base_version,
          saved_at = excluded.saved_at, document = excluded.document
        """)
      // Sent to the server: a copy kept here while it was away is no longer needed.
      try? localStore()?.clearAutosave(slot: slot)
    }
  }

  /// This role's drafts on the server and those kept on this machine, oldest first; only the
  /// local ones while the server cannot be reached.
  public func autosavedDrafts() throws -> [AutosavedDraft] {
    let local = (try? localStore()?.autosavedDrafts()) ?? []
    let noneWhileAway: () -> [AutosavedDraft] = { [] }
    let remote = try perform("read unsaved drafts", offline: noneWhileAway) {
      try link.rows(
        """
        SELECT slot, base_version, \(unescaped: isoDate("saved_at")), document FROM autosave
        WHERE owner = current_user ORDER BY saved_at
        """
      ).compactMap { row in
        let (slot, base, savedAt, json) = try row.decode((String, Int, String, String).self)
        guard
          let document = try? StudyProtocol.fromStorageJSON(
            json, reference: VersionReference(id: slot, version: 0))
        else { return nil }
        return AutosavedDraft(
          slot: slot, baseVersion: base, savedAt: StoreDate.date(savedAt), document: document)
      }
    }
    return (remote + local).sorted { $0.savedAt < $1.savedAt }
  }

  public func clearAutosave(slot: String) throws {
    try? localStore()?.clearAutosave(slot: slot)
    // While the server is away it holds no newer draft of this slot than it had; the next
    // clear of the slot removes that one.
    let nothingWhileAway: () -> Void = {}
    try perform("clear the unsaved draft", offline: nothingWhileAway) {
      try link.run("DELETE FROM autosave WHERE owner = current_user AND slot = \(slot)")
    }
  }

  /// The SQLite store on this machine for drafts, when this process has one.
  private func localStore() throws -> ProtocolStore? {
    try localDrafts.withLockedValue { try $0.open() }
  }

  // MARK: - Imported datasets

  @discardableResult
  public func saveImportedDataset(_ dataset: ImportedDataset, at date: Date) throws -> Bool {
    let payload = try dataset.storagePayload()
    return try perform("store the import of '\(dataset.fileName)'") {
      try link.run(
        """
        INSERT INTO imported_dataset (id, kind, label, sha256, file_name, imported_at, payload)
        VALUES (\(dataset.version.id), \(dataset.kind.rawValue), \(dataset.version.label),
          \(dataset.version.sha256), \(dataset.fileName), \(StoreDate.string(date))::timestamptz,
          \(payload))
        ON CONFLICT DO NOTHING
        """) == 1
    }
  }

  public func importedDatasets() throws -> [ImportedDataset] {
    try perform("read the imported datasets") {
      try link.rows("SELECT payload FROM imported_dataset ORDER BY imported_at, position").map {
        try JSONDecoder().decode(ImportedDataset.self, from: Data(try $0.decode(String.self).utf8))
      }
    }
  }
}
