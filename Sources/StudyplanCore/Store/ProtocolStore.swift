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
public final class ProtocolStore: StudyplanStore {
  let writer: any DatabaseWriter
  /// Where the store lives, for messages; `:memory:` for an in-memory store.
  public let path: String

  /// What opening the store noticed and did about it (a loose mode tightened, a read-only
  /// file), for the REPL to show as warnings.
  public let notices: [StoreNotice]
  /// Whether the store was opened read-only (the file is not writable for this user).
  public let isReadOnly: Bool

  public var location: String { path }
  public var filePath: String? { path == ":memory:" ? nil : path }

  /// Opens the store at `path`, creating it when missing, and migrates it when it needs it.
  ///
  /// - A missing folder is made with mode 0700 and a missing file with `O_CREAT|O_EXCL` and
  ///   mode 0600: never written beside and renamed, so a process that comes second opens the
  ///   file the first one made instead of swapping an empty one in under it.
  /// - Migrations run in one immediate transaction (see ``migrate(_:)``); a store that needs
  ///   none is only read, so opening never waits for another process's write.
  /// - A store written by a newer studyplan (a migration or `user_version` this build does not
  ///   know) is refused with ``StudyplanError/storeTooNew(path:)`` and left untouched.
  /// - A file this user cannot write is opened read-only; a file others can read is made 0600
  ///   when this user owns it (docs/decisions/0008-store-file-safety.md).
  /// - `:memory:` is an in-memory store, not a file of that name.
  /// - With `createsFolders` false (a path the user typed), a missing folder is an error naming
  ///   it: a typo never leaves folders and a store behind.
  public convenience init(path: String, createsFolders: Bool = true) throws {
    if path == ":memory:" {
      try self.init()
      return
    }
    do {
      var notices: [StoreNotice] = []
      try Self.createFileIfMissing(at: path, createsFolders: createsFolders)
      if let notice = try Self.tightenPermissions(at: path) { notices.append(notice) }
      let readOnly = access(path, W_OK) != 0
      if readOnly { notices.append(.readOnly(path: path)) }
      var configuration = Configuration()
      configuration.readonly = readOnly
      // The journal mode is set once, when the store is made (see `prepare`): asking for WAL on
      // every open makes GRDB write to a store whose WAL file is empty.
      configuration.journalMode = .default
      configuration.busyMode = .timeout(10)
      configuration.label = "studyplan"
      configuration.prepareDatabase { db in
        if !db.configuration.readonly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
      }
      var queue: DatabaseQueue
      do {
        queue = try DatabaseQueue(path: path, configuration: configuration)
        try Self.prepare(queue, path: path, readOnly: readOnly)
      } catch let error as DatabaseError where readOnly {
        // A write-ahead-log store in a folder this user cannot write either: SQLite cannot
        // make the shared-memory file a reader needs, so the file is read as it stands
        // (`immutable=1`), which is what a read-only user can see of it anyway.
        guard [.SQLITE_CANTOPEN, .SQLITE_READONLY].contains(error.resultCode) else { throw error }
        queue = try DatabaseQueue(path: Self.immutableURI(path), configuration: configuration)
        try Self.prepare(queue, path: path, readOnly: readOnly)
      }
      self.init(path: path, writer: queue, notices: notices, isReadOnly: readOnly)
    } catch let error as StudyplanError {
      throw error
    } catch {
      throw StudyplanError.storeUnavailable(path: path, reason: Self.reason(for: error))
    }
  }

  /// An empty store in memory, for tests and previews.
  public convenience init() throws {
    let queue = try DatabaseQueue()
    try queue.writeWithoutTransaction { db in
      try db.inTransaction(.immediate) {
        try Self.migrate(db)
        return .commit
      }
    }
    self.init(path: ":memory:", writer: queue, notices: [], isReadOnly: false)
  }

  private init(path: String, writer: any DatabaseWriter, notices: [StoreNotice], isReadOnly: Bool) {
    self.path = path
    self.writer = writer
    self.notices = notices
    self.isReadOnly = isReadOnly
  }

  /// Closes the connection now, as freeing the store would (SQLite ends its write-ahead log
  /// and removes the `-wal` and `-shm` files); every later use of the store fails. For a
  /// process about to exit, which then need not free it. `false` when SQLite cannot close it
  /// yet (a statement still open): it stays open, and freeing the store closes it as before.
  public func closeNow() -> Bool {
    do {
      try writer.close()
      return true
    } catch {
      // Not a failure the user hears about: the connection stays open and closes when freed.
      return false
    }
  }

  /// Whether a newer studyplan wrote the store (a migration this build does not know, or a
  /// higher `user_version` than the migrations it knows), and whether every migration this
  /// build knows has run: what GRDB's `hasBeenSuperseded` and `hasCompletedMigrations` answer,
  /// read with two plain queries, since asking GRDB whether a table exists loads its whole
  /// schema cache, which cost a fifth of a one-shot `list`.
  private static func migrationState(_ db: Database) throws -> (superseded: Bool, complete: Bool) {
    let known = migrations.map { $0.0 }
    let userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
    let hasBookkeeping =
      try Bool.fetchOne(
        db,
        sql: """
          SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table'
            AND name = 'grdb_migrations' COLLATE NOCASE)
          """) ?? false
    guard hasBookkeeping else { return (userVersion > known.count, false) }
    let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
    let superseded = applied.contains { !known.contains($0) } || userVersion > known.count
    return (superseded, known.allSatisfy { applied.contains($0) })
  }

  /// Refuses a superseded store, and migrates one that needs it; reads only when it needs none.
  private static func prepare(_ queue: DatabaseQueue, path: String, readOnly: Bool) throws {
    let (superseded, complete) = try queue.read(migrationState)
    if superseded { throw StudyplanError.storeTooNew(path: path) }
    if complete { return }
    if readOnly {
      throw StudyplanError.storeUnavailable(
        path: path,
        reason: "it is read-only for this user and needs an upgrade this user cannot make")
    }
    // Two processes making the same new store can meet while one switches it to WAL: SQLite
    // then answers "busy" at once, without waiting (it would deadlock), so try again shortly.
    var attempt = 0
    while true {
      do {
        try migrateNow(queue, path: path)
        return
      } catch let error as DatabaseError
        where [.SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode) && attempt < 200
      {
        attempt += 1
        usleep(UInt32(20_000 + (attempt % 5) * 7_000))
      }
    }
  }

  /// Switches a new store to WAL and runs the migrations it lacks, in one immediate transaction.
  private static func migrateNow(_ queue: DatabaseQueue, path: String) throws {
    try queue.writeWithoutTransaction { db in
      // WAL lets readers go on while one process writes; the mode is kept in the file.
      if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
        let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
        guard mode == "wal" else {
          throw StudyplanError.storeUnavailable(
            path: path, reason: "it cannot use a write-ahead log")
        }
      }
      var tooNew = false
      try db.inTransaction(.immediate) {
        // Checked again under the write lock: another process may have upgraded it meanwhile.
        if try migrationState(db).superseded {
          tooNew = true
          return .rollback
        }
        try migrate(db)
        return .commit
      }
      if tooNew { throw StudyplanError.storeTooNew(path: path) }
    }
  }

  /// `file:PATH?immutable=1`, the path percent-encoded where a URI needs it.
  private static func immutableURI(_ path: String) -> String {
    let absolute =
      path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    var encoded = ""
    for character in absolute {
      switch character {
      case "%": encoded += "%25"
      case "?": encoded += "%3F"
      case "#": encoded += "%23"
      default: encoded.append(character)
      }
    }
    return "file:\(encoded)?immutable=1"
  }

  /// Makes the folder (0700) and the file (0600) when missing, without ever replacing either.
  private static func createFileIfMissing(at path: String, createsFolders: Bool) throws {
    let folder = (path as NSString).deletingLastPathComponent
    var isDirectory: ObjCBool = false
    if !createsFolders, !folder.isEmpty,
      !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory)
        || !isDirectory.boolValue
    {
      throw StudyplanError.storeUnavailable(
        path: path, reason: "its folder '\(folder)' does not exist; studyplan makes none there")
    }
    if !folder.isEmpty { try makeFolders(folder, for: path) }
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    if descriptor >= 0 {
      close(descriptor)
      return
    }
    let code = errno
    guard code == EEXIST else {
      throw StudyplanError.storeUnavailable(
        path: path, reason: "the file could not be created (\(String(cString: strerror(code))))")
    }
  }

  /// `mkdir -p` with mode 0700 for each folder it makes; a folder made meanwhile is fine.
  private static func makeFolders(_ folder: String, for path: String) throws {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw StudyplanError.storeUnavailable(path: path, reason: "'\(folder)' is not a folder")
      }
      return
    }
    let parent = (folder as NSString).deletingLastPathComponent
    if !parent.isEmpty, parent != folder { try makeFolders(parent, for: path) }
    if mkdir(folder, 0o700) != 0, errno != EEXIST {
      let code = errno
      throw StudyplanError.storeUnavailable(
        path: path,
        reason: "its folder could not be made (\(String(cString: strerror(code))))")
    }
  }

  /// Makes a store others can read private (0600) when this user owns it; otherwise says so.
  private static func tightenPermissions(at path: String) throws -> StoreNotice? {
    var info = stat()
    guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    let mode = Int(info.st_mode & 0o777)
    guard mode & 0o077 != 0 else { return nil }
    guard info.st_uid == geteuid(), chmod(path, mode_t(mode & 0o700)) == 0 else {
      return .readableByOthers(path: path, mode: mode)
    }
    return .permissionsTightened(path: path, from: mode, to: mode & 0o700)
  }

  // MARK: - Error translation

  /// Runs `body` in a write transaction, translating storage errors for `operation`.
  ///
  /// The transaction is immediate: it takes SQLite's write lock before it reads, so a second
  /// process saving on the same head waits (busy timeout) and then reads the head the first one
  /// left (a conflict), instead of failing when its read snapshot turns out stale.
  func write<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
    do {
      return try writer.writeWithoutTransaction { db in
        var result: T?
        try db.inTransaction(.immediate) {
          result = try body(db)
          return .commit
        }
        guard let result else {
          throw StudyplanError.storeFailure(operation: operation, reason: "nothing was written")
        }
        return result
      }
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
