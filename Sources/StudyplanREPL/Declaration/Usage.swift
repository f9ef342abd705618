/// Usage lines written from a command's declaration, for `help` and the command reference.
enum Usage {
  /// The longest line before a usage line wraps.
  static let width = 96

  /// Every usage line of `command`: its own form (when it runs without a sub-command) and one
  /// per sub-command.
  static func lines(of command: CommandSpec) -> [String] {
    var lines: [String] = []
    if command.run != nil {
      lines += wrapped(
        [command.name] + command.arguments.map(\.usage) + command.options.map(\.usage))
    }
    for subcommand in command.subcommands {
      let context = command.context.map(\.usage)
      lines += wrapped(
        [command.name] + (context.map { [$0] } ?? []) + [subcommand.name]
          + subcommand.arguments.map(\.usage) + subcommand.options.map(\.usage))
    }
    return lines
  }

  /// The usage of one sub-command, for the sub-command table.
  static func line(of subcommand: CommandSpec, in command: CommandSpec) -> String {
    ([command.name, subcommand.name] + subcommand.arguments.map(\.usage)
      + subcommand.options.map(\.usage)).joined(separator: " ")
  }

  /// `words` joined into lines no longer than ``width``, continued under the first argument.
  private static func wrapped(_ words: [String]) -> [String] {
    guard let first = words.first else { return [] }
    let indent = String(repeating: " ", count: first.count + 1)
    var lines: [String] = []
    var line = first
    for word in words.dropFirst() {
      if line.count + 1 + word.count > width, line.count > indent.count {
        lines.append(line)
        line = indent + word
      } else {
        line += " " + word
      }
    }
    lines.append(line)
    return lines
  }
}

extension CommandSpec {
  /// The usage lines, written from the declaration.
  public var usage: [String] { Usage.lines(of: self) }

  /// Every option of the command and its sub-commands, each name once, in declaration order:
  /// what help and the reference list.
  public var documentedOptions: [OptionSpec] { allOptions }
}
