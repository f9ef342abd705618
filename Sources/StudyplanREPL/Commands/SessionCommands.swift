import StudyplanCore

extension CommandTable {
  /// `help` and `quit`.
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
    CommandSpec(
      name: "quit", usage: ["quit [--discard]"],
      summary: "Leave studyplan (Ctrl-D does the same)",
      discussion: """
        With unsaved changes, quit asks before leaving; in a script it fails instead, unless \
        --discard says to drop them.
        """,
      options: [OptionSpec("--discard", help: "Leave even when there are unsaved changes")],
      run: { invocation, session, io in
        try invocation.expectAtMost(0)
        if let workspace = session.workspace, workspace.isDirty, !invocation.has("--discard") {
          let title = workspace.document.title
          guard io.isInteractive,
            io.confirm("'\(title)' has unsaved changes. Leave without saving?")
          else { throw CommandFailure(.unsavedChanges(title: title)) }
        }
        session.isFinished = true
      }),
  ]
}
