import Foundation
import StudyplanCore
import StudyplanPostgres
import StudyplanREPL

extension StoreOpener {
  /// SQLite files, and team stores on PostgreSQL (`postgres://…`), with libpq's `PG…`
  /// variables and password file. Nothing of the PostgreSQL client runs until a `postgres://`
  /// store is opened.
  static func live(paths: StorePaths) -> StoreOpener {
    StoreOpener { location in
      // The environment is read only when a team store is opened: a SQLite start-up never
      // builds the dictionary (docs/decisions/0011-start-up-and-binary-size.md).
      let address = try PostgresAddress(
        location, environment: ProcessInfo.processInfo.environment,
        systemUser: StorePaths.accountName())
      return PostgresStore(address: address, localDraftsPath: paths.offlineDrafts(for: location))
    }
  }
}

extension StorePaths {
  /// This user's login name from the password database (libpq's default role name).
  static func accountName() -> String? {
    guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return nil }
    return String(cString: name)
  }
}
