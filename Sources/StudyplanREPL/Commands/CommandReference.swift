/// The command reference (`docs/commands.md`), generated from the command table.
public enum CommandReference {
  /// The whole reference as Markdown.
  public static func markdown(of table: CommandTable) -> String {
    var lines = [
      "# Command reference",
      "",
      "Generated from the command table (`Sources/StudyplanREPL/Commands`); a test keeps it in step.",
      "The REPL, scripts (`-f FILE`, `-c CMD`, piped input) and one-shot shell commands",
      "(`studyplan COMMAND ARGS…`) all speak this language. `ID` is a protocol id such as `p3`;",
      "omitted, it means the open protocol.",
      "",
    ]
    for group in table.groups {
      lines += ["## \(group.title)", ""]
      for command in group.commands {
        lines +=
          ["### `\(command.name)`", "", "```"] + command.usage + ["```", "", command.summary + "."]
        if !command.discussion.isEmpty { lines += ["", command.discussion] }
        if !command.subcommands.isEmpty {
          lines += ["", "| sub-command | what it does | options |", "| --- | --- | --- |"]
          for subcommand in command.subcommands {
            let options = subcommand.options.map { "`\($0.name)`" }.joined(separator: ", ")
            lines.append("| `\(subcommand.name)` | \(subcommand.summary) | \(options) |")
          }
        }
        let options = command.documentedOptions
        if !options.isEmpty {
          lines += ["", "| option | meaning |", "| --- | --- |"]
          for option in options {
            lines.append("| `\(option.label)` | \(option.help) |")
          }
        }
        if !command.examples.isEmpty {
          lines += ["", "Examples:", "", "```"] + command.examples + ["```"]
        }
        lines.append("")
      }
    }
    return lines.joined(separator: "\n")
  }
}
