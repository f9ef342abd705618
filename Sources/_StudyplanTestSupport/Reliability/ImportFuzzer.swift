import Foundation
import StudyplanCore
import StudyplanREPL

/// Feeds malformed import files to `import` (and to `data import` when this build has it),
/// in-process, and checks each answer: success, or one error line naming the file and the place,
/// with the store unchanged.
public struct ImportFuzzer: Sendable {
  /// The seed the files are generated from.
  public var seed: UInt64
  /// How many protocol JSON files to try.
  public var jsonCount: Int
  /// How many CSV files to try per `data import` kind.
  public var csvCount: Int
  /// Folder holding valid example data files (`*KIND*.csv`), the bases for CSV mutations.
  public var examples: URL?
  /// The command table (for finding `data import`).
  public var table: CommandTable
  /// Seconds one file may take before it counts as a hang.
  public var timeout = 15.0

  public init(
    seed: UInt64, jsonCount: Int, csvCount: Int, examples: URL?, table: CommandTable = .standard
  ) {
    self.seed = seed
    self.jsonCount = jsonCount
    self.csvCount = csvCount
    self.examples = examples
    self.table = table
  }

  /// The kinds `data import FILE --kind KIND` accepts, or `nil` when this build has no such command.
  public static func dataImportKinds(in table: CommandTable) -> [String]? {
    table.command(named: "data")?.subcommand(named: "import")?.option(named: "--kind")?.kind
      .choices?.words
  }

  /// The valid example file for `kind` in `examples`: the first `.csv` whose name contains it.
  public static func example(for kind: String, in examples: URL?) -> URL? {
    guard let examples,
      let names = try? FileManager.default.contentsOfDirectory(atPath: examples.path)
    else { return nil }
    return names.sorted().first { $0.contains(kind) && $0.hasSuffix(".csv") }
      .map { examples.appendingPathComponent($0) }
  }

  /// Runs the JSON files, then the CSV files; the notes say what was skipped.
  public func run() throws -> (json: FuzzReport, csv: FuzzReport?, notes: [String]) {
    let sandbox = try FuzzSandbox()
    defer { sandbox.remove() }
    var notes: [String] = []
    let base = try ProtocolJSON.encode(FuzzSandbox.richProtocol)
    let json = try runFiles(
      count: jsonCount, sandbox: sandbox, phase: 2,
      make: { FileMutator(base: base, seed: seed).json($0) },
      command: { name, index in index % 4 == 3 ? "import \(name) --into p1" : "import \(name)" },
      fileExtension: "json")
    guard let kinds = Self.dataImportKinds(in: table) else {
      notes.append(
        "skipped malformed CSV: this build has no 'data import FILE --kind KIND' command")
      return (json, nil, notes)
    }
    var csv = FuzzReport(seed: seed)
    for kind in kinds {
      guard let example = Self.example(for: kind, in: examples),
        let data = try? Data(contentsOf: example)
      else {
        notes.append("skipped malformed CSV for '\(kind)': no example file naming it")
        continue
      }
      let report = try runFiles(
        count: csvCount, sandbox: sandbox, phase: 3,
        make: { FileMutator(base: data, seed: seed).csv($0) },
        command: { name, _ in "data import \(name) --kind \(kind)" }, fileExtension: "csv")
      csv.inputs += report.inputs
      csv.successes += report.successes
      csv.errors += report.errors
      csv.hangs += report.hangs
      csv.failures += report.failures
      csv.seconds += report.seconds
    }
    return (json, csv, notes)
  }

  private func runFiles(
    count: Int, sandbox: FuzzSandbox, phase: Int,
    make: @escaping @Sendable (Int) -> (data: Data, mutation: String),
    command: @escaping @Sendable (String, Int) -> String, fileExtension: String
  ) throws -> FuzzReport {
    let started = Date()
    let box = ReportBox(FuzzReport(seed: seed))
    CrashBreadcrumb.seed = seed
    CrashBreadcrumb.phase = phase
    let seed = seed
    let hasDataImport = Self.dataImportKinds(in: table) != nil
    let hung = Watchdog.run(timeout: timeout) { watchdog in
      var session: Session?
      for index in 0..<count {
        if index % 100 == 0 { session = try? sandbox.makeSession() }
        guard var current = session, let store = try? current.environment.store.store() else {
          return
        }
        let (data, mutation) = make(index)
        let name = "case-\(index).\(fileExtension)"
        let file = sandbox.folder.appendingPathComponent(name)
        guard (try? data.write(to: file)) != nil else { continue }
        let before = Self.snapshot(store, session: &current, dataSources: hasDataImport)
        let terminal = ScriptedTerminal(input: [])
        var repl = REPL(session: current, terminal: terminal, source: .standardInput)
        watchdog.begin(index)
        let status = repl.execute(command(name, index))
        watchdog.end()
        current = repl.session
        var problem = AnswerRule.problem(status: status, errors: terminal.errors)
        if problem == nil, status == .success, fileExtension == "json" {
          // What an import accepts must be a protocol the commands could have made.
          let lines = terminal.output.components(separatedBy: "\n")
          for saved in KillRun.acknowledgedVersions(in: lines) {
            let title = (try? store.version(saved.reference))?.document.title ?? ""
            if !StudyProtocol.isAcceptableTitle(title) {
              problem = "imported a title 'new' refuses: \(title.prefix(80).debugDescription)"
            }
          }
        }
        if problem == nil, status != .success {
          let message = terminal.errors
          if !message.contains(name) {
            problem = "the error does not name the file: \(message.debugDescription)"
          } else if fileExtension == "json",
            !(message.contains(" at $") || message.contains(" at line"))
          {
            problem = "the error does not name the place in the file: \(message.debugDescription)"
          } else if Self.snapshot(store, session: &current, dataSources: hasDataImport) != before {
            problem = "the store changed although the import failed: \(message.debugDescription)"
          }
        }
        session = current
        let described = problem.map {
          "file \(index) (seed \(seed), \(mutation)) via '\(command(name, index))': \($0)"
        }
        box.update { $0.record(described, status: status) }
        try? FileManager.default.removeItem(at: file)
      }
    }
    var report = box.value
    if let hung {
      report.hangs += 1
      report.failures.append(
        "file \(hung) (seed \(seed), \(make(hung).mutation)): no answer within \(timeout) s")
    }
    report.seconds = Date().timeIntervalSince(started)
    return report
  }

  /// What the store holds, for telling whether a failed import changed it: every protocol's
  /// head, and what `data sources` prints when this build has it.
  private static func snapshot(
    _ store: any StudyplanStore, session: inout Session, dataSources: Bool
  ) -> String {
    let heads =
      (try? store.list().map { "\($0.id)@\($0.headVersion)" }.joined(separator: " ")) ?? "?"
    guard dataSources else { return heads }
    let terminal = ScriptedTerminal(input: [])
    var repl = REPL(session: session, terminal: terminal, source: .standardInput)
    _ = repl.execute("data sources")
    session = repl.session
    return heads + "\n" + terminal.output
  }
}
