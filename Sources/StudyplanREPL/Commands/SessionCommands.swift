import StudyplanCore

extension CommandTable {
  /// `help`, `quit`, `close` and `undo`.
  static let sessionCommands: [CommandSpec] = [
    CommandSpec(
      name: "help", summary: "List the commands, or explain one",
      arguments: [ArgumentSpec("COMMAND", .command, about: "a command", arity: .optional)],
      examples: ["help", "help sample"],
      run: { invocation, _, io in
        guard let word = invocation.word("COMMAND") else {
          io.print(HelpText.overview(of: .standard))
          return
        }
        guard let command = CommandTable.standard.command(named: word.text) else {
          let suggestion = Suggestion.closest(to: word.text, in: CommandTable.standard.names)
          throw CommandFailure(
            .unknownCommand(word.text, suggestion: suggestion), column: word.column)
        }
        io.print(HelpText.detail(of: command))
      }),
    quitCommand,
    CommandSpec(
      name: "close",
      summary: "Close the open protocol (asks first when it has unsaved changes)",
      discussion: """
        Afterwards no protocol is open, as at start-up. With unsaved changes a person is asked; \
        a script must say --discard.
        """,
      options: [discardOption],
      examples: ["close"],
      run: { invocation, session, io in
        let workspace = try session.requireWorkspace(for: "close")
        try session.ensureNothingUnsaved(io, discarding: invocation.has("--discard"))
        session.workspace = nil
        let dropped = workspace.isDirty ? " (its unsaved changes dropped)" : ""
        io.print("closed \(workspace.label) '\(workspace.document.title)'\(dropped)")
      }),
    CommandSpec(
      name: "undo",
      summary: "Take back the last change to the open protocol (repeatable)",
      discussion: """
        Each undo takes back one command's change to the working copy, newest first, back to \
        where the protocol was opened, started or saved. Saved versions never change: undo \
        works on the copy you are editing.
        """,
      examples: ["undo"],
      run: { _, session, io in
        _ = try session.requireWorkspace(for: "undo")
        guard let step = session.undoStack.popLast() else {
          throw CommandFailure(.nothingToUndo)
        }
        session.workspace = step.workspace
        let left = session.undoStack.count
        let more = left == 0 ? "" : "; \(left) more 'undo' step\(left == 1 ? "" : "s") possible"
        io.print(
          "undid '\(FreeText.shortened(step.command, to: 60))' on"
            + " '\(step.workspace.document.title)'\(more)")
      }),
  ]

  /// `quit`, with the names other REPLs use for it.
  static let quitCommand = CommandSpec(
    name: "quit", aliases: ["exit", "\\q", ".quit"],
    summary: "Leave studyplan (also exit, \\q, .quit; Ctrl-D does the same)",
    discussion: """
      With unsaved changes, quit asks before leaving (answer no to stay); in a script it \
      fails instead, unless --discard says to drop them.
      """,
    options: [OptionSpec("--discard", help: "Leave even when there are unsaved changes")],
    run: { invocation, session, io in
      if let workspace = session.workspace, workspace.isDirty, !invocation.has("--discard") {
        let title = workspace.document.title
        guard io.isInteractive else { throw CommandFailure(.unsavedChanges(title: title)) }
        guard io.confirm("'\(title)' has unsaved changes. Leave without saving?") else {
          io.print("staying; 'save' stores the changes")
          return
        }
      }
      session.isFinished = true
    })
}
