import Foundation
import StudyplanCore

extension CommandTable {
  /// `store`: moving protocols between stores (a SQLite file, a team's PostgreSQL database).
  static let storeCommand = CommandSpec(
    name: "store",
    summary: "Copy protocols between a SQLite file and a team's PostgreSQL database",
    discussion: """
      A STORE is a SQLite file or a postgres:// address (docs/team-store.md); either may be \
      left out to mean the store this session uses. Every protocol keeps its id, every version \
      its number, date, note and content, so lineage and exports stay the same. Running the \
      same copy again copies nothing; a protocol the target holds with fewer versions gets the \
      newer ones. When the target holds a protocol that differs, nothing is copied.
      """,
    subcommands: [
      CommandSpec(
        name: "copy",
        summary: "Copy every protocol, version and imported dataset from one store to another",
        options: [
          OptionSpec("--from", value: "STORE", .path, help: "The store to copy from"),
          OptionSpec("--to", value: "STORE", .path, help: "The store to copy into"),
        ],
        run: { invocation, session, io in
          let from = invocation.value("--from")
          let to = invocation.value("--to")
          guard from != nil || to != nil else {
            throw CommandFailure(
              .missingArgument("--from STORE or --to STORE", command: "store copy"))
          }
          let source = try session.namedStore(from)
          let target = try session.namedStore(to)
          let report = try StoreCopy.copy(
            from: source, to: target, at: session.environment.now())
          io.print(describe(report, from: source.location, to: target.location))
        })
    ],
    examples: [
      "store copy --from plans.sqlite --to postgres://planner@db.example.org/studyplan",
      "store copy --from postgres:///studyplan?host=/run/postgresql --to backup.sqlite",
    ])

  /// One line saying what `store copy` did.
  static func describe(_ report: StoreCopy.Report, from source: String, to target: String)
    -> String
  {
    func ids(_ list: [String]) -> String {
      list.count <= 5
        ? list.joined(separator: ", ") : list.prefix(5).joined(separator: ", ") + ", …"
    }
    var parts: [String] = []
    if !report.newProtocols.isEmpty {
      parts.append(
        counted(report.newProtocols.count, "new protocol") + " (\(ids(report.newProtocols)))")
    }
    if !report.extendedProtocols.isEmpty {
      parts.append(
        "\(report.extendedProtocols.count) brought up to date (\(ids(report.extendedProtocols)))")
    }
    if report.unchangedProtocols > 0 { parts.append("\(report.unchangedProtocols) already there") }
    if report.datasetsCopied > 0 {
      parts.append(counted(report.datasetsCopied, "imported dataset"))
    }
    guard report.versionsCopied > 0 || report.datasetsCopied > 0 else {
      return "nothing to copy: '\(target)' already holds everything in '\(source)'"
        + (report.unchangedProtocols > 0 ? " (\(report.unchangedProtocols) protocols)" : "")
    }
    return "copied \(counted(report.versionsCopied, "version")) from '\(source)' to"
      + " '\(target)': " + parts.joined(separator: ", ")
  }
}

extension Session {
  /// The store a `store` option names: this session's own when `location` is `nil` or names it,
  /// else the file (relative to the working folder) or server it names.
  func namedStore(_ location: String?) throws -> any StudyplanStore {
    guard let location, location != environment.store.location else { return try store() }
    let opener = environment.storeOpener
    if opener.isServerAddress(location) { return try opener.open(location) }
    let path =
      location.hasPrefix("/")
      ? location
      : URL(fileURLWithPath: environment.workingDirectory).appendingPathComponent(location).path
    if path == environment.store.path { return try store() }
    return try opener.open(path)
  }
}
