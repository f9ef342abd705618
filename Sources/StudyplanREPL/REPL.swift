import Foundation
import StudyplanCore

/// The read–parse–run–print loop, for a person at a terminal and for scripts alike.
///
/// Interactive, a failing command prints its error and the loop carries on. In a script the first
/// failure stops the run (unless `continuesOnError`) and decides the exit status.
///
/// ```swift
/// let terminal = ScriptedTerminal(input: ["help", "bogus"])
/// var repl = REPL(session: session, terminal: terminal, source: .standardInput)
/// let status = repl.run()  // .commandFailed
/// ```
public struct REPL {
  /// The commands this loop understands.
  public var parser: CommandParser
  /// The session the commands change.
  public var session: Session
  /// Where lines come from and output goes.
  public let terminal: any Terminal
  /// Where lines come from, for error locations.
  public var source: InputSource
  /// Whether a script carries on after a failing command.
  public var continuesOnError: Bool
  /// Called with the session before each line is read, e.g. so Tab completion sees the open
  /// protocol (``CompletionSource/live(store:document:)``).
  public var sessionDidChange: ((Session) -> Void)?
  /// The autosave slot holding this session's unsaved draft, and the draft kept there.
  private var keptDraft: (slot: String, document: StudyProtocol)?
  /// This session's name in draft slots: its process id and a random part, so two sessions on
  /// one store keep their drafts apart, and a draft whose process is gone can be told apart
  /// from one a live session is still keeping.
  public var draftSession = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"

  public init(
    session: Session, terminal: any Terminal, source: InputSource,
    table: CommandTable = .standard, continuesOnError: Bool = false
  ) {
    self.parser = CommandParser(table: table)
    self.session = session
    self.terminal = terminal
    self.source = source
    self.continuesOnError = continuesOnError
  }

  /// Runs until end of input, `quit`, or (in a script) the first failure; returns the exit status.
  public mutating func run() -> ExitStatus {
    var status = ExitStatus.success
    var lineNumber = 0
    if terminal.isInteractive { offerKeptDrafts() }
    while !session.isFinished {
      sessionDidChange?(session)
      guard let line = terminal.readLine(prompt: prompt) else {
        switch endOfInput() {
        case .stay: continue
        case .leave(let failure?): status = status.combined(with: failure)
        case .leave(nil): break
        }
        break
      }
      lineNumber += 1
      let outcome = execute(line, lineNumber: lineNumber)
      status = status.combined(with: outcome)
      if terminal.isInteractive { keepDraft() }
      if outcome != .success, !terminal.isInteractive, !continuesOnError { break }
    }
    if terminal.isInteractive, session.isFinished { dropKeptDraft() }
    return status
  }

  /// Runs one line and reports its outcome; errors are written to the terminal, never thrown.
  public mutating func execute(_ line: String, lineNumber: Int = 1) -> ExitStatus {
    let io = CommandIO(terminal: terminal)
    do {
      guard let invocation = try parser.parse(line) else { return .success }
      let before = session.workspace
      session.notices = []
      defer {
        for notice in session.notices { io.print("note: \(notice)") }
        session.notices = []
        showStoreNotices(io)
      }
      try invocation.run(&session, io)
      rememberForUndo(before, command: invocation.command.name, line: line)
      warnAboutPersonalData(since: before?.document, io: io)
      return .success
    } catch {
      let report = ErrorReport(error)
      terminal.writeError(
        report.render(
          line: line, location: source.location(line: lineNumber),
          isInteractive: terminal.isInteractive))
      return ExitStatus(report.kind)
    }
  }

  /// Shows, once, what opening the store noticed (docs/decisions/0008-store-file-safety.md).
  private func showStoreNotices(_ io: CommandIO) {
    for notice in session.environment.store.takeNotices() { io.warn(notice.description) }
  }

  /// Keeps the working copy as it was before a command that changed it, for `undo`; a command
  /// that opened, started, saved or closed a protocol starts the history afresh.
  private mutating func rememberForUndo(_ before: Workspace?, command: String, line: String) {
    guard command != "undo" else { return }
    guard let before, let after = session.workspace, before.copyID == after.copyID else {
      session.undoStack = []
      return
    }
    guard before.document != after.document else { return }
    session.undoStack.append(
      UndoStep(workspace: before, command: line.trimmingCharacters(in: .whitespaces)))
    if session.undoStack.count > 200 { session.undoStack.removeFirst() }
  }

  /// Warns when a command left text in a free-text field that looks like an e-mail address or a
  /// phone number and was not there before: a protocol keeps roles, never people's details.
  private func warnAboutPersonalData(since before: StudyProtocol?, io: CommandIO) {
    guard let after = session.workspace?.document, after != before else { return }
    for finding in after.personalDataFindings(since: before) {
      io.warn(
        "\(finding.place) looks like it holds \(finding.pattern.rawValue); a protocol keeps roles,"
          + " never people's contact details")
    }
  }

  /// The prompt: names the open protocol and marks unsaved changes with `*`.
  public var prompt: String {
    guard terminal.isInteractive else { return "" }
    guard let workspace = session.workspace else { return "studyplan> " }
    let title = workspace.document.title
    let shortTitle = title.count > 28 ? String(title.prefix(27)) + "…" : title
    return "studyplan (\(workspace.label) \(shortTitle))\(workspace.isDirty ? "*" : "")> "
  }

  /// What end of input (Ctrl-D) leads to.
  private enum Ending {
    /// Back to the prompt: the person answered no to leaving.
    case stay
    /// Leave, with the failure that decides the exit status, if any.
    case leave(ExitStatus?)
  }

  /// At end of input: a script that leaves unsaved changes fails; a person is asked, and an
  /// answer of no returns to the prompt.
  private mutating func endOfInput() -> Ending {
    guard let workspace = session.workspace, workspace.isDirty else { return .leave(nil) }
    if terminal.isInteractive {
      terminal.write("\n")
      let io = CommandIO(terminal: terminal)
      let title = workspace.document.title
      switch io.ask("'\(title)' has unsaved changes. Leave without saving? [y/N] ") {
      case let answer? where CommandIO.isYes(answer):
        dropKeptDraft()
      case .some:
        io.print("staying; 'save' stores the changes, 'quit --discard' leaves without them")
        return .stay
      case nil:
        io.print("kept them: the next studyplan session offers them back")
      }
      return .leave(nil)
    }
    let report = ErrorReport(CommandFailure(.unsavedChanges(title: workspace.document.title)))
    terminal.writeError(report.render(line: "", location: source.endLocation, isInteractive: false))
    return .leave(ExitStatus(report.kind))
  }
}

// MARK: - Unsaved drafts

extension REPL {
  /// Keeps the open protocol's unsaved changes in the store, so a crash loses nothing.
  ///
  /// Only at a terminal: a script that ends with unsaved changes fails instead.
  private mutating func keepDraft() {
    guard let workspace = session.workspace, workspace.isDirty else {
      dropKeptDraft()
      return
    }
    let slot = AutosavedDraft.sessionSlot(for: workspace.id, session: draftSession)
    if let kept = keptDraft, kept.slot == slot, kept.document == workspace.document { return }
    do {
      let store = try session.store()
      if let kept = keptDraft, kept.slot != slot { try store.clearAutosave(slot: kept.slot) }
      try store.autosave(
        slot: slot, baseVersion: workspace.baseVersion, workspace.document,
        at: session.environment.now())
      keptDraft = (slot, workspace.document)
    } catch {
      CommandIO(terminal: terminal).warn(
        "the unsaved draft could not be kept: \(ErrorReport(error).message)")
    }
  }

  /// Forgets the kept draft once its changes are saved or knowingly dropped.
  fileprivate mutating func dropKeptDraft() {
    guard let kept = keptDraft, let store = session.environment.store.openedStore else { return }
    try? store.clearAutosave(slot: kept.slot)
    keptDraft = nil
  }

  /// At start-up, offers back every draft earlier sessions left unsaved (after a crash or a
  /// kill), newest first, until one is restored. The default answer keeps a draft for the next
  /// start; only `d` drops it, so no draft is lost to a hurried Enter.
  private mutating func offerKeptDrafts() {
    guard session.environment.store.exists,
      let store = try? session.store(), let drafts = try? store.autosavedDrafts()
    else { return }
    let offered = drafts.filter { !Self.isKeptByLiveSession($0) }.reversed()
    guard !offered.isEmpty else { return }
    let io = CommandIO(terminal: terminal)
    showStoreNotices(io)
    for (index, draft) in offered.enumerated() {
      let owner = draft.protocolID ?? "a new protocol"
      let question =
        "studyplan stopped with unsaved changes to '\(draft.document.title)' (\(owner)), kept"
        + " \(DisplayDate.string(draft.savedAt, in: session.environment.timeZone))."
        + " Restore them (y), keep them for later (N) or drop them (d)? [y/N/d] "
      switch DraftAnswer(io.ask(question)) {
      case .restore:
        session.workspace = Workspace(
          id: draft.protocolID, baseVersion: draft.baseVersion, document: draft.document,
          isDirty: true)
        // Kept under this session's own slot first, then the old slot is let go.
        keepDraft()
        if keptDraft != nil { try? store.clearAutosave(slot: draft.slot) }
        io.print("restored; 'save' stores them, 'show' shows them")
        let left = offered.count - index - 1
        if left > 0 {
          io.print("\(counted(left, "more kept draft")) offered at the next start")
        }
        return
      case .drop:
        do {
          try store.clearAutosave(slot: draft.slot)
          io.print("dropped them")
        } catch {
          io.warn("the kept changes could not be dropped: \(ErrorReport(error).message)")
        }
      case .keep:
        io.print("kept them; the next start offers them again")
      }
    }
  }
}

/// The answer to the kept-draft question: yes restores, `d` drops, anything else (the default,
/// Enter) keeps the draft for the next start.
private enum DraftAnswer {
  case restore, drop, keep

  init(_ answer: String?) {
    guard let answer else {
      self = .keep
      return
    }
    if CommandIO.isYes(answer) {
      self = .restore
    } else {
      self = ["d", "drop"].contains(answer.lowercased()) ? .drop : .keep
    }
  }
}

extension REPL {
  /// Whether another studyplan process that is still running keeps `draft` (a session on the
  /// same store in another terminal): its draft is not offered to this one.
  static func isKeptByLiveSession(_ draft: AutosavedDraft) -> Bool {
    isKeptByLiveSession(slot: draft.slot)
  }

  /// Whether a live studyplan process other than this one keeps the draft in `slot`.
  static func isKeptByLiveSession(slot: String) -> Bool {
    guard let session = AutosavedDraft.session(ofSlot: slot),
      let pid = session.split(separator: "-").first.flatMap({ Int32($0) }), pid != getpid()
    else { return false }
    return kill(pid, 0) == 0 || errno == EPERM
  }
}

/// Where a REPL's lines come from, so a script's error can say where it is.
public enum InputSource: Sendable, Equatable {
  /// A person at a terminal.
  case terminal
  /// A pipe or redirected file on standard input.
  case standardInput
  /// A script file (`-f FILE`).
  case file(String)
  /// Commands given with `-c`.
  case arguments
  /// One command given as the program's arguments (`studyplan list`): its errors need no
  /// place, there being one command.
  case oneShot

  /// How an error on line `line` names its place; `nil` at a terminal.
  func location(line: Int) -> String? {
    switch self {
    case .terminal: nil
    case .standardInput: "stdin:\(line)"
    case .file(let path): "\(path):\(line)"
    case .arguments: "command \(line)"
    case .oneShot: nil
    }
  }

  var endLocation: String? {
    switch self {
    case .terminal: nil
    case .standardInput: "end of stdin"
    case .file(let path): "end of \(path)"
    case .arguments: "end of commands"
    case .oneShot: nil
    }
  }
}

/// How a run ends: the process exit code.
public enum ExitStatus: Int32, Sendable, Comparable {
  /// Everything succeeded.
  case success = 0
  /// A command failed.
  case commandFailed = 1
  /// A command line was malformed.
  case usage = 2
  /// Reading or writing a file or the store failed.
  case storage = 3

  init(_ kind: FailureKind) {
    switch kind {
    case .commandFailed: self = .commandFailed
    case .usage: self = .usage
    case .storage: self = .storage
    }
  }

  /// The first failure decides the status; later ones do not change it.
  func combined(with other: ExitStatus) -> ExitStatus { self == .success ? other : self }

  public static func < (lhs: ExitStatus, rhs: ExitStatus) -> Bool { lhs.rawValue < rhs.rawValue }
}
