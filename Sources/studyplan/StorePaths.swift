/// Where studyplan keeps its store and history, following the XDG base-directory rules.
struct StorePaths {
  /// The protocol store: `$STUDYPLAN_DB`, else `$XDG_DATA_HOME/studyplan/studyplan.sqlite`.
  let database: String
  /// The REPL history: `$XDG_STATE_HOME/studyplan/history`.
  let history: String?

  init(environment: [String: String]) {
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
    func base(_ variable: String, _ fallback: String) -> String? {
      if let value = environment[variable], value.hasPrefix("/") { return value }
      return home.map { "\($0)/\(fallback)" }
    }
    if let explicit = environment["STUDYPLAN_DB"], !explicit.isEmpty {
      database = explicit
    } else {
      database = (base("XDG_DATA_HOME", ".local/share") ?? ".") + "/studyplan/studyplan.sqlite"
    }
    history = base("XDG_STATE_HOME", ".local/state").map { $0 + "/studyplan/history" }
  }
}
