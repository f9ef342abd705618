import Foundation

/// The store every command works through: protocols and their immutable versions, kept drafts,
/// imported datasets.
///
/// Two implementations keep the same promises, checked by one conformance suite
/// (`Tests/StudyplanEndToEndTests/StoreConformanceTests.swift`): ``ProtocolStore`` (GRDB on a
/// SQLite file, the embedded default) and `PostgresStore` (the `StudyplanPostgres` target, a
/// team's database). Each method is one transaction; every failure is a ``StudyplanError``.
///
/// - A save names the version it started from (`expectedHead`); when another planner saved in
///   between, it is refused with ``StudyplanError/saveConflict(id:openedVersion:headVersion:)``,
///   never a lost update.
/// - A version never changes once saved; a final version is never superseded.
/// - Ids (`p1`) are never given out twice, also after a delete.
public protocol StudyplanStore: AnyObject, Sendable {
  /// How messages and `doctor` name the store: a file path, or a `postgres://` address without
  /// a password.
  var location: String { get }
  /// The file the store lives in, when it is one (not for a database server).
  var filePath: String? { get }
  /// What opening the store noticed (a loose file mode, a read-only file), shown as warnings.
  var notices: [StoreNotice] { get }
  /// Whether `list TEXT` searches a full-text index (else plain substrings).
  var hasFullTextSearch: Bool { get }

  /// Stores `document` as version 1 of a new protocol and returns it with its new id.
  func createProtocol(_ document: StudyProtocol, note: String, at date: Date) throws
    -> StoredVersion
  /// Stores `document` as the next version of protocol `id` when its latest version is still
  /// `expectedHead` and not final.
  func saveVersion(
    of id: String, _ document: StudyProtocol, expectedHead: Int, note: String, at date: Date
  ) throws -> StoredVersion
  /// The latest version of protocol `id`.
  func head(of id: String) throws -> StoredVersion
  /// The version `reference` names.
  func version(_ reference: VersionReference) throws -> StoredVersion
  /// Every protocol's latest version, newest first; with `text`, only those that match it.
  func list(matching text: String?) throws -> [ProtocolSummary]
  /// Every version of protocol `id`, oldest first.
  func history(of id: String) throws -> [VersionSummary]
  /// The ids of every protocol, in number order (for Tab completion).
  func protocolIDs() throws -> [String]
  /// Deletes protocol `id` with all its versions.
  func delete(_ id: String) throws
  /// The protocols whose first version names `id` as their source, for lineage views.
  func descendants(of id: String) throws -> [VersionSummary]

  /// Keeps `document` as the unsaved draft of `slot`, replacing the slot's previous draft.
  func autosave(slot: String, baseVersion: Int, _ document: StudyProtocol, at date: Date) throws
  /// Every kept draft, oldest first.
  func autosavedDrafts() throws -> [AutosavedDraft]
  /// Forgets the draft in `slot`, if any.
  func clearAutosave(slot: String) throws

  /// Stores a validated import; false when one with the same content hash is already stored.
  @discardableResult
  func saveImportedDataset(_ dataset: ImportedDataset, at date: Date) throws -> Bool
  /// Every stored import, oldest first (the frame applies them in this order).
  func importedDatasets() throws -> [ImportedDataset]

  /// What `doctor` reports; only reads, never writes or migrates.
  func health() throws -> StoreHealth

  /// Every protocol with every version, as stored, in number order (for `store copy`).
  func protocolRecords() throws -> [ProtocolRecord]
  /// Adds the versions in `records` in one transaction: a protocol the store lacks is made with
  /// the record's number; one it holds gets the versions after its latest (``StoreCopy`` has
  /// checked that the versions it holds are the record's first ones).
  func addProtocolRecords(_ records: [ProtocolRecord]) throws
}

extension StudyplanStore {
  /// Every protocol's latest version, newest first.
  public func list() throws -> [ProtocolSummary] { try list(matching: nil) }

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
}

/// One protocol as a store keeps it, for copying between stores: its number and every version's
/// stored text, so a copy is exact (the same ids, dates to the millisecond, document JSON).
public struct ProtocolRecord: Equatable, Sendable {
  /// The number behind its id (`p3` → 3).
  public var number: Int64
  /// When it was made, as the store writes dates (``StoreDate``).
  public var createdAt: String
  /// Its versions, oldest first, numbered from 1 without gaps.
  public var versions: [VersionRecord]

  public init(number: Int64, createdAt: String, versions: [VersionRecord]) {
    self.number = number
    self.createdAt = createdAt
    self.versions = versions
  }

  /// The protocol's id.
  public var id: String { ProtocolID.make(number) }
}

/// One stored version as text.
public struct VersionRecord: Equatable, Sendable {
  public var version: Int
  /// When it was saved, as the store writes dates.
  public var savedAt: String
  public var note: String
  /// The document's storage JSON (sorted keys, compact).
  public var document: String

  public init(version: Int, savedAt: String, note: String, document: String) {
    self.version = version
    self.savedAt = savedAt
    self.note = note
    self.document = document
  }
}

/// The rules every stored version keeps, whichever store keeps it.
package enum StoredVersionRules {
  /// The commands' ranges, and a note of bounded length.
  package static func validate(_ document: StudyProtocol, note: String) throws {
    try document.validate()
    if note.count > FreeText.maximumLength {
      throw StudyplanError.invalidProtocol(
        place: "note", reason: "holds \(note.count) characters; at most \(FreeText.maximumLength)")
    }
  }

  /// The most distinct words a search looks for; more make matching slow without narrowing a
  /// list of protocols any further.
  package static let maximumSearchTerms = 32

  /// The distinct words of a search (letters and digits; the first ``maximumSearchTerms``, each
  /// at most 100 characters); empty when the text has no word.
  package static func searchWords(_ text: String) -> [String] {
    var seen = Set<String>()
    var words: [String] = []
    var word = ""
    // One pass that stops once it has its words, so a long search is not read to its end.
    func take() {
      defer { word = "" }
      guard !word.isEmpty, seen.insert(word).inserted else { return }
      words.append(word)
    }
    for character in text {
      guard words.count < maximumSearchTerms else { break }
      if character.isLetter || character.isNumber {
        if word.count < 100 { word.append(character) }
      } else {
        take()
      }
    }
    if words.count < maximumSearchTerms { take() }
    return words
  }
}
