import Foundation
import GRDB

/// The SQLite store that keeps every protocol and every version of it.
///
/// One value wraps the database and exposes named, invariant-keeping operations, each one
/// transaction. Versions are immutable: a save adds a version, never changes one. Storage
/// errors are translated here into ``StudyplanError`` cases a researcher can read.
///
/// ```swift
/// let store = try ProtocolStore(path: "/tmp/plans.sqlite")
/// let first = try store.createProtocol(StudyProtocol(title: "Reform follow-up"), note: "", at: .now)
/// print(first.reference)  // p1@1
/// ```
public final class ProtocolStore: Sendable {
  let writer: any DatabaseWriter
  /// Where the store lives, for messages; `:memory:` for an in-memory store.
  public let path: String

  /// Opens (creating when missing, with mode 0600) the store at `path` and migrates it.
  public init(path: String) throws {
    self.path = path
    do {
      try Self.createFileIfMissing(at: path)
      var configuration = Configuration()
      configuration.journalMode = .wal
      configuration.busyMode = .timeout(10)
      configuration.label = "studyplan"
      writer = try DatabaseQueue(path: path, configuration: configuration)
      try Self.migrator.migrate(writer)
    } catch let error as StudyplanError {
      throw error
    } catch let error as DatabaseError where error.message?.contains("unknown migration") == true {
      throw StudyplanError.storeTooNew(path: path)
    } catch {
      throw StudyplanError.storeUnavailable(path: path, reason: Self.reason(for: error))
    }
  }

  /// An empty store in memory, for tests and previews.
  public init() throws {
    path = ":memory:"
    writer = try DatabaseQueue()
    try Self.migrator.migrate(writer)
  }

  private static func createFileIfMissing(at path: String) throws {
    let url = URL(fileURLWithPath: path)
    let manager = FileManager.default
    guard !manager.fileExists(atPath: path) else { return }
    try manager.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o700])
    guard manager.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
    else {
      throw StudyplanError.storeUnavailable(path: path, reason: "the file could not be created")
    }
  }

  // MARK: - Error translation

  /// Runs `body` in a write transaction, translating storage errors for `operation`.
  func write<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
    do {
      return try writer.write(body)
    } catch let error as StudyplanError {
      throw error
    } catch {
      throw StudyplanError.storeFailure(operation: operation, reason: Self.reason(for: error))
    }
  }

  /// Runs `body` in a read, translating storage errors for `operation`.
  func read<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
    do {
      return try writer.read(body)
    } catch let error as StudyplanError {
      throw error
    } catch {
      throw StudyplanError.storeFailure(operation: operation, reason: Self.reason(for: error))
    }
  }

  /// A plain-language reason for a storage failure; never SQLite's numeric codes.
  static func reason(for error: any Error) -> String {
    guard let error = error as? DatabaseError else {
      return (error as NSError).localizedDescription
    }
    switch error.resultCode {
    case .SQLITE_BUSY, .SQLITE_LOCKED:
      return "another studyplan is writing to it; try again in a moment"
    case .SQLITE_READONLY, .SQLITE_PERM:
      return "it is read-only for this user"
    case .SQLITE_CANTOPEN:
      return "the file or its folder cannot be opened"
    case .SQLITE_CORRUPT, .SQLITE_NOTADB:
      return "the file is damaged or is not a studyplan store"
    case .SQLITE_FULL:
      return "the disk is full"
    case .SQLITE_IOERR:
      return "the disk reported an input/output error"
    case .SQLITE_CONSTRAINT:
      return "the change would break the store's rules (\(error.message ?? "constraint"))"
    default:
      return error.message ?? "unexpected storage failure"
    }
  }
}
