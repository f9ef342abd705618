import Foundation
import StudyplanCore
import StudyplanPostgres

/// A throw-away PostgreSQL cluster for the tests: `initdb` in a temporary folder, the server on
/// a Unix socket in that folder (no TCP port), stopped and removed when the test process ends.
/// One per test process, started the first time a test asks for it; each test then makes its
/// own database in it (``makeDatabase()``).
///
/// Started as an unprivileged user: `initdb` refuses root, so a root process (CI, this kind of
/// machine) runs the server programs as the `postgres` user the Debian package makes, through
/// `runuser`, with the folder owned by that user and the socket folder open to the tests.
///
/// Roles for the team tests: `alice` and `carol` in team `team_a`, `bob` in team `team_b`,
/// each with `studyplan.team` set to that team.
public final class PostgresTestCluster: Sendable {
  /// The cluster of this test process; `nil` when PostgreSQL is not installed (or would not
  /// start: ``unavailableReason`` says why).
  public static let shared: PostgresTestCluster? = {
    switch start() {
    case .success(let cluster):
      atexit { PostgresTestCluster.shared?.stop() }
      return cluster
    case .failure(let problem):
      startProblem.withLockedValue { $0 = problem.description }
      return nil
    }
  }()

  /// Why there is no cluster, for the skip message.
  public static var unavailableReason: String {
    _ = shared
    return startProblem.withLockedValue { $0 }
      ?? "PostgreSQL is running"
  }
  private static let startProblem = Locked<String?>(nil)

  /// The folder with initdb, pg_ctl, postgres and psql.
  public let binaries: String
  /// The cluster's folder; the socket is in it.
  public let folder: String
  /// The superuser role.
  public let superuser = "postgres"
  private let runAs: String?

  private init(binaries: String, folder: String, runAs: String?) {
    self.binaries = binaries
    self.folder = folder
    self.runAs = runAs
  }

  /// The address of `database` for `role`, over the cluster's Unix socket; `options` are
  /// libpq's (`-c studyplan.team=NAME`).
  public func address(database: String, role: String? = nil, options: String? = nil) -> String {
    let extra =
      options.flatMap { $0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) }
      .map { "&options=\($0)" } ?? ""
    return "postgres:///\(database)?host=\(folder)&user=\(role ?? superuser)\(extra)"
  }

  /// A new, empty database; its name.
  public func makeDatabase() throws -> String {
    let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    try psql("CREATE DATABASE \(name) STRATEGY FILE_COPY", database: "postgres")
    return name
  }

  /// A store on a new database, as `role`.
  public func makeStore(role: String? = nil, localDrafts: String? = nil) throws -> PostgresStore {
    let database = try makeDatabase()
    return try store(database: database, role: role, localDrafts: localDrafts)
  }

  /// A store on `database` as `role`.
  public func store(
    database: String, role: String? = nil, options: String? = nil, localDrafts: String? = nil
  ) throws -> PostgresStore {
    let address = try PostgresAddress(
      address(database: database, role: role, options: options), environment: [:],
      systemUser: nil)
    return PostgresStore(address: address, localDraftsPath: localDrafts)
  }

  /// Runs `sql` with psql as the superuser; its output, or an error with psql's.
  @discardableResult
  public func psql(_ sql: String, database: String) throws -> String {
    try Self.run(
      "\(binaries)/psql",
      [
        "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", folder, "-U", superuser, "-d",
        database, "-c", sql,
      ], as: nil)
  }

  /// A second cluster of this test process, for the tests that stop, pause or restart the
  /// server (the shared one serves every other test at the same time); `nil` when it would not
  /// start.
  public static let separate: PostgresTestCluster? = {
    guard shared != nil, let cluster = try? start().get() else { return nil }
    atexit { PostgresTestCluster.separate?.stop() }
    return cluster
  }()

  /// A cluster of its own (the benchmarks); the caller stops it.
  public static func startSeparate() throws -> PostgresTestCluster {
    try start().get()
  }

  /// Restarts the server (fast shutdown: every connection is closed).
  public func restart() throws {
    try control(["restart", "-m", "fast", "-w"] + serverOptions)
  }

  /// Stops the server at once, as a crash or a pulled cable would look to a client.
  public func stopServer() throws {
    try control(["stop", "-m", "immediate", "-w"])
  }

  /// Starts the server again after ``stopServer()``.
  public func startServer() throws {
    try control(["start", "-w"] + serverOptions)
  }

  /// The server's main process (to pause it with SIGSTOP: a server that stops answering).
  public func serverProcess() -> Int32? {
    guard let text = try? String(contentsOfFile: "\(folder)/data/postmaster.pid", encoding: .utf8)
    else { return nil }
    return text.split(separator: "\n").first.flatMap { Int32($0) }
  }

  /// Stops the server at once and removes its folder.
  public func stop() {
    try? control(["stop", "-m", "immediate", "-w"])
    try? FileManager.default.removeItem(atPath: folder)
  }

  private var serverOptions: [String] {
    [
      "-l", "\(folder)/server.log", "-o",
      "-k \(folder) -c listen_addresses='' -c fsync=off -c synchronous_commit=off"
        + " -c full_page_writes=off -c max_connections=200",
    ]
  }

  private func control(_ arguments: [String]) throws {
    try Self.run("\(binaries)/pg_ctl", ["-D", "\(folder)/data"] + arguments, as: runAs)
  }
}

extension PostgresTestCluster {
  struct StartProblem: Error, CustomStringConvertible {
    var description: String
  }

  /// The newest PostgreSQL's programs: Debian's /usr/lib/postgresql/N/bin, else `pg_config`.
  static func binaryFolder() -> String? {
    let root = "/usr/lib/postgresql"
    let versions =
      ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [])
      .compactMap(Int.init).sorted(by: >)
    for version in versions
    where FileManager.default.isExecutableFile(
      atPath: "\(root)/\(version)/bin/initdb")
    {
      return "\(root)/\(version)/bin"
    }
    for folder in ["/usr/local/pgsql/bin", "/usr/bin"]
    where FileManager.default.isExecutableFile(atPath: "\(folder)/initdb") {
      return folder
    }
    return nil
  }

  static func start() -> Result<PostgresTestCluster, StartProblem> {
    guard let binaries = binaryFolder() else {
      return .failure(
        StartProblem(
          description: "PostgreSQL is not installed (no initdb); 'make test' installs Debian's"
            + " postgresql"))
    }
    let runAs: String? = geteuid() == 0 ? "postgres" : nil
    if let runAs, getpwnam(runAs) == nil {
      return .failure(
        StartProblem(
          description: "running as root and there is no '\(runAs)' user to run PostgreSQL"))
    }
    let folder = "/tmp/studyplan-pg-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    do {
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: false,
        attributes: [.posixPermissions: 0o755])
      if let runAs, let user = getpwnam(runAs) {
        guard chown(folder, user.pointee.pw_uid, user.pointee.pw_gid) == 0 else {
          throw StartProblem(description: "could not give \(folder) to \(runAs)")
        }
      }
      try run(
        "\(binaries)/initdb",
        [
          "-D", "\(folder)/data", "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale",
          "--no-sync",
        ], as: runAs)
      let cluster = PostgresTestCluster(binaries: binaries, folder: folder, runAs: runAs)
      try cluster.control(["start", "-w"] + cluster.serverOptions)
      try cluster.makeTeamRoles()
      return .success(cluster)
    } catch {
      try? FileManager.default.removeItem(atPath: folder)
      return .failure(StartProblem(description: "PostgreSQL did not start: \(error)"))
    }
  }

  private func makeTeamRoles() throws {
    try psql(
      """
      CREATE ROLE team_a NOLOGIN; CREATE ROLE team_b NOLOGIN;
      CREATE ROLE alice LOGIN IN ROLE team_a; CREATE ROLE carol LOGIN IN ROLE team_a;
      CREATE ROLE bob LOGIN IN ROLE team_b;
      ALTER ROLE alice SET studyplan.team = 'team_a';
      ALTER ROLE carol SET studyplan.team = 'team_a';
      ALTER ROLE bob SET studyplan.team = 'team_b';
      """, database: "postgres")
  }

  /// Runs a server program to its end, as `user` when given; its standard output, or an
  /// error with what it printed.
  ///
  /// posix_spawn and waitpid, not Foundation's `Process`: `pg_ctl start` leaves a server
  /// running, and `Process` then sometimes never notices its own child's exit.
  @discardableResult
  static func run(_ program: String, _ arguments: [String], as user: String?) throws -> String {
    let (executable, words) =
      user.map { ("/usr/sbin/runuser", ["-u", $0, "--", program] + arguments) }
      ?? (program, arguments)
    let base = NSTemporaryDirectory() + "studyplan-pg-run-\(UUID().uuidString)"
    defer {
      unlink(base + ".out")
      unlink(base + ".err")
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(
      &actions, 1, base + ".out", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(
      &actions, 2, base + ".err", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    // Nothing else of this process goes along: a server left running would otherwise hold the
    // pipes of the test's other children open (their standard input would never end).
    for descriptor in 3..<Int32(1024) where fcntl(descriptor, F_GETFD) != -1 {
      posix_spawn_file_actions_addclose(&actions, descriptor)
    }
    let argv = ([executable] + words).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else {
      throw StartProblem(description: "could not start \(executable)")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let output = (try? String(contentsOfFile: base + ".out", encoding: .utf8)) ?? ""
    let errors = (try? String(contentsOfFile: base + ".err", encoding: .utf8)) ?? ""
    guard status == 0 else {
      throw StartProblem(
        description: "\((program as NSString).lastPathComponent) failed: "
          + (errors + output).trimmingCharacters(in: .whitespacesAndNewlines))
    }
    return output
  }
}
