import Foundation

/// Copies every protocol, with every version and its lineage, and the imported datasets from
/// one store into another (`store copy`).
///
/// Ids are kept (lineage names versions by id), and so are dates, notes and the documents'
/// stored JSON, so the copy's exports are byte for byte the original's. Running it twice
/// changes nothing the second time. A protocol the target already holds is left as it is when
/// its versions are the source's first ones (the newer ones are added); when they differ, the
/// copy is refused before anything is written.
public enum StoreCopy {
  /// What a copy did.
  public struct Report: Equatable, Sendable {
    /// Protocols the target did not hold.
    public var newProtocols: [String] = []
    /// Protocols the target held an older part of, now brought up to date.
    public var extendedProtocols: [String] = []
    /// Protocols the target already held whole.
    public var unchangedProtocols = 0
    /// Versions written to the target.
    public var versionsCopied = 0
    /// Imported datasets the target did not hold.
    public var datasetsCopied = 0
  }

  /// Copies `source` into `target`; `date` dates the datasets the target did not hold.
  public static func copy(
    from source: any StudyplanStore, to target: any StudyplanStore, at date: Date
  )
    throws -> Report
  {
    let held = Dictionary(
      try target.protocolRecords().map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
    var report = Report()
    var additions: [ProtocolRecord] = []
    for record in try source.protocolRecords() {
      guard let existing = held[record.number] else {
        report.newProtocols.append(record.id)
        report.versionsCopied += record.versions.count
        additions.append(record)
        continue
      }
      if let reason = difference(between: record, and: existing) {
        throw StudyplanError.storeCopyRefused(id: record.id, reason: reason)
      }
      let missing = record.versions.dropFirst(existing.versions.count)
      if missing.isEmpty {
        report.unchangedProtocols += 1
      } else {
        report.extendedProtocols.append(record.id)
        report.versionsCopied += missing.count
        additions.append(
          ProtocolRecord(
            number: record.number, createdAt: record.createdAt, versions: Array(missing)))
      }
    }
    if !additions.isEmpty { try target.addProtocolRecords(additions) }
    for dataset in try source.importedDatasets()
    where try target.saveImportedDataset(dataset, at: date) {
      report.datasetsCopied += 1
    }
    return report
  }

  /// Why the target's copy of a protocol is not an older part of the source's; `nil` when it is.
  static func difference(between source: ProtocolRecord, and held: ProtocolRecord) -> String? {
    if held.versions.count > source.versions.count {
      return "the target holds \(held.versions.count) versions, the source"
        + " \(source.versions.count)"
    }
    for (mine, theirs) in zip(source.versions, held.versions) where mine != theirs {
      let reference = VersionReference(id: source.id, version: mine.version)
      let what =
        mine.document != theirs.document
        ? "content" : mine.note != theirs.note ? "note" : "date"
      return "version \(reference) differs in its \(what)"
    }
    return nil
  }
}
