import Foundation

/// One saved, immutable version of a protocol.
public struct StoredVersion: Equatable, Sendable {
  /// Which protocol and version this is.
  public var reference: VersionReference
  /// When it was saved.
  public var savedAt: Date
  /// The planner's change note for this version.
  public var note: String
  /// The whole protocol as saved.
  public var document: StudyProtocol

  public init(reference: VersionReference, savedAt: Date, note: String, document: StudyProtocol) {
    self.reference = reference
    self.savedAt = savedAt
    self.note = note
    self.document = document
  }
}

/// A line of `list`: a protocol and its latest version.
public struct ProtocolSummary: Equatable, Sendable {
  /// The protocol's short id.
  public var id: String
  /// The latest version's title.
  public var title: String
  /// The latest version number.
  public var headVersion: Int
  /// The latest version's status.
  public var status: ProtocolStatus
  /// The latest version's study model, when chosen.
  public var model: StudyModel?
  /// When the latest version was saved.
  public var savedAt: Date

  public init(
    id: String, title: String, headVersion: Int, status: ProtocolStatus, model: StudyModel?,
    savedAt: Date
  ) {
    self.id = id
    self.title = title
    self.headVersion = headVersion
    self.status = status
    self.model = model
    self.savedAt = savedAt
  }
}

/// A line of `history`: one version of a protocol.
public struct VersionSummary: Equatable, Sendable {
  /// Which version.
  public var reference: VersionReference
  /// When it was saved.
  public var savedAt: Date
  /// Its change note.
  public var note: String
  /// Its status.
  public var status: ProtocolStatus
  /// Its title.
  public var title: String
  /// The database role that saved it, where the store records one (a team's PostgreSQL store);
  /// `nil` in a SQLite file, which one planner keeps.
  public var savedBy: String?

  public init(
    reference: VersionReference, savedAt: Date, note: String, status: ProtocolStatus,
    title: String, savedBy: String? = nil
  ) {
    self.reference = reference
    self.savedAt = savedAt
    self.note = note
    self.status = status
    self.title = title
    self.savedBy = savedBy
  }
}
