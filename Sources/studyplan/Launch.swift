import ArgumentParser
import Foundation
import StudyplanREPL

/// What the command line asks for once it is read: the program's options and the words of a
/// one-shot command. ``run()`` wires the live store, terminal and clock to the REPL.
struct Launch {
  var db: String?
  var file: String?
  var command: [String] = []
  var continueOnError = false
  var noPager = false
  var words: [String] = []
}

extension Launch {
  /// Reads a command line of the common forms without ArgumentParser: `--db PATH`, `-f FILE`,
  /// `-c CMD` (repeatable), `--continue-on-error` and `--no-pager`, each once and in that
  /// spelling, then the words of a command (everything from the first word that is not an
  /// option). `nil` for anything else — help, version, completion scripts, `--`, `--db=PATH`,
  /// a missing or dash-led value, an unknown or repeated option — which ArgumentParser reads
  /// as before, so every message and exit code stays its own. What this accepts, ArgumentParser
  /// reads the same way (`QuickLaunchTests` compares them).
  init?(quickly arguments: [String]) {
    var index = arguments.startIndex
    var seen: Set<String> = []
    while index < arguments.endIndex, arguments[index].hasPrefix("-") {
      let option = arguments[index]
      guard !seen.contains(option) || option == "-c" else { return nil }
      seen.insert(option)
      switch option {
      case "--continue-on-error": continueOnError = true
      case "--no-pager": noPager = true
      case "--db", "-f", "-c":
        let next = arguments.index(after: index)
        guard next < arguments.endIndex, !arguments[next].hasPrefix("-") else { return nil }
        let value = arguments[next]
        switch option {
        case "--db": db = value
        case "-f": file = value
        default: command.append(value)
        }
        index = next
      default: return nil
      }
      index = arguments.index(after: index)
    }
    words = Array(arguments[index...])
    // ArgumentParser answers these wherever they stand, and drops a `--`.
    let intercepted = words.contains {
      $0 == "--" || $0.hasPrefix("---") || $0.hasPrefix("--generate-completion-script")
    }
    if intercepted { return nil }
  }

  /// The command line's words as one line of the command language, each quoted as needed.
  /// (A loop, not `joined(separator:)`: its first, generic call costs a metadata lookup.)
  static func line(of words: [String]) -> String {
    var line = ""
    for index in words.indices {
      if index > words.startIndex { line += " " }
      line += CommandLexer.quote(words[index])
    }
    return line
  }

  /// Runs the session the options describe: one command, `-c` commands, a script file, the
  /// REPL at a terminal, or standard input as a script.
  func run() throws {
    let paths = StorePaths()
    guard let storePath = db ?? paths.database else {
      StandardStreams.error(
        "error: no home folder to keep the protocol store in; set HOME, XDG_DATA_HOME or"
          + " STUDYPLAN_DB, or give --db FILE\n")
      throw ExitCode(3)
    }
    var opener = StoreOpener.live(paths: paths)
    // A store address such as https://host/db is neither a file nor a team store.
    if opener.hasScheme(storePath), !opener.isServerAddress(storePath) {
      throw CommandFailure(
        .programUsage(
          "'\(storePath)' is not a store studyplan can open: give a SQLite file's path or a"
            + " postgres:// address"))
    }
    // Folders are made only for the default store; a path the user typed must exist up to it.
    opener.createsFolders = db == nil && !paths.databaseIsExplicit
    let store = StoreHandle(location: storePath, opener: opener)
    let session = Session(
      environment: SessionEnvironment(
        store: store, now: { Date() },
        workingDirectory: FileManager.default.currentDirectoryPath,
        timeZone: SessionEnvironment.plannersTimeZone(
          environment: ProcessInfo.processInfo.environment),
        storeOpener: opener))
    let terminal: any Terminal
    let source: InputSource
    var readlineTerminal: ReadlineTerminal?
    let openDocument = OpenDocument()
    if !words.isEmpty {
      terminal = LineTerminal.lines([Self.line(of: words)])
      source = .oneShot
    } else if !command.isEmpty {
      terminal = LineTerminal.lines(command)
      source = .arguments
    } else if let file {
      terminal = LineTerminal.lines(try StudyplanCommand.lines(of: file))
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
    // Exit without freeing the session: freeing GRDB's queue starts a libdispatch thread and
    // unregisters notifications, a tenth of a one-shot `list`, for memory the process gives
    // back anyway. The store is closed first, so SQLite ends the file as before; when it
    // cannot be closed now, the session is freed as before.
    if store.closeForExit() {
      withExtendedLifetime(repl) { Foundation.exit(status.rawValue) }
    }
    if status != .success { throw ExitCode(status.rawValue) }
  }
}
