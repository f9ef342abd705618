import Foundation
import StudyplanCore
import StudyplanPostgres
import _StudyplanTestSupport

/// The team store on PostgreSQL (a throw-away cluster on a Unix socket) next to the SQLite store
/// and next to `psql` running the same query: `list` and search at 10 000 protocols × 10
/// versions (copied from the SQLite benchmark's store with `store copy`), and 3 processes × 300
/// saves on one protocol (conflicts reported, no update lost).
enum TeamStoreBenchmark {
  static let listSQL = """
    SELECT number, head_version, head_title, head_status, head_model,
      to_char(head_saved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
    FROM protocol WHERE head_version > 0 ORDER BY head_saved_at DESC, number DESC
    """
  static let searchSQL = """
    SELECT number, head_version, head_title, head_status, head_model,
      to_char(head_saved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
    FROM protocol WHERE head_version > 0
      AND search @@ studyplan_search_query(ARRAY['sentralitet'])
    ORDER BY head_saved_at DESC, number DESC
    """

  static func run(sqlite: ProtocolStore) throws -> [BenchmarkResult] {
    let cluster: PostgresTestCluster
    do {
      cluster = try PostgresTestCluster.startSeparate()
    } catch {
      print("team store: PostgreSQL did not start (\(error)); skipped")
      return []
    }
    defer { cluster.stop() }
    let database = try cluster.makeDatabase()
    let store = try cluster.store(database: database)
    let started = Date()
    let copied = try StoreCopy.copy(from: sqlite, to: store, at: Date())
    print(
      "team store: copied \(copied.versionsCopied) versions into PostgreSQL in"
        + " \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
    try cluster.psql("VACUUM ANALYZE", database: database)
    let psql = { (sql: String) in
      try Measure.run(
        "\(cluster.binaries)/psql",
        [
          "-X", "-q", "-A", "-t", "-h", cluster.folder, "-U", cluster.superuser, "-d", database,
          "-c", sql, "-o", "/dev/null",
        ])
    }
    var results = try compare(
      "list 10 000 protocols", postgres: { _ = try store.list() },
      sqlite: { _ = try sqlite.list() }, psql: { _ = try psql(listSQL) })
    results += try compare(
      "full-text search", postgres: { _ = try store.list(matching: "sentralitet") },
      sqlite: { _ = try sqlite.list(matching: "sentralitet") }, psql: { _ = try psql(searchSQL) })
    results.append(try writers(cluster: cluster))
    return results
  }

  /// One operation on PostgreSQL, against SQLite and against psql running the same SQL (a
  /// whole psql process: start, connect, query, print).
  static func compare(
    _ name: String, postgres: () throws -> Void, sqlite: () throws -> Void,
    psql: () throws -> Void
  ) throws -> [BenchmarkResult] {
    try postgres()
    let ours = try Measure.median(runs: 15, postgres)
    let file = try Measure.median(runs: 15, sqlite)
    let client = try Measure.median(runs: 15, psql)
    print(
      "team store: \(name): PostgreSQL \(Measure.ms(ours)), SQLite \(Measure.ms(file)),"
        + " psql \(Measure.ms(client))")
    return [
      BenchmarkResult(
        name: "team store (PostgreSQL): \(name)", value: ours * 1000, unit: "ms",
        peer: "SQLite store, same data", peerValue: file * 1000, ratio: ours / file,
        target: "≤ 100 ms", meetsTarget: ours <= 0.1),
      BenchmarkResult(
        name: "team store (PostgreSQL): \(name)", value: ours * 1000, unit: "ms",
        peer: "psql, same query (whole process)", peerValue: client * 1000,
        ratio: ours / client, target: "≤ 1× psql", meetsTarget: ours <= client),
    ]
  }

  /// 3 processes × 300 saves on one protocol: each re-opens and saves; a conflict is reported
  /// and the next save starts from the new head. Every acknowledged save must be a version.
  static func writers(cluster: PostgresTestCluster) throws -> BenchmarkResult {
    let database = try cluster.makeDatabase()
    let address = cluster.address(database: database)
    let home = try BuiltBinary.makeHome()
    let setup = try BuiltBinary.runProgram(
      Measure.studyplanBinary, ["--db", address, "-c", "new \"Race\"", "-c", "save"],
      environment: ["HOME": home.path, "PATH": "/usr/bin:/bin"])
    guard setup.status == 0 else { throw BenchmarkError.cannotRun(setup.errors) }
    let saves = 300
    let script = (1...saves).map { "open p1 --discard\nrename \"Race \($0)\"\nsave\n" }.joined()
    let started = Date()
    let results = Locked<[BuiltBinary.Result]>([])
    DispatchQueue.concurrentPerform(iterations: 3) { writer in
      let result = try? BuiltBinary.runProgram(
        Measure.studyplanBinary, ["--db", address, "--continue-on-error"],
        input: Data(script.utf8), environment: ["HOME": home.path, "PATH": "/usr/bin:/bin"])
      if let result { results.withLockedValue { $0.append(result) } }
    }
    let seconds = Date().timeIntervalSince(started)
    let runs = results.withLockedValue { $0 }
    let acknowledged = runs.flatMap {
      $0.output.matches(of: /saved p1@(\d+)/).compactMap { Int($0.1) }
    }
    let conflicts = runs.map { $0.errors.components(separatedBy: "was saved elsewhere").count - 1 }
      .reduce(0, +)
    let versions = try cluster.store(database: database).history(of: "p1").map(\.reference.version)
    let lost = Set(acknowledged).subtracting(versions).count
    let unacknowledged = versions.count - 1 - acknowledged.count
    print(
      "team store: 3 writers × \(saves) saves in \(String(format: "%.1f", seconds)) s:"
        + " \(acknowledged.count) saved, \(conflicts) conflicts reported, \(lost) lost,"
        + " \(unacknowledged) versions nobody was told of")
    return BenchmarkResult(
      name: "team store: 3 processes × \(saves) saves on one protocol (\(acknowledged.count) saved,"
        + " \(conflicts) conflicts, \(lost) lost)",
      value: seconds * 1000, unit: "ms", peer: nil, peerValue: nil, ratio: nil,
      target: "0 lost; every save saved or a conflict",
      meetsTarget: lost == 0 && unacknowledged == 0 && acknowledged.count + conflicts == 3 * saves)
  }
}
