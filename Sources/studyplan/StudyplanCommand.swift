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
      print(StudyplanVersion.current)
      return
    case "--help", "-h":
      print(Self.helpMessage())
      return
    case let word? where word.hasPrefix("-") && word.count > 1:
      // An option this program does not have, captured as the first word of a command.
      throw CommandFailure(.programUsage("unknown option '\(word)'"))
    default: break
    }
    let paths = StorePaths(environment: ProcessInfo.processInfo.environment)
    let store = StoreHandle(path: db ?? paths.database)
    let session = Session(environment: SessionEnvironment(store: store))
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
      FileHandle.standardError.write(
        Data(report.render(line: "", location: nil, isInteractive: false).utf8))
      Foundation.exit(ExitStatus.usage.rawValue)
    } catch {
      guard exitCode(for: error) != .success else {
        // --help and --version: ArgumentParser's own text, on standard output.
        print(fullMessage(for: error))
        Foundation.exit(0)
      }
      let message = message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
      let lowered = message.prefix(1).lowercased() + message.dropFirst()
      let report = ErrorReport(CommandFailure(.programUsage(lowered)))
      FileHandle.standardError.write(
        Data(report.render(line: "", location: nil, isInteractive: false).utf8))
      Foundation.exit(ExitStatus.usage.rawValue)
    }
  }

  private static func lines(of path: String) throws -> [String] {
    do {
      let text = try String(contentsOfFile: path, encoding: .utf8)
      var lines = text.components(separatedBy: "\n")
      if lines.last == "" { lines.removeLast() }
      return lines
    } catch {
      FileHandle.standardError.write(Data("error: cannot read script '\(path)'\n".utf8))
      throw ExitCode(3)
    }
  }
}
