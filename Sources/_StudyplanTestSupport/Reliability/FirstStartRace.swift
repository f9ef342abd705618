import Foundation
import StudyplanCore

/// N `studyplan` processes started together on a store that does not exist yet, each making and
/// saving one protocol (`studyplan -c 'new "P1"' -c save`), trial after trial.
///
/// Every save a process acknowledged (`saved pN@1 'Pi'`) must be in the store afterwards with
/// its title, no process may fail with "already exists" (migrations racing), and the store must
/// be private: folder 0700, file 0600.
public struct FirstStartRace: Sendable {
  /// The built binary.
  public var binary: String
  /// How many trials, each on a fresh, missing store.
  public var trials: Int
  /// Processes started together per trial.
  public var processes: Int

  public init(binary: String, trials: Int, processes: Int = 3) {
    self.binary = binary
    self.trials = trials
    self.processes = processes
  }

  /// The figures of a run.
  public struct Report: Sendable {
    public var trials = 0
    public var starts = 0
    public var acknowledged = 0
    /// Acknowledged saves missing from the store or changed.
    public var lost = 0
    /// Starts that failed with "already exists".
    public var alreadyExists = 0
    /// Starts that failed otherwise (reported with their message).
    public var otherFailures = 0
    public var failures: [String] = []
    public var seconds = 0.0
    public var passed: Bool { lost == 0 && alreadyExists == 0 && failures.isEmpty }
  }

  public func run() throws -> Report {
    let started = Date()
    var report = Report()
    let base = FileManager.default.temporaryDirectory
      .appendingPathComponent("studyplan-first-start-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: base) }
    for trial in 0..<trials {
      // A folder that does not exist either: the processes race to make it too.
      let folder = base.appendingPathComponent("t\(trial)/data/studyplan")
      let db = folder.appendingPathComponent("studyplan.sqlite").path
      let results = startTogether(
        dataHome: base.appendingPathComponent("t\(trial)/data"), home: base)
      report.trials += 1
      var acknowledged: [(id: String, title: String)] = []
      for (index, result) in results.enumerated() {
        report.starts += 1
        let title = "P\(index + 1)"
        let combined = result.output + result.errors
        if combined.contains("already exists") { report.alreadyExists += 1 }
        if let line = result.output.split(separator: "\n").first(where: { $0.hasPrefix("saved ") }),
          line.hasSuffix("'\(title)'"),
          let reference = line.split(separator: " ").dropFirst().first,
          let id = reference.split(separator: "@").first
        {
          acknowledged.append((String(id), title))
        } else if result.status != 0 {
          report.otherFailures += 1
          report.failures.append(
            "trial \(trial) process \(index + 1): exit \(result.status): "
              + result.errors.trimmingCharacters(in: .whitespacesAndNewlines))
        }
      }
      report.acknowledged += acknowledged.count
      let store = try ProtocolStore(path: db)
      let titles = Dictionary(try store.list().map { ($0.id, $0.title) }) { first, _ in first }
      for save in acknowledged where titles[save.id] != save.title {
        report.lost += 1
        report.failures.append(
          "trial \(trial): acknowledged \(save.id) '\(save.title)' is '\(titles[save.id] ?? "missing")'"
        )
      }
      for (path, expected) in [(folder.path, 0o700), (db, 0o600)] {
        var info = stat()
        if stat(path, &info) == 0, Int(info.st_mode & 0o777) != expected {
          report.failures.append(
            "trial \(trial): \(path) has mode \(String(info.st_mode & 0o777, radix: 8))")
        }
      }
    }
    report.seconds = Date().timeIntervalSince(started)
    return report
  }

  /// Starts the processes as close together as possible and waits for all of them.
  /// Each process finds the store at its default place (`$XDG_DATA_HOME/studyplan/`), the one
  /// studyplan makes folders for (an explicit `--db` never gets them).
  private func startTogether(dataHome: URL, home: URL) -> [BuiltBinary.Result] {
    let group = DispatchGroup()
    let lock = NSLock()
    nonisolated(unsafe) var results = [BuiltBinary.Result?](repeating: nil, count: processes)
    for index in 0..<processes {
      group.enter()
      Thread {
        let result =
          (try? BuiltBinary.runProgram(
            binary, ["-c", "new \"P\(index + 1)\"", "-c", "save"],
            environment: [
              "HOME": home.path, "XDG_DATA_HOME": dataHome.path, "PATH": "/usr/bin:/bin",
              "LANG": "C.UTF-8",
            ]))
          ?? BuiltBinary.Result(output: "", errors: "could not start", status: -1)
        lock.lock()
        results[index] = result
        lock.unlock()
        group.leave()
      }.start()
    }
    group.wait()
    return results.map { $0 ?? BuiltBinary.Result(output: "", errors: "", status: -1) }
  }
}
