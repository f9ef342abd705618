import ArgumentParser
import Foundation
import StudyplanREPL

/// The `studyplan` executable: wires the live store, terminal and clock to the REPL.

struct StudyplanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "studyplan",
    abstract: "Plan follow-up studies of inter-municipal cooperation in Norway.",
    discussion: """
      Without arguments on a terminal, studyplan opens its REPL. With standard input from a file \
      or pipe, with -f or -c, it runs the same commands as a script: no prompts, and the first \
      failing command stops the run. 'studyplan COMMAND ARGS…' runs one command, e.g. \
      'studyplan list'. Type 'help' in the REPL, or run 'studyplan help', for the commands.

      Exit codes: 0 success, 1 a command failed, 2 usage error, 3 I/O or storage error.
      """,
    version: StudyplanVersion.current)

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The protocol store (default: $STUDYPLAN_DB, else the XDG data folder).", valueName: "PATH"),
    completion: .file(extensions: ["sqlite"]))
  var db: String?

  // The word after -f and -c is always their value, even when it starts with '-' (`-c '-x'`
  // runs the command "-x", which the REPL then names as unknown).
  @Option(
    name: .customShort("f"), parsing: .unconditional,
    help: ArgumentHelp("Run the commands in FILE.", valueName: "FILE"), completion: .file())
  var file: String?

  @Option(
    name: .customShort("c"), parsing: .unconditionalSingleValue,
    help: ArgumentHelp("Run CMD (repeatable; in order).", valueName: "CMD"))
  var command: [String] = []

  @Flag(
    help:
      "In a script, carry on after a failing command (the exit code is still the first failure's).")
  var continueOnError = false

  @Flag(help: "Never page long output (by default it goes through $PAGER, else 'less -FRX').")
  var noPager = false

  @Argument(
    parsing: .captureForPassthrough,
    help: ArgumentHelp("A command and its arguments, run once.", valueName: "command"),
    completion: .list(CommandTable.standard.names))
  var words: [String] = []

  func run() throws {
    // Captured words swallow the built-in flags when they come first: honour them here.
    switch words.first {
    case "--version":
      StandardStreams.out(StudyplanVersion.current + "\n")
      return
    case "--help", "-h":
      StandardStreams.out(Self.helpMessage() + "\n")
      return
    case let word? where word.hasPrefix("-") && word.count > 1:
      // An option this program does not have, captured as the first word of a command.
      throw CommandFailure(.programUsage("unknown option '\(word)'"))
    default: break
    }
    try launch.run()
  }

  /// The parsed options, for ``Launch/run()``.
  var launch: Launch {
    Launch(
      db: db, file: file, command: command, continueOnError: continueOnError, noPager: noPager,
      words: words)
  }

  /// Parses the command line and runs it, with the planner's exit codes: a malformed command line
  /// (an unknown option, `-f` or `-c` without a value) is one `error:` line and exit code 2.
  ///
  /// A command line of the common forms (``Launch/init(quickly:)``) runs without ArgumentParser,
  /// whose first use costs more than the rest of a one-shot `list` (docs/decisions: start-up).
  static func runMain(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
    do {
      if let launch = Launch(quickly: arguments) {
        try launch.run()
      } else {
        var parsed = try parseAsRoot(arguments)
        try parsed.run()
      }
      Foundation.exit(0)
    } catch let code as ExitCode {
      Foundation.exit(code.rawValue)
    } catch let failure as CommandFailure {
      let report = ErrorReport(failure)
      StandardStreams.error(report.render(line: "", location: nil, isInteractive: false))
      Foundation.exit(ExitStatus.usage.rawValue)
    } catch {
      guard exitCode(for: error) != .success else {
        // --help and --version: ArgumentParser's own text, on standard output.
        StandardStreams.out(fullMessage(for: error) + "\n")
        Foundation.exit(0)
      }
      let message = message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
      let lowered = message.prefix(1).lowercased() + message.dropFirst()
      let report = ErrorReport(CommandFailure(.programUsage(lowered)))
      StandardStreams.error(report.render(line: "", location: nil, isInteractive: false))
      Foundation.exit(ExitStatus.usage.rawValue)
    }
  }

  /// The lines of a script file, a pipe or a FIFO (`-f <(…)`, `-f /dev/stdin`); a line may end
  /// in CRLF. A script that is not UTF-8 is refused with the first bad line's number.
  static func lines(of path: String) throws -> [String] {
    let data: Data
    do {
      data = try InputFile.read(
        path, in: FileManager.default.currentDirectoryPath, limit: InputFile.scriptLimit,
        what: "a script")
    } catch {
      let report = ErrorReport(error)
      StandardStreams.error(report.render(line: "", location: nil, isInteractive: false))
      throw ExitCode(report.kind == .storage ? 3 : 1)
    }
    var lines: [String] = []
    for (index, bytes) in [UInt8](data).split(separator: 0x0A, omittingEmptySubsequences: false)
      .enumerated()
    {
      guard var line = String(validating: bytes, as: UTF8.self) else {
        StandardStreams.error(
          "error: script '\(path)' line \(index + 1) is not valid UTF-8 text\n")
        throw ExitCode(3)
      }
      if line.hasSuffix("\r") { line.removeLast() }
      lines.append(line)
    }
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}
