import Foundation
import StudyplanCore
import StudyplanREPL

/// Kills `studyplan` with SIGKILL at random moments while it saves, imports protocols and imports
/// reference data, and checks after every kill that the store is intact and that every version
/// the killed process acknowledged ("saved p1@7 …", "imported … as p3@1") is still there.
public struct KillRun: Sendable {
  /// The built binary.
  public var binary: String
  /// How many processes to kill.
  public var kills: Int
  /// The seed the scripts and the moments are drawn from.
  public var seed: UInt64
  /// Folder holding valid example data files, for `data import` (see ``ImportFuzzer``).
  public var examples: URL?
  /// The command table of the binary (for finding `data import`).
  public var table: CommandTable

  public init(
    binary: String, kills: Int, seed: UInt64, examples: URL? = nil, table: CommandTable = .standard
  ) {
    self.binary = binary
    self.kills = kills
    self.seed = seed
    self.examples = examples
    self.table = table
  }

  /// The figures of a run.
  public struct Report: Sendable {
    public var kills = 0
    /// Kills per activity (`saves`, `imports`, `data imports`).
    public var killsByActivity: [String: Int] = [:]
    /// Processes that finished their script before the kill (not counted as kills).
    public var finishedFirst = 0
    /// Versions acknowledged by killed processes.
    public var acknowledged = 0
    /// Acknowledged versions (and data imports) missing afterwards.
    public var lost = 0
    /// Integrity checks that did not answer `ok`.
    public var integrityFailures = 0
    public var failures: [String] = []
    public var notes: [String] = []
    public var seconds = 0.0
    public var passed: Bool { lost == 0 && integrityFailures == 0 && failures.isEmpty && kills > 0 }
  }

  /// One acknowledged version: where it is and the title it was saved with.
  struct Acknowledged {
    var reference: VersionReference
    var title: String
  }

  public func run() throws -> Report {
    let started = Date()
    var report = Report()
    var random = SeededGenerator(seed: seed)
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("studyplan-kill-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let db = folder.appendingPathComponent("killed.sqlite").path

    var payload = FuzzSandbox.richProtocol
    payload.title = "Imported payload"
    payload.purpose = String(
      repeating: "A study of cooperation across municipalities. ", count: 2_000)
    try ProtocolJSON.encode(payload).write(to: folder.appendingPathComponent("payload.json"))
    let setup = try LineProcess(
      binary: binary, arguments: ["--db", db, "-c", "new \"Kill target\"", "-c", "save"])
    guard setup.wait() == 0 else {
      throw ReliabilityError.setupFailed("could not create p1 in \(db)")
    }

    var activities = ["saves", "imports"]
    var dataFiles: [(kind: String, file: URL)] = []
    if let kinds = ImportFuzzer.dataImportKinds(in: table) {
      dataFiles = kinds.compactMap { kind in
        ImportFuzzer.example(for: kind, in: examples).map { (kind, $0) }
      }
      if dataFiles.isEmpty {
        report.notes.append("data imports skipped: no example file for the kinds \(kinds)")
      } else {
        activities.append("data imports")
      }
    } else {
      report.notes.append(
        "data imports skipped: this build has no 'data import FILE --kind KIND' command")
    }

    var allAcknowledged: [Acknowledged] = []
    // Count only real kills: a script that finished first is run again (up to three times as
    // many runs as kills).
    var iteration = -1
    while report.kills < kills, iteration < kills * 3 {
      iteration += 1
      let activity = random.pick(activities)
      let script = Self.script(
        activity, iteration: iteration, payload: folder.appendingPathComponent("payload.json"),
        dataFiles: dataFiles)
      let scriptFile = folder.appendingPathComponent("script-\(iteration).txt")
      try (script.joined(separator: "\n") + "\n").write(
        to: scriptFile, atomically: true, encoding: .utf8)
      let process = try LineProcess(binary: binary, arguments: ["--db", db, "-f", scriptFile.path])
      var lines: [String] = []
      let early = random.chance(0.1)
      if !early, let first = process.readLine(timeout: 30) { lines.append(first) }
      usleep(
        UInt32(
          early
            ? random.int(0...40_000)
            : random.int(
              0...(activity == "saves" ? 400_000 : activity == "imports" ? 150_000 : 60_000))
        ))
      process.kill()
      let status = process.wait()
      lines += process.readRemainingLines(timeout: 5)
      if status != -SIGKILL {
        report.finishedFirst += 1
      } else {
        report.kills += 1
        report.killsByActivity[activity, default: 0] += 1
      }
      let acknowledged = Self.acknowledgedVersions(in: lines)
      let dataIDs = lines.compactMap(Self.acknowledgedDataImport)
      report.acknowledged += acknowledged.count + dataIDs.count
      allAcknowledged += acknowledged
      check(
        db: db, acknowledged, dataIDs: dataIDs, after: "kill \(iteration) (\(activity))",
        into: &report)
      try? FileManager.default.removeItem(at: scriptFile)
    }
    // Versions acknowledged early must survive every later kill too.
    check(db: db, allAcknowledged, dataIDs: [], after: "all \(report.kills) kills", into: &report)
    report.seconds = Date().timeIntervalSince(started)
    return report
  }

  static func script(
    _ activity: String, iteration: Int, payload: URL, dataFiles: [(kind: String, file: URL)]
  ) -> [String] {
    let payload = CommandLexer.quote(payload.path)
    switch activity {
    case "saves":
      return ["open p1"]
        + (1...400).flatMap {
          ["rename \"k\(iteration)-\($0)\"", "save --note \"k\(iteration)-\($0)\""]
        }
    case "imports":
      return (1...200).map { $0 % 3 == 0 ? "import \(payload) --into p1" : "import \(payload)" }
    default:
      return (0..<400).map {
        let (kind, file) = dataFiles[$0 % dataFiles.count]
        return "data import \(CommandLexer.quote(file.path)) --kind \(kind)"
      }
    }
  }

  /// The versions a process said it stored: `saved pN@V … 'TITLE'` and `imported 'TITLE' as pN@V`.
  static func acknowledgedVersions(in lines: [String]) -> [Acknowledged] {
    lines.compactMap { line in
      if line.hasPrefix("saved "), let word = line.split(separator: " ").dropFirst().first,
        let first = line.firstIndex(of: "'"), let last = line.lastIndex(of: "'"), first < last,
        let reference = try? ProtocolID.parseReference(String(word)),
        let version = reference.version
      {
        let title = String(line[line.index(after: first)..<last])
        return Acknowledged(
          reference: VersionReference(id: reference.id, version: version), title: title)
      }
      if line.hasPrefix("imported '"), let separator = line.range(of: "' as ", options: .backwards),
        let reference = try? ProtocolID.parseReference(String(line[separator.upperBound...])),
        let version = reference.version
      {
        let title = String(line[line.index(line.startIndex, offsetBy: 10)..<separator.lowerBound])
        return Acknowledged(
          reference: VersionReference(id: reference.id, version: version), title: title)
      }
      return nil
    }
  }

  /// The dataset id of `imported ID (…): …`, the line `data import` prints.
  static func acknowledgedDataImport(_ line: String) -> String? {
    guard line.hasPrefix("imported "), !line.hasPrefix("imported '") else { return nil }
    return line.split(separator: " ").dropFirst().first.map(String.init)
  }

  private func check(
    db: String, _ acknowledged: [Acknowledged], dataIDs: [String], after moment: String,
    into report: inout Report
  ) {
    do {
      let store = try ProtocolStore(path: db)
      let integrity = try store.integrityCheck()
      if integrity != ["ok"] {
        report.integrityFailures += 1
        report.failures.append("after \(moment): integrity_check said \(integrity.prefix(3))")
      }
      for version in acknowledged {
        let stored = try? store.version(version.reference)
        if stored?.document.title != version.title {
          report.lost += 1
          report.failures.append(
            "after \(moment): acknowledged \(version.reference) '\(version.title)' is "
              + (stored.map { "'\($0.document.title)'" } ?? "missing"))
        }
      }
      guard !dataIDs.isEmpty else { return }
      let terminal = ScriptedTerminal(input: [])
      var repl = REPL(
        session: Session(
          environment: SessionEnvironment(
            store: StoreHandle(store), now: { Date() },
            workingDirectory: FileManager.default.temporaryDirectory.path, timeZone: .gmt)),
        terminal: terminal, source: .standardInput)
      _ = repl.execute("data sources")
      for id in dataIDs where !terminal.output.contains(id) {
        report.lost += 1
        report.failures.append("after \(moment): acknowledged data import \(id) is missing")
      }
    } catch {
      report.integrityFailures += 1
      report.failures.append("after \(moment): the store did not open: \(error)")
    }
  }
}

/// Why a reliability run could not start.
public enum ReliabilityError: Error, CustomStringConvertible {
  case setupFailed(String)

  public var description: String {
    switch self {
    case .setupFailed(let reason): "setup failed: \(reason)"
    }
  }
}
