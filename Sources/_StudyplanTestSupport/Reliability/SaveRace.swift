import Foundation
import StudyplanCore

/// Two `studyplan` processes saving the same protocol as fast as they can.
///
/// Each planner opens p1, renames it and saves, again and again. When a save is refused because
/// the other saved in between, the planner quits without saving (`quit --discard`), starts a new
/// process, re-opens p1 and tries again. Afterwards the protocol's history must hold exactly
/// every acknowledged save, each built on the version just before it: no lost update.
public struct SaveRace: Sendable {
  /// The built binary.
  public var binary: String
  /// Acknowledged saves each planner makes.
  public var savesPerPlanner: Int
  /// The seed for the planners' pauses between saves.
  public var seed: UInt64

  public init(binary: String, savesPerPlanner: Int, seed: UInt64) {
    self.binary = binary
    self.savesPerPlanner = savesPerPlanner
    self.seed = seed
  }

  /// The figures of a run.
  public struct Report: Sendable {
    public var planners = 2
    public var acknowledged = 0
    /// Saves refused with the "saved elsewhere" message, each seen by the planner that lost.
    public var conflicts = 0
    /// Versions in the history at the end (the first one included).
    public var versions = 0
    /// Acknowledged saves missing or changed, or saves not built on the version before them.
    public var lost = 0
    public var failures: [String] = []
    public var seconds = 0.0
    public var passed: Bool { lost == 0 && failures.isEmpty && acknowledged > 0 }
  }

  /// One acknowledged save.
  struct Save {
    var version: Int
    var title: String
  }

  final class Ledger: @unchecked Sendable {
    let lock = NSLock()
    var saves: [Save] = []
    var conflicts = 0
    var failures: [String] = []

    func add(_ change: (Ledger) -> Void) {
      lock.lock()
      change(self)
      lock.unlock()
    }
  }

  public func run() throws -> Report {
    let started = Date()
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("studyplan-race-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let db = folder.appendingPathComponent("race.sqlite").path
    let setup = try LineProcess(
      binary: binary, arguments: ["--db", db, "-c", "new \"Race\"", "-c", "save"])
    guard setup.wait() == 0 else {
      throw ReliabilityError.setupFailed("could not create p1 in \(db)")
    }

    let ledger = Ledger()
    let group = DispatchGroup()
    for (index, name) in ["A", "B"].enumerated() {
      let planner = Planner(
        binary: binary, db: db, name: name, target: savesPerPlanner,
        random: SeededGenerator(seed: seed, item: index), ledger: ledger)
      group.enter()
      Thread {
        planner.run()
        group.leave()
      }.start()
    }
    group.wait()

    var report = Report()
    report.acknowledged = ledger.saves.count
    report.conflicts = ledger.conflicts
    report.failures = ledger.failures
    let history = try ProtocolStore(path: db).history(of: "p1")
    report.versions = history.count
    let titles = Dictionary(history.map { ($0.reference.version, $0.title) }) { first, _ in first }
    for save in ledger.saves where titles[save.version] != save.title {
      report.lost += 1
      report.failures.append(
        "acknowledged p1@\(save.version) '\(save.title)' is '\(titles[save.version] ?? "missing")'")
    }
    if history.count != 1 + ledger.saves.count {
      report.failures.append(
        "history holds \(history.count) versions, expected 1 + \(ledger.saves.count)")
    }
    for entry in history.dropFirst() {
      guard let base = entry.title.split(separator: " ").last.flatMap({ Int($0) }),
        base == entry.reference.version - 1
      else {
        report.lost += 1
        report.failures.append(
          "\(entry.reference) '\(entry.title)' was not built on the version before it")
        continue
      }
    }
    report.seconds = Date().timeIntervalSince(started)
    return report
  }

  /// One planner's loop.
  struct Planner: Sendable {
    var binary: String
    var db: String
    var name: String
    var target: Int
    var random: SeededGenerator
    var ledger: Ledger

    func run() {
      var random = random
      var acknowledged = 0
      var attempt = 0
      var restarts = 0
      while acknowledged < target {
        restarts += 1
        guard restarts < target * 20,
          let process = try? LineProcess(
            binary: binary, arguments: ["--db", db, "--continue-on-error"])
        else {
          ledger.add { $0.failures.append("planner \(name) could not (re)start") }
          return
        }
        process.send("open p1\n")
        guard let opened = process.readLine(), opened.hasPrefix("opened p1@"),
          var base = opened.split(separator: " ")[1].split(separator: "@").last.flatMap({ Int($0) })
        else {
          ledger.add { $0.failures.append("planner \(name): open p1 did not answer as expected") }
          process.kill()
          process.wait()
          return
        }
        while acknowledged < target {
          attempt += 1
          let title = "\(name)-\(attempt) on \(base)"
          process.send("rename \"\(title)\"\nsave --note \"\(name)-\(attempt)\"\n")
          var answer = process.readLine()
          if answer?.hasPrefix("renamed to") == true { answer = process.readLine() }
          guard let answer else {
            ledger.add { $0.failures.append("planner \(name): no answer to save \(attempt)") }
            process.kill()
            process.wait()
            return
          }
          if answer.hasPrefix("saved p1@"),
            let version = answer.split(separator: " ")[1].split(separator: "@").last.flatMap({
              Int($0)
            })
          {
            ledger.add { $0.saves.append(Save(version: version, title: title)) }
            if version != base + 1 {
              ledger.add {
                $0.failures.append("planner \(name): '\(title)' saved as p1@\(version)")
              }
            }
            base = version
            acknowledged += 1
            usleep(UInt32(random.int(0...2_000)))
            continue
          }
          if answer.hasPrefix("error: protocol 'p1' was saved elsewhere") {
            ledger.add { $0.conflicts += 1 }
          } else {
            ledger.add {
              $0.failures.append(
                "planner \(name): save \(attempt) answered \(answer.debugDescription)")
            }
          }
          break
        }
        process.send("quit --discard\n")
        process.wait()
      }
    }
  }
}
