import Foundation
import StudyplanCore
import StudyplanREPL

/// What a fuzz run found, and its figures.
public struct FuzzReport: Sendable {
  /// The seed the inputs were generated from.
  public var seed: UInt64
  /// Inputs run.
  public var inputs = 0
  /// Inputs answered with success.
  public var successes = 0
  /// Inputs answered with exactly one `error:` line.
  public var errors = 0
  /// Inputs that ran longer than the watchdog allows.
  public var hangs = 0
  /// Answers that broke the rules (more than one line, no `error:` prefix, a changed store …),
  /// each with the input that caused it.
  public var failures: [String] = []
  /// Wall-clock seconds.
  public var seconds = 0.0

  public init(seed: UInt64) {
    self.seed = seed
  }

  /// Whether every input was answered by success or one error line, with no hang.
  public var passed: Bool { failures.isEmpty && hangs == 0 }

  mutating func record(_ problem: String?, status: ExitStatus, limit: Int = 20) {
    inputs += 1
    if status == .success { successes += 1 } else { errors += 1 }
    if let problem, failures.count < limit { failures.append(problem) }
  }
}

/// Checks that an answer is success, or exactly one line on standard error starting `error: `.
public enum AnswerRule {
  /// Why the answer breaks the rule, or `nil` when it keeps it.
  public static func problem(status: ExitStatus, errors: String) -> String? {
    let lines = errors.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    if status == .success {
      guard lines.allSatisfy({ $0.hasPrefix("warning: ") }),
        errors.isEmpty || errors.hasSuffix("\n")
      else { return "succeeded but wrote to standard error: \(errors.debugDescription)" }
      return nil
    }
    guard lines.count == 1, errors.hasPrefix("error: "), errors.hasSuffix("\n") else {
      return
        "failed with \(lines.count) line(s) on standard error: \(errors.prefix(600).debugDescription)"
    }
    if errors.contains("unexpected failure") || errors.contains("Fatal error") {
      return "an error outside the planner's voice: \(errors.prefix(600).debugDescription)"
    }
    return nil
  }
}

/// Runs generated command lines through ``REPL/execute(_:lineNumber:)`` in-process, in batches,
/// each batch on a fresh in-memory store, and checks every answer.
///
/// ```swift
/// let report = try CommandFuzzer(seed: 7, lineCount: 3_000).run()
/// #expect(report.passed, "\(report.failures)")
/// ```
public struct CommandFuzzer: Sendable {
  /// Where the lines come from.
  public var generator: CommandLineGenerator
  /// How many lines to run.
  public var lineCount: Int
  /// Lines per fresh session and store.
  public var batchSize = 250
  /// Seconds one line may take before it counts as a hang.
  public var timeout = 15.0

  public init(table: CommandTable = .standard, seed: UInt64, lineCount: Int) throws {
    generator = try Self.generator(table: table, seed: seed)
    self.lineCount = lineCount
  }

  /// The generator a run with `seed` uses (for replaying one line of it).
  public static func generator(table: CommandTable = .standard, seed: UInt64) throws
    -> CommandLineGenerator
  {
    let sandbox = try FuzzSandbox()
    defer { sandbox.remove() }
    return CommandLineGenerator.withKnownValues(
      table: table, seed: seed, session: try sandbox.makeSession())
  }

  /// Runs every line; `progress` is called after each batch with the lines done so far.
  public func run(progress: @escaping @Sendable (Int) -> Void = { _ in }) throws -> FuzzReport {
    let sandbox = try FuzzSandbox()
    defer { sandbox.remove() }
    let started = Date()
    let box = ReportBox(FuzzReport(seed: generator.seed))
    CrashBreadcrumb.seed = generator.seed
    CrashBreadcrumb.phase = 1
    let generator = generator
    let (lineCount, batchSize) = (lineCount, batchSize)
    let hung = Watchdog.run(timeout: timeout) { watchdog in
      var start = 0
      while start < lineCount {
        guard var session = try? sandbox.makeSession() else { return }
        for index in start..<min(start + batchSize, lineCount) {
          // Most lines run against an open protocol; some with none, as at start-up.
          if index % 40 == 0 { sandbox.openProtocol(in: &session, choice: index / 40) }
          let line = generator.line(index)
          let terminal = ScriptedTerminal(input: [])
          var repl = REPL(session: session, terminal: terminal, source: .standardInput)
          watchdog.begin(index)
          let status = repl.execute(line)
          watchdog.end()
          session = repl.session
          session.isFinished = false
          let problem = AnswerRule.problem(status: status, errors: terminal.errors).map {
            "line \(index) (seed \(generator.seed)) \(line.prefix(300).debugDescription): \($0)"
          }
          box.update { $0.record(problem, status: status) }
        }
        start += batchSize
        progress(min(start, lineCount))
      }
    }
    var report = box.value
    if let hung {
      report.hangs += 1
      let line = generator.line(hung).prefix(300).debugDescription
      report.failures.append(
        "line \(hung) (seed \(generator.seed)) \(line): no answer within \(timeout) s")
    }
    report.seconds = Date().timeIntervalSince(started)
    return report
  }
}

/// A report shared between the worker thread and the thread that waits for it.
final class ReportBox: @unchecked Sendable {
  private let lock = NSLock()
  private var report: FuzzReport

  init(_ report: FuzzReport) {
    self.report = report
  }

  func update(_ change: (inout FuzzReport) -> Void) {
    lock.lock()
    change(&report)
    lock.unlock()
  }

  var value: FuzzReport {
    lock.lock()
    defer { lock.unlock() }
    return report
  }
}
