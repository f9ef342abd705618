import Foundation
import StudyplanCore

/// Everything the REPL remembers between commands: the open protocol and the live parts it uses.
public struct Session {
  /// The live parts: the store, the clock, the working directory.
  public var environment: SessionEnvironment
  /// The protocol being worked on, when one is open.
  public var workspace: Workspace?
  /// The language used when no protocol is open.
  public var defaultLanguage: Language = .nb
  /// Set by `quit`: the REPL stops after the current command.
  public var isFinished = false
  /// The working copy before each of the last changes, newest last, with the command line that
  /// made the change, for `undo`.
  public var undoStack: [UndoStep] = []
  /// Lines a change has to tell the planner about (an edit that left a final version); the REPL
  /// prints them after the command and clears them.
  public var notices: [String] = []

  public init(environment: SessionEnvironment) {
    self.environment = environment
  }

  /// The language catalogue texts and guides are written in now.
  public var language: Language { workspace?.document.language ?? defaultLanguage }

  /// The open protocol, or a failure naming `command` when none is open.
  public func requireWorkspace(for command: String) throws(CommandFailure) -> Workspace {
    guard let workspace else { throw CommandFailure(.noCurrentProtocol(command: command)) }
    return workspace
  }

  /// Changes the open protocol's document; it is unsaved when it differs from what was opened or
  /// saved (a change and its reversal leave it clean).
  ///
  /// A final version never changes: editing one starts a new draft cloned from it, which `save`
  /// stores as a new protocol, and says so.
  public mutating func edit(for command: String, _ change: (inout StudyProtocol) throws -> Void)
    throws
  {
    guard var workspace else { throw CommandFailure(.noCurrentProtocol(command: command)) }
    var document = workspace.document
    try change(&document)
    guard document != workspace.document else { return }
    // The rules every save keeps hold as text is entered: a change that would make the
    // protocol one `save` refuses (a text over the length limit, the 10 001st question) is
    // refused now, unless the protocol broke that rule already (a version from before it).
    if let problem = document.validationProblem(),
      problem != workspace.document.validationProblem()
    {
      throw StudyplanError.invalidEdit(place: problem.place, reason: problem.reason)
    }
    if workspace.document.status == .final {
      document.status = .draft
      if let id = workspace.id {
        let source = VersionReference(id: id, version: workspace.openedVersion)
        document.lineage.clonedFrom = source
        notices.append(
          "\(source) is final and never changes: this edit starts a new draft cloned from it;"
            + " 'save' stores it as a new protocol")
        let copyID = workspace.copyID
        workspace = Workspace(id: nil, baseVersion: 0, document: document, isDirty: true)
        workspace.copyID = copyID
      } else {
        workspace.document = document
      }
    } else {
      workspace.document = document
    }
    workspace.isDirty = workspace.pristine.map { $0 != workspace.document } ?? true
    self.workspace = workspace
  }
}

/// One change `undo` can take back: the working copy before it and the command that made it.
public struct UndoStep: Equatable, Sendable {
  /// The working copy before the change.
  public var workspace: Workspace
  /// The command line that changed it, as typed.
  public var command: String

  public init(workspace: Workspace, command: String) {
    self.workspace = workspace
    self.command = command
  }
}

/// The protocol a session is working on: its document and where it stands against the store.
public struct Workspace: Equatable, Sendable {
  /// The protocol's id, or `nil` until it is first saved.
  public var id: String?
  /// The store's latest version when this was opened or last saved; a save must find it unchanged.
  public var baseVersion: Int
  /// The version whose content was opened (older than `baseVersion` after `open ID@V`).
  public var openedVersion: Int
  /// The document as it stands now.
  public var document: StudyProtocol
  /// Whether the document has changes not yet saved.
  public var isDirty: Bool
  /// Which working copy this is: kept through edits, new with every open, start, save or restore,
  /// so `undo` never reaches across them.
  public var copyID = UUID()
  /// The document as opened or saved, when it is clean then: an edit that brings the document
  /// back to it leaves the workspace clean. `nil` for a protocol never saved or a restored draft.
  public var pristine: StudyProtocol?

  public init(
    id: String?, baseVersion: Int, openedVersion: Int? = nil, document: StudyProtocol,
    isDirty: Bool
  ) {
    self.id = id
    self.baseVersion = baseVersion
    self.openedVersion = openedVersion ?? baseVersion
    self.document = document
    self.isDirty = isDirty
    self.pristine = isDirty ? nil : document
  }

  /// Whether `save` would store something: changes, or an older version's content opened to
  /// become the newest.
  public var hasSomethingToSave: Bool { isDirty || id == nil || openedVersion != baseVersion }

  /// `ID@V` when saved, else `new`.
  public var label: String {
    guard let id else { return "new" }
    return "\(id)@\(openedVersion)"
  }
}

/// The live parts a session works with, injected so tests can use doubles.
public struct SessionEnvironment: Sendable {
  /// The protocol store, opened on first use.
  public var store: StoreHandle
  /// The clock used to date saves.
  public var now: @Sendable () -> Date
  /// The time zone listings show dates in (exports and JSON use UTC).
  public var timeZone: TimeZone {
    get { zone() }
    set { zone = { newValue } }
  }
  /// Where ``timeZone`` comes from: asked only when a listing shows a date, since finding the
  /// system's zone loads time-zone data a command that shows no local time has no use for.
  private var zone: @Sendable () -> TimeZone
  /// The folder relative paths (exports, imports) are resolved against.
  public var workingDirectory: String
  /// Opens the other stores a command names (`store copy --from … --to …`).
  public var storeOpener: StoreOpener

  /// Every live part is given: the library has no clock, folder or time zone of its own
  /// (``plannersTimeZone(environment:)`` is the executable's rule for the zone).
  public init(
    store: StoreHandle, now: @escaping @Sendable () -> Date, workingDirectory: String,
    timeZone: @escaping @autoclosure @Sendable () -> TimeZone,
    storeOpener: StoreOpener = .sqliteOnly
  ) {
    self.store = store
    self.storeOpener = storeOpener
    self.now = now
    self.zone = timeZone
    self.workingDirectory = workingDirectory
  }
}

extension SessionEnvironment {
  /// The zone a planner's dates are in: the one `TZ` names (`TZ=UTC`, `TZ=:Europe/Oslo`), else
  /// Norwegian time, whatever zone the machine is set to — a fieldwork event logged at 00:30
  /// in Oslo is dated that day, not the day before as in UTC.
  public static func plannersTimeZone(environment: [String: String]) -> TimeZone {
    let oslo = TimeZone(identifier: "Europe/Oslo") ?? TimeZone(secondsFromGMT: 3600) ?? .gmt
    guard let value = environment["TZ"], !value.isEmpty else { return oslo }
    let name = value.hasPrefix(":") ? String(value.dropFirst()) : value
    return TimeZone(identifier: name) ?? .current
  }
}

/// Opens the store the first time a command needs it, so `help` and start-up never touch the disk
/// or the network.
public final class StoreHandle: @unchecked Sendable {
  // Accessed only from the REPL's one thread; the lock keeps it sound anyway.
  private let lock = NSLock()
  private let open: @Sendable () throws -> any StudyplanStore
  private var opened: (any StudyplanStore)?
  private var noticesShown = false
  /// The store's file, when it is one.
  public let path: String?
  /// How messages name the store: its file, its `postgres://` address, or `:memory:`.
  public let location: String

  /// A handle that opens the SQLite store at `path` on first use.
  public convenience init(path: String) {
    self.init(path: path) { try ProtocolStore(path: path) }
  }

  /// A handle that opens the store `location` names with `opener` on first use.
  public convenience init(location: String, opener: StoreOpener) {
    self.init(path: opener.isServerAddress(location) ? nil : location, location: location) {
      try opener.open(location)
    }
  }

  /// A handle over an already open store.
  public convenience init(_ store: any StudyplanStore) {
    self.init(path: store.filePath, location: store.location) { store }
  }

  /// A handle that calls `open` on first use.
  public init(
    path: String? = nil, location: String? = nil,
    open: @escaping @Sendable () throws -> any StudyplanStore
  ) {
    self.path = path
    self.location = location ?? path ?? ":memory:"
    self.open = open
  }

  /// Whether the store exists yet (a file store not yet created does not; a server's does).
  public var exists: Bool {
    guard let path else { return true }
    return openedStore != nil || FileManager.default.fileExists(atPath: path)
  }

  /// The store, opened now if it was not yet.
  public func store() throws -> any StudyplanStore {
    lock.lock()
    defer { lock.unlock() }
    if let opened { return opened }
    let store = try open()
    opened = store
    return store
  }

  /// What opening the store noticed (a loose mode tightened, a read-only file), once: the
  /// first call after the store opened returns them, later calls nothing.
  public func takeNotices() -> [StoreNotice] {
    lock.lock()
    defer { lock.unlock() }
    guard let opened, !noticesShown else { return [] }
    noticesShown = true
    return opened.notices
  }

  /// Closes the store if it was opened, for a process about to exit (see
  /// ``ProtocolStore/closeNow()``); `true` when nothing is left open.
  public func closeForExit() -> Bool {
    guard let store = openedStore else { return true }
    // Only the SQLite store closes early; another store is freed with the session as before.
    return (store as? ProtocolStore)?.closeNow() ?? false
  }

  /// The store if it is already open; never opens it.
  public var openedStore: (any StudyplanStore)? {
    lock.lock()
    defer { lock.unlock() }
    return opened
  }
}

/// Opens a store from the words a planner gives for it (`--db`, `STUDYPLAN_DB`, `store copy`):
/// a SQLite file, or a `postgres://` address when the executable wires the PostgreSQL store in.
public struct StoreOpener: Sendable {
  private let openServer: (@Sendable (String) throws -> any StudyplanStore)?
  /// Whether opening a SQLite file makes its missing folders: only for the default store; a
  /// path the planner typed (`--db`, `STUDYPLAN_DB`) must exist up to the file.
  public var createsFolders = true

  /// SQLite files only: a `postgres://` address is refused.
  public static let sqliteOnly = StoreOpener(server: nil)

  /// SQLite files, and database servers through `server`.
  public init(server: (@Sendable (String) throws -> any StudyplanStore)?) {
    self.openServer = server
  }

  /// Whether `location` is an address with a scheme (`scheme://…`) rather than a file's path.
  public func hasScheme(_ location: String) -> Bool {
    location.range(of: "^[A-Za-z][A-Za-z0-9+.-]*://", options: .regularExpression) != nil
  }

  /// Whether `location` names a database server (`postgres://…`, `postgresql://…`).
  public func isServerAddress(_ location: String) -> Bool {
    let lowered = location.lowercased()
    return lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://")
  }

  /// Opens the store `location` names.
  public func open(_ location: String) throws -> any StudyplanStore {
    guard isServerAddress(location) else {
      return try ProtocolStore(path: location, createsFolders: createsFolders)
    }
    guard let openServer else {
      throw StudyplanError.storeUnavailable(
        path: location, reason: "this studyplan was built without PostgreSQL support")
    }
    return try openServer(location)
  }
}
