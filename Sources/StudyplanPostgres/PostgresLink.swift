import Foundation
import PostgresNIO
import StudyplanCore

/// One connection to the server, used synchronously: the store's API is synchronous and the
/// REPL has one thread, so each statement is sent and its answer awaited before the next.
///
/// The bridge is postgres-nio's `EventLoopFuture` API: a statement runs on NIO's event loop, and
/// the calling thread (never an event-loop thread, never a task of Swift's cooperative pool that
/// the answer would need) blocks in `wait()` until the answer, or the timeout, completes a
/// promise. A timeout closes the connection, so the server rolls back whatever was under way,
/// and is a storage error (exit code 3), never a hang. A lost connection is dropped; the next
/// statement connects again, so a session survives a server restart.
///
/// Nothing here touches NIO until the first statement: opening the store costs nothing, and a
/// process that never uses a `postgres://` store never starts an event loop.
final class PostgresLink: Sendable {
  let address: PostgresAddress
  private let connection = Locked<PostgresConnection?>(nil)
  private let logger: Logger = {
    var logger = Logger(label: "studyplan.postgres")
    logger.logLevel = .critical
    return logger
  }()
  /// Called on each new connection, before its first statement (the schema check).
  let onConnect: @Sendable (PostgresLink, PostgresConnection) throws -> Void

  init(
    address: PostgresAddress,
    onConnect: @escaping @Sendable (PostgresLink, PostgresConnection) throws -> Void
  ) {
    self.address = address
    self.onConnect = onConnect
  }

  /// The seconds to wait for the server.
  var timeout: Int { address.timeout }

  // MARK: - Statements

  /// Runs `query` and returns its rows; with `on`, on that connection (inside a transaction).
  func rows(_ query: PostgresQuery, on given: PostgresConnection? = nil) throws
    -> PostgresQueryResult
  {
    let connection = try given ?? live()
    return try wait(connection.query(query, logger: logger), closing: connection)
  }

  /// Runs `query` for its effect; returns how many rows it changed.
  @discardableResult
  func run(_ query: PostgresQuery, on given: PostgresConnection? = nil) throws -> Int {
    try rows(query, on: given).metadata.rows ?? 0
  }

  /// Runs `body` in one transaction on one connection: committed when it returns, rolled back
  /// when it throws. A connection lost before the commit was sent means nothing was stored.
  func transaction<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
    let connection = try live()
    try run("BEGIN", on: connection)
    let result: T
    do {
      result = try body(connection)
    } catch {
      if !connection.isClosed { _ = try? run("ROLLBACK", on: connection) }
      throw error
    }
    do {
      try run("COMMIT", on: connection)
    } catch let error as PSQLError where error.code == .server {
      throw error
    } catch {
      throw PostgresCommitUnanswered(underlying: error)
    }
    return result
  }

  /// Closes the connection, if one is open.
  func close() {
    let open = connection.withLockedValue { value in
      defer { value = nil }
      return value
    }
    if let open { _ = try? wait(open.close(), closing: nil) }
  }

  deinit {
    if let open = connection.withLockedValue({ $0 }) { Self.closeInBackground(open) }
  }

  /// Closes `connection` without waiting; it is kept until the close is done (postgres-nio
  /// requires a connection to be closed before it goes away).
  static func closeInBackground(_ connection: PostgresConnection) {
    connection.close().whenComplete { _ in withExtendedLifetime(connection) {} }
  }

  // MARK: - Connecting

  /// The open connection, or a new one when there is none or the last one was lost.
  func live() throws -> PostgresConnection {
    if let open = connection.withLockedValue({ $0 }), !open.isClosed { return open }
    let fresh = try connect()
    do {
      try onConnect(self, fresh)
    } catch {
      Self.closeInBackground(fresh)
      throw error
    }
    connection.withLockedValue { $0 = fresh }
    return fresh
  }

  /// Runs `body` on the open connection, or on a new one that skips ``onConnect`` (no schema
  /// check, no migration: `doctor` only reads) and is closed afterwards.
  func withUnpreparedConnection<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
    if let open = connection.withLockedValue({ $0 }), !open.isClosed { return try body(open) }
    let fresh = try connect()
    defer { Self.closeInBackground(fresh) }
    return try body(fresh)
  }

  private func connect() throws -> PostgresConnection {
    var configuration: PostgresConnection.Configuration
    if address.isUnixSocket {
      configuration = .init(
        unixSocketPath: address.socketPath, username: address.user, password: address.password,
        database: address.database)
    } else {
      configuration = .init(
        host: address.host, port: address.port, username: address.user,
        password: address.password, database: address.database, tls: try tls())
    }
    configuration.options.connectTimeout = .seconds(Int64(timeout))
    configuration.options.additionalStartupParameters = address.startupParameters.sorted {
      $0.key < $1.key
    }
    let eventLoop = MultiThreadedEventLoopGroup.singleton.any()
    let future = PostgresConnection.connect(
      on: eventLoop, configuration: configuration, id: 1, logger: logger)
    return try wait(future, closing: nil)
  }

  /// TLS as libpq's `sslmode` asks: off, preferred, or required (with the certificate checked
  /// for `verify-ca`/`verify-full`).
  private func tls() throws -> PostgresConnection.Configuration.TLS {
    var settings = TLSConfiguration.makeClientConfiguration()
    switch address.sslMode {
    case "disable": return .disable
    case "allow", "prefer":
      settings.certificateVerification = .none
      return .prefer(try NIOSSLContext(configuration: settings))
    case "require":
      settings.certificateVerification = .none
      return .require(try NIOSSLContext(configuration: settings))
    case "verify-ca":
      settings.certificateVerification = .noHostnameVerification
      return .require(try NIOSSLContext(configuration: settings))
    default:
      return .require(try NIOSSLContext(configuration: settings))
    }
  }

  // MARK: - Waiting

  /// Waits for `future` at most ``timeout`` seconds; on timeout closes `connection` (the server
  /// then rolls back what was under way) and fails with ``PostgresTimeout``.
  private func wait<T: Sendable>(
    _ future: EventLoopFuture<T>, closing connection: PostgresConnection?
  )
    throws -> T
  {
    let promise = future.eventLoop.makePromise(of: T.self)
    future.cascade(to: promise)
    let seconds = timeout
    let timer = future.eventLoop.scheduleTask(in: .seconds(Int64(seconds))) {
      promise.fail(PostgresTimeout(seconds: seconds))
      if let connection { Self.closeInBackground(connection) }
    }
    defer { timer.cancel() }
    do {
      return try promise.futureResult.wait()
    } catch {
      if let connection, connection.isClosed || error is PostgresTimeout {
        self.connection.withLockedValue { if $0 === connection { $0 = nil } }
      }
      throw error
    }
  }
}

/// A value behind a lock (also for the tests and benchmarks of this package).
package final class Locked<Value>: @unchecked Sendable {
  // Sound: the value is only reached through `withLockedValue`, under the lock.
  private let lock = NSLock()
  private var value: Value

  package init(_ value: Value) { self.value = value }

  package func withLockedValue<T>(_ body: (inout Value) throws -> T) rethrows -> T {
    lock.lock()
    defer { lock.unlock() }
    return try body(&value)
  }
}

/// The server did not answer in time.
struct PostgresTimeout: Error {
  var seconds: Int
}
