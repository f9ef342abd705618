import StudyplanCore

/// The `wizard`: walks a protocol from title to saved, one ordinary command at a time.
public enum Wizard {
  /// The steps, in order. Other areas add theirs where the comments say.
  ///
  /// To add a step: define a `WizardStep` (in your area's folder, e.g. as a static member of an
  /// extension of `Wizard`) whose `isDone` reads the open protocol and whose `run` asks with
  /// `conversation.ask`/`answer` and changes the protocol only by running ordinary commands with
  /// `conversation.run("sample --n 12 …", session: &session)`, so the wizard prints them; return
  /// `.left` when an answer is `nil`. Then list it here.
  public static let steps: [WizardStep] = [
    titleStep,
    questionsStep,
    modelStep,
    sampleStep,
    rolesStep,
    guideStep,
    consentStep,
    saveStep,
  ]

  /// The `wizard` command.
  static let command = CommandSpec(
    name: "wizard",
    summary: "Walk a protocol from title to saved, step by step",
    discussion: """
      Asks for a title and purpose, the research questions (catalogue ids or your own), the \
      model (the mapping proposes one), the sample (as a question suggests, with the size and \
      seed you give), the informant roles, the interview guide's length, and the consent fields \
      the information letter needs; then saves. Each step runs an ordinary command and prints \
      it, so you learn the language. An empty answer takes the proposal in brackets or skips a \
      consent field. Type 'stop' (or Ctrl-D) at any prompt to leave; 'wizard' again resumes at \
      the first step not yet done of the open protocol, and 'wizard --new' starts another. Tab completes question ids and roles at the prompts that ask \
      for them. In a script the answers are read from the following input lines.
      """,
    options: [
      OptionSpec("--new", help: "Start a new protocol instead of resuming the open one"),
      OptionSpec(
        "--discard", help: "With --new: drop the open protocol's unsaved changes without asking"),
    ],
    examples: ["wizard", "wizard --new"],
    run: { invocation, session, io in
      if invocation.has("--new"), let open = session.workspace {
        try session.ensureNothingUnsaved(io, discarding: invocation.has("--discard"))
        session.workspace = nil
        io.print("closed \(open.label) '\(open.document.title)'; the wizard starts a new protocol")
      }
      try Wizard.walk(&session, io: io)
    })

  /// Runs every step not yet done, in order, until the end or until the planner leaves.
  public static func walk(_ session: inout Session, io: CommandIO, steps: [WizardStep] = steps)
    throws
  {
    let conversation = WizardConversation(io: io)
    let pending = steps.enumerated().filter { !$0.element.isDone(session) }
    guard !pending.isEmpty else {
      io.print("the wizard has nothing left to ask: the protocol has every part it fills")
      return
    }
    if pending.first?.offset != 0 {
      io.print("resuming the wizard; type 'stop' at any prompt to leave")
    } else {
      io.print("the wizard walks a new protocol; type 'stop' at any prompt to leave")
    }
    for (index, step) in pending {
      guard !step.isDone(session) else { continue }
      io.print("")
      io.print("step \(index + 1) of \(steps.count): \(step.title)")
      if try step.run(&session, conversation) == .left {
        io.print("left the wizard at '\(step.title)'; 'wizard' resumes there")
        return
      }
    }
    io.print("")
    let open = steps.filter { !$0.isDone(session) && $0.id != "save" }.map(\.title)
    if open.isEmpty {
      io.print("the wizard is done; 'show' shows the protocol, 'map' the reasons for its model")
    } else {
      io.print(
        "the wizard is through; still open: \(open.joined(separator: ", ")) "
          + "('check' lists what is missing, 'wizard' asks again)")
    }
  }
}
