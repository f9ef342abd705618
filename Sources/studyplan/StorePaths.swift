import Foundation

/// Where studyplan keeps its store and history, following the XDG base-directory rules.
struct StorePaths {
  /// The protocol store: `$STUDYPLAN_DB`, else `$XDG_DATA_HOME/studyplan/studyplan.sqlite`;
  /// `nil` when neither they nor a home folder (`$HOME`, else the account's) say where.
  let database: String?
  /// Whether `database` came from `$STUDYPLAN_DB` (a path the user chose) rather than the
  /// default place, which studyplan makes its folders for.
  let databaseIsExplicit: Bool
  /// The REPL history: `$XDG_STATE_HOME/studyplan/history`.
  let history: String?
  /// The folder for this machine's state: `$XDG_STATE_HOME/studyplan`.
  let state: String?

  /// `environment` gives an environment variable's value; `accountHome` is the home folder the
  /// password database gives, used when `HOME` is unset (looked up only then: the lookup goes
  /// through NSS, a dozen system calls); never the current folder, where a store would be left
  /// behind wherever a script ran.
  init(
    environment: (String) -> String? = Self.variable,
    accountHome: @autoclosure () -> String? = Self.accountHome()
  ) {
    let home =
      environment("HOME").flatMap { $0.hasPrefix("/") ? $0 : nil }
      ?? accountHome().flatMap { $0.hasPrefix("/") && $0 != "/" ? $0 : nil }
    func base(_ variable: String, _ fallback: String) -> String? {
      if let value = environment(variable), value.hasPrefix("/") { return value }
      return home.map { "\($0)/\(fallback)" }
    }
    if let explicit = environment("STUDYPLAN_DB"), !explicit.isEmpty {
      database = explicit
      databaseIsExplicit = true
    } else {
      database = base("XDG_DATA_HOME", ".local/share").map { $0 + "/studyplan/studyplan.sqlite" }
      databaseIsExplicit = false
    }
    state = base("XDG_STATE_HOME", ".local/state").map { $0 + "/studyplan" }
    history = state.map { $0 + "/history" }
  }

  /// The value of the environment variable `name`, read with `getenv`: building
  /// `ProcessInfo`'s dictionary of the whole environment cost more than the rest of `--version`.
  static func variable(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }

  /// This user's home folder from the password database, when it has one.
  static func accountHome() -> String? {
    guard let entry = getpwuid(geteuid()), let directory = entry.pointee.pw_dir else { return nil }
    return String(cString: directory)
  }
}

extension StorePaths {
  /// Where drafts of the team store at `address` are kept while its server cannot be reached:
  /// a SQLite file per address in the state folder.
  func offlineDrafts(for address: String) -> String? {
    // FNV-1a: a short, stable name for the address; nothing secret is in it.
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in address.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    return state.map { $0 + "/offline-drafts-" + String(hash, radix: 16) + ".sqlite" }
  }
}
