import Foundation
import StudyplanCore
import StudyplanPostgres
import StudyplanREPL

extension StoreOpener {
  /// SQLite files, and team stores on PostgreSQL (`postgres://…`), with libpq's `PG…`
  /// variables and password file. Nothing of the PostgreSQL client runs until a `postgres://`
  /// store is opened.
  static func live(paths: StorePaths, environment: [String: String]) -> StoreOpener {
    StoreOpener { location in
      let address = try PostgresAddress(
        location, environment: environment, systemUser: StorePaths.accountName())
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
