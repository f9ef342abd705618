/// One command of the language, or one sub-command of a command: its name, what it does, its
/// positional arguments, its options, its examples and its handler — declared once.
///
/// The table of all commands (``CommandTable``) drives parsing (arity, closed values, which
/// options a sub-command takes), `help`, Tab completion and the generated command reference
/// (docs/commands.md); usage lines are written from the declaration.
public struct CommandSpec: Sendable {
  /// What a handler gets: the parsed invocation, the session to change, and the I/O to talk through.
  public typealias Handler = @Sendable (Invocation, inout Session, CommandIO) throws -> Void

  /// The command's name: the first word of a line, or the sub-command's word after it.
  public var name: String
  /// Other names that run the same command (`exit`, `\q` and `.quit` for `quit`), as people
  /// coming from psql, sqlite3 or IPython type them.
  public var aliases: [String]
  /// One line saying what the command does.
  public var summary: String
  /// More about the command, for `help COMMAND`; may be empty.
  public var discussion: String
  /// The positional arguments, in order (of the command run without a sub-command).
  public var arguments: [ArgumentSpec]
  /// The options (of the command run without a sub-command; a sub-command declares its own).
  public var options: [OptionSpec]
  /// The sub-commands (`guide add`, `export guide`), each declared like a command.
  public var subcommands: [CommandSpec]
  /// What may stand before the sub-command word (`export [ID] guide`, `guide [ROLE] add`);
  /// sub-command handlers read it by its name.
  public var context: ArgumentSpec?
  /// Examples for `help COMMAND` and the command reference.
  public var examples: [String]
  /// Runs the command; `nil` when a sub-command must be named (`export`, `data`).
  public var run: Handler?

  public init(
    name: String, aliases: [String] = [], summary: String, discussion: String = "",
    arguments: [ArgumentSpec] = [], options: [OptionSpec] = [], subcommands: [CommandSpec] = [],
    context: ArgumentSpec? = nil, examples: [String] = [], run: Handler? = nil
  ) {
    self.name = name
    self.aliases = aliases
    self.summary = summary
    self.discussion = discussion
    self.arguments = arguments
    self.options = options
    self.subcommands = subcommands
    self.context = context
    self.examples = examples
    self.run = run
  }

  /// The sub-command named `name` (case-insensitive).
  public func subcommand(named name: String) -> CommandSpec? {
    let lowered = name.lowercased()
    return subcommands.first { $0.name == lowered }
  }

  /// The sub-command among the positional words `typed`, and its place: the first word, or the
  /// second after a context word (`guide ROLE add`).
  public func subcommand(in typed: [String]) -> (CommandSpec, position: Int)? {
    guard !subcommands.isEmpty, let first = typed.first else { return nil }
    if let found = subcommand(named: first) { return (found, 0) }
    guard context != nil, typed.count > 1, let found = subcommand(named: typed[1]) else {
      return nil
    }
    return (found, 1)
  }

  /// The option named `name` (`--seed` or its short form `-o`).
  public func option(named name: String) -> OptionSpec? {
    options.first { $0.name == name || $0.shortName == name }
  }

  /// Every option of the command and its sub-commands, each name once: what the parser reads
  /// a line with before it knows the sub-command.
  var allOptions: [OptionSpec] {
    var seen: Set<String> = []
    return (options + subcommands.flatMap(\.options)).filter { seen.insert($0.name).inserted }
  }

  /// Whether a word that names no sub-command is an argument of the command itself (`guide
  /// ROLE`), rather than a mistyped sub-command (`data improt`).
  var takesArgumentsWithoutSubcommand: Bool { run != nil && !arguments.isEmpty }
}

/// All the commands of the language, in groups for `help`.
public struct CommandTable: Sendable {
  /// The commands, grouped as `help` lists them.
  public var groups: [CommandGroup]

  public init(groups: [CommandGroup]) {
    self.groups = groups
  }

  /// Every command, in help order.
  public var commands: [CommandSpec] { groups.flatMap(\.commands) }

  /// Every command name, in help order.
  public var names: [String] { commands.map(\.name) }

  /// The command called `name` (case-insensitive).
  public func command(named name: String) -> CommandSpec? {
    let lowered = name.lowercased()
    return commands.first { $0.name == lowered } ?? commands.first { $0.aliases.contains(lowered) }
  }
}

/// Commands that belong together in `help`.
public struct CommandGroup: Sendable {
  /// The group's heading.
  public var title: String
  /// Its commands, in the order `help` shows them.
  public var commands: [CommandSpec]

  public init(title: String, commands: [CommandSpec]) {
    self.title = title
    self.commands = commands
  }
}
