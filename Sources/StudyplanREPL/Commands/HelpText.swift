import Foundation

/// The text of `help`, rendered from the command table so it never drifts from the commands.
public enum HelpText {
  /// The list of all commands, by group: each name with its one-line summary.
  public static func overview(of table: CommandTable) -> String {
    var lines: [String] = []
    let width = (table.names.map(\.count).max() ?? 0) + 2
    for group in table.groups {
      lines.append("\(group.title):")
      for command in group.commands {
        lines.append(
          "  " + command.name.padding(toLength: width, withPad: " ", startingAt: 0)
            + command.summary)
      }
      lines.append("")
    }
    lines.append(
      "Type 'help COMMAND' for its usage and options. Tab completes commands and arguments.")
    return lines.joined(separator: "\n")
  }

  /// Everything about one command.
  public static func detail(of command: CommandSpec) -> String {
    var lines = ["usage: " + command.usage[0]]
    lines += command.usage.dropFirst().map { "       " + $0 }
    lines += ["", command.summary + "."]
    if !command.discussion.isEmpty { lines += ["", command.discussion] }
    if !command.subcommands.isEmpty {
      lines += ["", "sub-commands:"]
      let width = (command.subcommands.map(\.name.count).max() ?? 0) + 2
      for subcommand in command.subcommands {
        lines.append(
          "  " + subcommand.name.padding(toLength: width, withPad: " ", startingAt: 0)
            + subcommand.summary)
      }
    }
    let options = command.documentedOptions
    if !options.isEmpty {
      lines += ["", "options:"]
      let labels = options.map(\.label)
      let width = (labels.map(\.count).max() ?? 0) + 2
      for (label, option) in zip(labels, options) {
        lines.append(
          "  " + label.padding(toLength: width, withPad: " ", startingAt: 0) + option.help)
      }
    }
    if !command.examples.isEmpty {
      lines += ["", "examples:"] + command.examples.map { "  " + $0 }
    }
    return lines.joined(separator: "\n")
  }
}
