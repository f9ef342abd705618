import Foundation
import GRDB

extension ProtocolStore {
  /// Stores a validated import in one transaction.
  ///
  /// - Returns: false when a dataset with the same content hash is already stored (nothing
  ///   changes).
  @discardableResult
  public func saveImportedDataset(_ dataset: ImportedDataset, at date: Date) throws -> Bool {
    let payload = try dataset.storagePayload()
    return try write("store the import of '\(dataset.fileName)'") { db in
      let exists =
        try Bool.fetchOne(
          db, sql: "SELECT 1 FROM importedDataset WHERE sha256 = ?",
          arguments: [dataset.version.sha256]) ?? false
      guard !exists else { return false }
      try db.execute(
        sql: """
          INSERT INTO importedDataset (id, kind, label, sha256, fileName, importedAt, payload)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          dataset.version.id, dataset.kind.rawValue, dataset.version.label,
          dataset.version.sha256, dataset.fileName, StoreDate.string(date), payload,
        ])
      return true
    }
  }

  /// Every stored import, oldest first (the frame applies them in this order).
  public func importedDatasets() throws -> [ImportedDataset] {
    try read("read the imported datasets") { db in
      let payloads = try String.fetchAll(
        db, sql: "SELECT payload FROM importedDataset ORDER BY importedAt, rowid")
      return try payloads.map {
        try JSONDecoder().decode(ImportedDataset.self, from: Data($0.utf8))
      }
    }
  }
}
