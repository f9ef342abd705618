import Foundation
import StudyplanPostgres
import StudyplanREPL
import Testing
import _StudyplanTestSupport

@testable import StudyplanCore

/// The two stores the conformance suite runs on.
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
  case sqlite
  case postgres

  var testDescription: String { rawValue }

  /// Both when this machine has PostgreSQL, else SQLite only (and `postgresHalfRuns` is
  /// skipped, saying why).
  static var available: [StoreKind] {
    PostgresTestCluster.shared == nil ? [.sqlite] : allCases
  }

  /// The cluster, for the PostgreSQL half.
  static func cluster() throws -> PostgresTestCluster {
    guard let cluster = PostgresTestCluster.shared else {
      throw StudyplanError.storeUnavailable(
        path: "postgres", reason: PostgresTestCluster.unavailableReason)
    }
    return cluster
  }

  /// A new, empty store (a file in a new folder, or a new database) as its first planner.
  func makeStore() throws -> any StudyplanStore {
    try open(try makeLocation())
  }

  /// A new store and a second, separate connection to it (another planner's process).
  func makeStoreWithSecondConnection() throws -> (any StudyplanStore, any StudyplanStore) {
    let location = try makeLocation()
    let first = try open(location)
    _ = try first.list()
    return (first, try open(location))
  }

  /// Where a new store is: a file path, or a `postgres://` address.
  func makeLocation(role: String? = nil) throws -> String {
    switch self {
    case .sqlite:
      return try BuiltBinary.makeHome().appendingPathComponent("plans.sqlite").path
    case .postgres:
      let cluster = try Self.cluster()
      return cluster.address(database: try cluster.makeDatabase(), role: role)
    }
  }

  /// Opens the store at `location` as the executable does.
  func open(_ location: String) throws -> any StudyplanStore {
    try Self.opener.open(location)
  }

  static let opener = StoreOpener { location in
    PostgresStore(
      address: try PostgresAddress(location, environment: [:], systemUser: nil),
      localDraftsPath: nil)
  }

  /// Whether `list TEXT` ignores accents here (SQLite with FTS5; PostgreSQL with unaccent).
  var hasAccentFreeSearch: Bool {
    switch self {
    case .sqlite: (try? ProtocolStore().hasFullTextSearch) ?? false
    case .postgres: true
    }
  }

  /// Who the history says saved each version: the database role on PostgreSQL, nobody in a file.
  func savedBy(count: Int) -> [String?] {
    Array(repeating: self == .postgres ? "postgres" : nil, count: count)
  }

  /// Tries to change version 1 of p1 behind the store's back; the store must refuse.
  func changeAStoredVersion(of store: any StudyplanStore) throws {
    switch self {
    case .sqlite:
      guard let store = store as? ProtocolStore else { return }
      try store.writer.write { db in
        try db.execute(sql: "UPDATE protocolVersion SET title = 'Changed' WHERE version = 1")
      }
    case .postgres:
      try Self.cluster().psql(
        "UPDATE protocol_version SET title = 'Changed' WHERE version = 1",
        database: Self.database(of: store.location))
    }
  }

  /// A store whose schema a newer studyplan wrote: its location.
  func makeSupersededStore() throws -> String {
    let location = try makeLocation()
    let store = try open(location)
    _ = try store.list()
    switch self {
    case .sqlite:
      guard let store = store as? ProtocolStore else { return location }
      try store.writer.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA user_version = 99")
      }
    case .postgres:
      try Self.cluster().psql(
        "INSERT INTO studyplan_migration (version, name) VALUES (99, 'v99: from the future')",
        database: Self.database(of: location))
    }
    return location
  }

  /// The database name in a test cluster address.
  static func database(of location: String) -> String {
    let afterSlash = location.components(separatedBy: ":///").last ?? location
    return afterSlash.components(separatedBy: "?").first ?? afterSlash
  }
}
