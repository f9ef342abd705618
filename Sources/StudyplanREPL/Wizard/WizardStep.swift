import StudyplanCore

/// One step of the `wizard`: a part of the protocol it fills by running ordinary commands.
///
/// Steps are listed in order in ``Wizard/steps``; a step whose part is already done is skipped,
/// which is how the wizard resumes where it was left. Other areas plug their steps (frame and
/// sample, guide, consent) into that list.
public struct WizardStep: Sendable {
  /// What running a step came to.
  public enum Outcome: Sendable {
    /// The step did its part; go on.
    case done
    /// The planner left the wizard at this step.
    case left
  }

  /// The step's body: asks through the conversation and runs commands through it.
  public typealias Body = @Sendable (inout Session, WizardConversation) throws -> Outcome

  /// A short stable id (`questions`).
  public var id: String
  /// The heading shown when the step starts.
  public var title: String
  /// Whether the open protocol already has what this step provides.
  public var isDone: @Sendable (Session) -> Bool
  /// Runs the step.
  public var run: Body

  public init(
    id: String, title: String, isDone: @escaping @Sendable (Session) -> Bool,
    run: @escaping Body
  ) {
    self.id = id
    self.title = title
    self.isDone = isDone
    self.run = run
  }
}

/// How a wizard step talks to the planner and runs commands.
///
/// At a terminal it asks and shows errors, then asks again; in a script it reads each answer
/// from the next input line, and the first failing command stops the script as usual.
public struct WizardConversation {
  /// The command I/O underneath.
  public let io: CommandIO
  /// The commands the wizard may run.
  public let table: CommandTable

  public init(io: CommandIO, table: CommandTable = .standard) {
    self.io = io
    self.table = table
  }

  /// The words that leave the wizard at any prompt.
  public static let leaveWords: Set<String> = ["stop", "quit", "exit"]

  /// The planner's answer, trimmed; `nil` when they leave (end of input or a leave word).
  ///
  /// Tab offers candidates of `completing` while the planner types.
  public func answer(_ question: String, completing: ArgumentKind = .text) -> String? {
    guard let text = io.ask(question, completing: completing) else { return nil }
    return Self.leaveWords.contains(text.lowercased()) ? nil : text
  }

  /// Prints `line` so the planner learns the command, then runs it like a typed command.
  public func run(_ line: String, session: inout Session) throws {
    io.print("running: \(line)")
    guard let invocation = try CommandParser(table: table).parse(line) else { return }
    try invocation.run(&session, io)
  }

  /// Runs `attempt` once. A failure is shown at a terminal and gives `nil`, so the caller can
  /// ask again; in a script the failure is thrown and stops the script.
  public func attempt<Value>(_ attempt: () throws -> Value) throws -> Value? {
    do {
      return try attempt()
    } catch {
      guard io.isInteractive else { throw error }
      io.terminal.writeError(
        ErrorReport(error).render(line: "", location: nil, isInteractive: true))
      return nil
    }
  }

  /// Asks `question` until `parse` accepts the answer; `nil` when the planner leaves.
  ///
  /// At a terminal a rejected answer is shown and the question asked again; in a script the
  /// rejection is thrown.
  public func ask<Value>(
    _ question: String, completing: ArgumentKind = .text, parse: (String) throws -> Value
  ) throws -> Value? {
    while true {
      guard let text = answer(question, completing: completing) else { return nil }
      if let value = try attempt({ try parse(text) }) { return value }
    }
  }
}
