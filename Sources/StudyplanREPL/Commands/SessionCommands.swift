import StudyplanCore

extension CommandTable {
  /// `help`, `quit`, `close` and `undo`.
  static let sessionCommands: [CommandSpec] = [
    CommandSpec(
      name: "help", usage: ["help [COMMAND]"],
      summary: "List the commands, or explain one",
      arguments: [.command], examples: ["help", "help sample"],
      run: { invocation, _, io in
        try invocation.expectAtMost(1)
        guard let word = invocation.arguments.first else {
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
      name: "close", usage: ["close [--discard]"],
      summary: "Close the open protocol (asks first when it has unsaved changes)",
      discussion: """
        Afterwards no protocol is open, as at start-up. With unsaved changes a person is asked; \
        a script must say --discard.
        """,
      options: [
        OptionSpec("--discard", help: "Drop the open protocol's unsaved changes without asking")
      ],
      examples: ["close"],
      run: { invocation, session, io in
        try invocation.expectAtMost(0)
        let workspace = try session.requireWorkspace(for: "close")
        try session.ensureNothingUnsaved(io, discarding: invocation.has("--discard"))
        session.workspace = nil
        let dropped = workspace.isDirty ? " (its unsaved changes dropped)" : ""
        io.print("closed \(workspace.label) '\(workspace.document.title)'\(dropped)")
      }),
    CommandSpec(
      name: "undo", usage: ["undo"],
      summary: "Take back the last change to the open protocol (repeatable)",
      discussion: """
        Each undo takes back one command's change to the working copy, newest first, back to \
        where the protocol was opened, started or saved. Saved versions never change: undo \
        works on the copy you are editing.
        """,
      examples: ["undo"],
      run: { invocation, session, io in
        try invocation.expectAtMost(0)
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
  static let quitCommand: CommandSpec = {
    var command = CommandSpec(
      name: "quit", usage: ["quit [--discard]"],
      summary: "Leave studyplan (also exit, \\q, .quit; Ctrl-D does the same)",
      discussion: """
        With unsaved changes, quit asks before leaving (answer no to stay); in a script it \
        fails instead, unless --discard says to drop them.
        """,
      options: [OptionSpec("--discard", help: "Leave even when there are unsaved changes")],
      run: { invocation, session, io in
        try invocation.expectAtMost(0)
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
    command.aliases = ["exit", "\\q", ".quit"]
    return command
  }()
}
