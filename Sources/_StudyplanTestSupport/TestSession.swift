import Foundation
import StudyplanCore
import StudyplanREPL

/// A fixed moment for tests: 2026-01-15 10:00 UTC.
public let fixedDate = Date(timeIntervalSince1970: 1_768_471_200)

/// A session over a fresh in-memory store, with a fixed clock.
public func makeTestSession(store: (any StudyplanStore)? = nil) throws -> Session {
  let store = try store ?? ProtocolStore()
  return Session(
    environment: SessionEnvironment(
      store: StoreHandle(store), now: { fixedDate },
      workingDirectory: FileManager.default.temporaryDirectory.path,
      timeZone: .gmt))
}

/// Runs `lines` through a REPL as a script (or as typed, with `isInteractive`) and returns the
/// terminal with its transcript, the final session and the exit status.
public func runScript(
  _ lines: [String], isInteractive: Bool = false, session: Session? = nil
) throws -> (terminal: ScriptedTerminal, session: Session, status: ExitStatus) {
  let terminal = ScriptedTerminal(input: lines, isInteractive: isInteractive)
  var repl = REPL(
    session: try session ?? makeTestSession(), terminal: terminal,
    source: isInteractive ? .terminal : .standardInput)
  let status = repl.run()
  return (terminal, repl.session, status)
}
