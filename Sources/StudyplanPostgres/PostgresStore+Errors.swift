import Foundation
import PostgresNIO
import StudyplanCore

extension PostgresStore {
  /// Runs `body` as `operation`, translating every failure into a ``StudyplanError`` a planner
  /// can read (exit code 3 for the server's and the network's).
  ///
  /// A connection found lost (or that fails on its first use) is made again and `body` runs once
  /// more: it had changed nothing, as a transaction the server did not see commit is rolled back. Not after a timeout (that
  /// would double the wait), and not when the commit itself went unanswered. When the server
  /// cannot be reached and there is an `offline` way to do it, that is taken instead.
  func perform<T>(
    _ operation: String, savesVersion: Bool = false, offline: (() throws -> T)? = nil,
    _ body: () throws -> T
  ) throws -> T {
    do {
      do {
        return try body()
      } catch  where Self.isUnreachable(error) && !(error is PostgresTimeout) {
        // A connection the server closed (a restart) fails on first use: once more, afresh.
        return try body()
      }
    } catch let error as StudyplanError {
      throw error
    } catch  where Self.isUnreachable(error) && offline != nil {
      guard let offline else { throw error }
      return try offline()
    } catch {
      throw translate(error, operation: operation, savesVersion: savesVersion)
    }
  }

  /// Whether `error` means the server could not be reached or stopped answering.
  static func isUnreachable(_ error: any Error) -> Bool {
    if error is PostgresTimeout { return true }
    if let error = error as? PSQLError, error.code == .connectionError { return true }
    return isConnectionLost(error)
  }

  /// Whether `error` means the connection is gone (not that the server refused something).
  static func isConnectionLost(_ error: any Error) -> Bool {
    guard let error = error as? PSQLError else { return error is ChannelError }
    switch error.code {
    case .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
      return true
    case .server:
      return error.serverInfo?[.sqlState]?.hasPrefix("57P") == true
    default:
      return false
    }
  }

  /// The one-line reason for a failure, naming the server.
  func translate(_ error: any Error, operation: String, savesVersion: Bool) -> StudyplanError {
    let address = link.address
    let server =
      address.isUnixSocket ? "'\(address.socketPath)'" : "\(address.host):\(address.port)"
    let unsaved =
      savesVersion ? "; nothing was saved, and your changes stay open in this session" : ""
    let reason: String
    switch error {
    case let timeout as PostgresTimeout:
      reason = "the server at \(server) did not answer within \(timeout.seconds) s\(unsaved)"
    case let uncertain as PostgresCommitUnanswered:
      reason =
        "the connection to \(server) was lost while the server stored the change"
        + " (\(Self.describe(uncertain.underlying))); 'history' shows whether it was stored"
    case let error as PSQLError where error.code == .server:
      reason = serverReason(error) + (Self.isConnectionLost(error) ? unsaved : "")
    case let error as PSQLError where error.code == .connectionError:
      reason =
        "the server at \(server) cannot be reached (\(Self.describe(error.underlying)))"
        + unsaved
    case let error as PSQLError
    where [.authMechanismRequiresPassword, .saslError, .unsupportedAuthMechanism].contains(
      error.code):
      reason =
        "the server at \(server) wants a password for role '\(address.user)': set PGPASSWORD or"
        + " put it in ~/.pgpass"
    case _ where Self.isConnectionLost(error):
      reason = "the connection to the server at \(server) was lost\(unsaved)"
    default:
      reason = Self.describe(error)
    }
    return StudyplanError.storeFailure(operation: operation, reason: reason)
  }

  /// What the server said, in plain words for the states a planner meets.
  private func serverReason(_ error: PSQLError) -> String {
    let state = error.serverInfo?[.sqlState] ?? ""
    let message = error.serverInfo?[.message] ?? "the server refused it"
    let user = link.address.user
    switch state {
    case "28P01", "28000":
      return "the server refused role '\(user)' (\(message))"
    case "3D000":
      return "database '\(link.address.database)' does not exist on the server"
    case "42501" where message.contains("row-level security"):
      return "role '\(user)' may not write to that team: it is not a member of the team its"
        + " studyplan.team setting names (docs/team-store.md)"
    case "42501", "42P01":
      return "role '\(user)' may not use the studyplan tables (\(message)); the database's"
        + " administrator sets them up (docs/team-store.md)"
    case "23505" where message.contains("protocol_pkey"):
      return "an id of the copy is taken in this database by a protocol of another team"
    case let state where state.hasPrefix("57P"):
      return "the server is shutting down or restarting (\(message))"
    default:
      return message
    }
  }

  /// A short description of a lower-level failure (connection refused, no such socket).
  static func describe(_ error: (any Error)?) -> String {
    switch error {
    case nil: return "no answer"
    case let error as IOError: return String(cString: strerror(error.errnoCode)).lowercased()
    case let error as NIOConnectionError:
      return error.connectionErrors.first.map { describe($0.error) } ?? "connection failed"
    case let error as PSQLError: return error.serverInfo?[.message] ?? "\(error.code)"
    case let error?: return "\(error)"
    }
  }
}

/// The commit was sent and its answer never came: the change may or may not be stored.
struct PostgresCommitUnanswered: Error {
  var underlying: any Error
}
