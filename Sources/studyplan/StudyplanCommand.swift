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
      "The protocol store: a SQLite file, or a team's postgres:// address (default:"
        + " $STUDYPLAN_DB, else the XDG data folder).", valueName: "STORE"),
    completion: .file(extensions: ["sqlite"]))
  var db: String?

  @Option(
    name: .customShort("f"), help: ArgumentHelp("Run the commands in FILE.", valueName: "FILE"),
    completion: .file())
  var file: String?

  @Option(
    name: .customShort("c"),
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
    let paths = StorePaths(environment: ProcessInfo.processInfo.environment)
    guard let storePath = db ?? paths.database else {
      StandardStreams.error(
        "error: no home folder to keep the protocol store in; set HOME, XDG_DATA_HOME or"
          + " STUDYPLAN_DB, or give --db FILE\n")
      throw ExitCode(3)
    }
    let opener = StoreOpener.live(paths: paths, environment: ProcessInfo.processInfo.environment)
    let store = StoreHandle(location: storePath, opener: opener)
    let session = Session(environment: SessionEnvironment(store: store, storeOpener: opener))
    let terminal: any Terminal
    let source: InputSource
    var readlineTerminal: ReadlineTerminal?
    let openDocument = OpenDocument()
    if !words.isEmpty {
      terminal = LineTerminal.lines([words.map(CommandLexer.quote).joined(separator: " ")])
      source = .arguments
    } else if !command.isEmpty {
      terminal = LineTerminal.lines(command)
      source = .arguments
    } else if let file {
      terminal = LineTerminal.lines(try Self.lines(of: file))
      source = .file(file)
    } else if isatty(STDIN_FILENO) == 1 {
      let live = ReadlineTerminal(
        historyPath: paths.history,
        completer: Completer(source: .live(store: store, document: { openDocument.document })),
        pager: Pager.configured(environment: ProcessInfo.processInfo.environment, disabled: noPager)
      )
      readlineTerminal = live
      terminal = live
      source = .terminal
      live.write(
        "studyplan \(StudyplanVersion.current) — type 'help' for the commands, Ctrl-D to leave\n")
    } else {
      terminal = LineTerminal.standardInput()
      source = .standardInput
    }
    var repl = REPL(
      session: session, terminal: terminal, source: source, continuesOnError: continueOnError)
    repl.sessionDidChange = { openDocument.document = $0.workspace?.document }
    let status = repl.run()
    readlineTerminal?.close()
    if status != .success { throw ExitCode(status.rawValue) }
  }

  /// Parses the command line and runs it, with the planner's exit codes: a malformed command line
  /// (an unknown option, `-f` or `-c` without a value) is one `error:` line and exit code 2.
  static func runMain() -> Never {
    do {
      var parsed = try parseAsRoot()
      try parsed.run()
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
    guard let handle = FileHandle(forReadingAtPath: path),
      let data = try? handle.readToEnd() ?? Data()
    else {
      StandardStreams.error("error: cannot read script '\(path)'\n")
      throw ExitCode(3)
    }
    try? handle.close()
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
