import Foundation
import StudyplanCore
import StudyplanREPL
import _StudyplanTestSupport

#if canImport(Glibc)
  import Glibc
#endif

// `make reliability`: kills, save races and fuzzing at full size; prints the figures.
// Usage: studyplan-reliability [--seed N]
//          [--only kills,race,commands,imports,first-start,boundary,output,exports,superseded,text]
//          [--kills N] [--saves N] [--lines N] [--files N] [--csv-files N] [--examples DIR]
//          [--first-starts N] [--boundary-copies N] [--output-rounds N]
//        studyplan-reliability --seed N --print-line I      (replays command line I)
//        studyplan-reliability --seed N --print-file I      (writes import file I to stdout)

let arguments = Array(CommandLine.arguments.dropFirst())

/// Prints `text` unbuffered, so the figures printed so far survive a crash.
func say(_ text: String) {
  FileHandle.standardOutput.write(Data((text + "\n").utf8))
}

func option(_ name: String) -> String? {
  guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
  return arguments[index + 1]
}

func number(_ name: String, _ fallback: Int) -> Int { option(name).flatMap { Int($0) } ?? fallback }

let seed = option("--seed").flatMap { UInt64($0) } ?? freshSeed()
let parts = Set(
  (option("--only")
    ?? "kills,race,commands,imports,first-start,boundary,output,exports,superseded,text")
    .split(separator: ",").map(String.init))
let examples = URL(fileURLWithPath: option("--examples") ?? "Examples/data")

if let index = option("--print-line").flatMap({ Int($0) }) {
  say(try CommandFuzzer.generator(seed: seed).line(index).debugDescription)
  exit(0)
}
if let index = option("--print-file").flatMap({ Int($0) }) {
  let base = try ProtocolJSON.encode(FuzzSandbox.richProtocol)
  let (data, mutation) = FileMutator(base: base, seed: seed).json(index)
  FileHandle.standardError.write(Data("mutation: \(mutation)\n".utf8))
  FileHandle.standardOutput.write(data)
  exit(0)
}

/// Writes a whole number to standard error without allocating (safe in a signal handler).
func writeNumber(_ value: UInt64) {
  var divisor: UInt64 = 1
  while value / divisor >= 10 { divisor *= 10 }
  while divisor > 0 {
    var digit = UInt8(truncatingIfNeeded: (value / divisor) % 10) + 48
    _ = write(2, &digit, 1)
    divisor /= 10
  }
}

func writeText(_ text: StaticString) {
  _ = write(2, text.utf8Start, text.utf8CodeUnitCount)
}

// A crash inside the in-process fuzzers kills this process: say which input did it first.

for crashSignal in [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE] {
  var action = sigaction()
  // On the alternate stack (see Watchdog), so a stack overflow is reported too.
  action.sa_flags = SA_ONSTACK
  action.__sigaction_handler.sa_handler = { received in
    writeText("\nstudyplan-reliability: CRASH on ")
    writeText(CrashBreadcrumb.phase == 1 ? "command line " : "import file ")
    writeNumber(UInt64(max(0, CrashBreadcrumb.item)))
    writeText(" of seed ")
    writeNumber(CrashBreadcrumb.seed)
    writeText(
      CrashBreadcrumb.phase == 1 ? "; replay with --print-line\n" : "; replay with --print-file\n")
    signal(received, SIG_DFL)
    raise(received)
  }
  sigaction(crashSignal, &action, nil)
}

say("studyplan reliability run, seed \(seed) (rerun with --seed \(seed))")
say("binary: \(BuiltBinary.path)")
var passed = true

func seconds(_ value: Double) -> String { String(format: "%.1f s", value) }

func show(_ failures: [String]) {
  for failure in failures.prefix(20) { say("  FAIL \(failure)") }
}

if parts.contains("kills") {
  let report = try KillRun(
    binary: BuiltBinary.path, kills: number("--kills", 200), seed: seed, examples: examples
  ).run()
  let byActivity = report.killsByActivity.sorted { $0.key < $1.key }.map {
    "\($0.value) during \($0.key)"
  }
  say(
    "(a) SIGKILL: \(report.kills) kills (\(byActivity.joined(separator: ", "))), "
      + "\(report.finishedFirst) scripts finished before their kill; \(report.acknowledged) acknowledged "
      + "versions, \(report.lost) lost; integrity_check not ok: \(report.integrityFailures); \(seconds(report.seconds))"
  )
  for note in report.notes { say("    note: \(note)") }
  show(report.failures)
  passed = passed && report.passed
}

if parts.contains("race") {
  let report = try SaveRace(
    binary: BuiltBinary.path, savesPerPlanner: number("--saves", 500), seed: seed
  ).run()
  say(
    "(b) two planners: \(report.acknowledged) acknowledged saves (\(number("--saves", 500)) each), "
      + "\(report.conflicts) conflicts refused and reported to the loser, \(report.versions) versions in "
      + "the history, \(report.lost) lost updates; \(seconds(report.seconds))")
  show(report.failures)
  passed = passed && report.passed
}

if parts.contains("commands") {
  let total = number("--lines", 100_000)
  let report = try CommandFuzzer(seed: seed, lineCount: total).run { done in
    if done % 10_000 == 0 { FileHandle.standardError.write(Data("  … \(done) lines\n".utf8)) }
  }
  say(
    "(c) command language: \(report.inputs) lines over \(CommandTable.standard.names.count) commands, "
      + "\(report.successes) succeeded, \(report.errors) answered with one error line, 0 crashes, "
      + "\(report.hangs) hangs, \(report.failures.count) rule breaks; \(seconds(report.seconds))")
  show(report.failures)
  passed = passed && report.passed
}

if parts.contains("imports") {
  let (json, csv, notes) = try ImportFuzzer(
    seed: seed, jsonCount: number("--files", 10_000), csvCount: number("--csv-files", 5_000),
    examples: examples
  ).run()
  say(
    "(c) import files: \(json.inputs) malformed protocol JSON files, \(json.errors) refused with one "
      + "located error and the store unchanged, \(json.successes) still valid and imported, 0 crashes, "
      + "\(json.hangs) hangs, \(json.failures.count) rule breaks; \(seconds(json.seconds))")
  show(json.failures)
  passed = passed && json.passed
  if let csv {
    say(
      "(c) data files: \(csv.inputs) malformed CSV files, \(csv.errors) refused with one error naming "
        + "the file, \(csv.successes) accepted, 0 crashes, \(csv.hangs) hangs, "
        + "\(csv.failures.count) rule breaks; \(seconds(csv.seconds))")
    show(csv.failures)
    passed = passed && csv.passed
  }
  for note in notes { say("    note: \(note)") }
}

if parts.contains("first-start") {
  let trials = number("--first-starts", 500)
  let report = try FirstStartRace(binary: BuiltBinary.path, trials: trials).run()
  say(
    "(d) first start: \(report.trials) trials of 3 processes on a missing store, \(report.starts) starts, "
      + "\(report.acknowledged) acknowledged saves, \(report.lost) lost, \(report.alreadyExists) "
      + "'already exists', \(report.otherFailures) other failures; \(seconds(report.seconds))")
  show(report.failures)
  passed = passed && report.passed
}

let hardening = HardeningRun(binary: BuiltBinary.path)
for (part, label, run) in [
  (
    "boundary", "(e) boundary numbers and duplicate ids in import files",
    {
      try hardening.boundaryImports(copies: number("--boundary-copies", 10))
    }
  ),
  (
    "output", "(f) output to /dev/full and a closed pipe (SIGPIPE ignored)",
    {
      try hardening.outputFaults(rounds: number("--output-rounds", 5))
    }
  ),
  (
    "exports", "(g) exports onto links, dangling links, devices, FIFOs, folders",
    {
      try hardening.specialFileExports()
    }
  ),
  (
    "superseded", "(h) a store from a newer studyplan under every kind of command",
    {
      try hardening.supersededStores()
    }
  ),
  (
    "text", "(i) control characters and personal data through every free-text field and import",
    {
      try hardening.hostileText()
    }
  ),
] as [(String, String, () throws -> HardeningRun.Report)] where parts.contains(part) {
  let report = try run()
  say(
    "\(label): \(report.cases) cases, \(report.failures.count) rule breaks; "
      + seconds(report.seconds))
  show(report.failures)
  passed = passed && report.passed
}

say(passed ? "reliability: all checks passed" : "reliability: FAILED (seed \(seed))")
exit(passed ? 0 : 1)
