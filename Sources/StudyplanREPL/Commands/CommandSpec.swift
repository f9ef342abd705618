/// One command of the language: its name, how it is used, its options and its handler.
///
/// The table of all commands (``CommandTable``) drives parsing, `help`, Tab completion and the
/// generated command reference, so a command is described once, here.
public struct CommandSpec: Sendable {
  /// What a handler gets: the parsed invocation, the session to change, and the I/O to talk through.
  public typealias Handler = @Sendable (Invocation, inout Session, CommandIO) throws -> Void

  /// The command's name, the first word of a line.
  public var name: String
  /// Other names that run the same command (`exit`, `\q` and `.quit` for `quit`), as people
  /// coming from psql, sqlite3 or IPython type them.
  public var aliases: [String] = []
  /// Usage lines, e.g. `open ID[@V]`.
  public var usage: [String]
  /// One line saying what the command does.
  public var summary: String
  /// More about the command, for `help COMMAND`; may be empty.
  public var discussion: String
  /// The options the command takes.
  public var options: [OptionSpec]
  /// What each positional argument is, for Tab completion.
  public var arguments: [ArgumentKind]
  /// How many positional arguments the command takes, when it is limited: after that many Tab
  /// offers nothing (`open p1 ` is complete). As many as `arguments` names, unless the command
  /// was made with `repeatsLastArgument` (`nil`: the last kind repeats). With `nextArgument`,
  /// that closure decides instead.
  public var argumentLimit: Int?
  /// For commands whose arguments depend on the words before them (`guide q5 …`, `data import
  /// FILE`): the kind of the next positional argument after the ones typed. When set, Tab uses it
  /// instead of `arguments`.
  public var nextArgument: (@Sendable ([String]) -> ArgumentKind)?
  /// For options whose values depend on the positional words (`export guide --format …`): the
  /// kind of the named option's value, or `nil` for the option's own `completion`.
  public var optionValue: (@Sendable (String, [String]) -> ArgumentKind?)?
  /// The command's sub-commands (`guide add`, `data import`), when it has them: they drive
  /// parsing (an option a sub-command does not take is refused), help, Tab and the reference.
  public var subcommands: [SubcommandSpec] = []
  /// What may stand before the sub-command word, when something may (`guide ROLE add …`: a
  /// role); `nil` when the sub-command comes first and an unknown one is an error.
  public var subcommandContext: ArgumentKind?
  /// Examples for `help COMMAND` and the command reference.
  public var examples: [String]
  /// Runs the command.
  public var run: Handler

  public init(
    name: String, usage: [String], summary: String, discussion: String = "",
    options: [OptionSpec] = [], arguments: [ArgumentKind] = [],
    nextArgument: (@Sendable ([String]) -> ArgumentKind)? = nil,
    optionValue: (@Sendable (String, [String]) -> ArgumentKind?)? = nil, examples: [String] = [],
    repeatsLastArgument: Bool = false,
    run: @escaping Handler
  ) {
    self.argumentLimit = repeatsLastArgument || nextArgument != nil ? nil : arguments.count
    self.optionValue = optionValue
    self.nextArgument = nextArgument
    self.name = name
    self.usage = usage
    self.summary = summary
    self.discussion = discussion
    self.options = options
    self.arguments = arguments
    self.examples = examples
    self.run = run
  }

  /// What the positional argument at `index` is, after the positional words `typed`: from
  /// `nextArgument` when the command has one, else from `arguments` up to `argumentLimit`.
  public func argumentKind(at index: Int, after typed: [String]) -> ArgumentKind {
    if let nextArgument { return nextArgument(typed) }
    if !subcommands.isEmpty {
      if let (subcommand, position) = subcommand(in: typed) {
        return subcommand.argumentKind(at: index - position - 1)
      }
      let names = ArgumentKind.oneOf(subcommands.map(\.name))
      switch (index, subcommandContext) {
      case (0, let context?): return .anyOf([names, context])
      case (0, nil), (1, .some): return names
      default: return .none
      }
    }
    if let argumentLimit, index >= argumentLimit { return .none }
    guard let last = arguments.indices.last else { return .none }
    return arguments[min(index, last)]
  }

  /// The sub-command named `name` (case-insensitive).
  public func subcommand(named name: String) -> SubcommandSpec? {
    let lowered = name.lowercased()
    return subcommands.first { $0.name == lowered }
  }

  /// The sub-command among the positional words `typed`, and its place: the first word, or the
  /// second after a context word (`guide ROLE add`).
  public func subcommand(in typed: [String]) -> (SubcommandSpec, position: Int)? {
    guard !subcommands.isEmpty, let first = typed.first else { return nil }
    if let found = subcommand(named: first) { return (found, 0) }
    guard subcommandContext != nil, typed.count > 1, let found = subcommand(named: typed[1])
    else { return nil }
    return (found, 1)
  }

  /// The option named `name` (`--seed` or its short form `-o`).
  public func option(named name: String) -> OptionSpec? {
    options.first { $0.name == name || $0.shortName == name }
  }
}

/// A sub-command of a command (`guide add`, `data import`): its word, usage line, summary, the
/// kinds of its own positional arguments (after the sub-command word) and the names of the
/// command's options it takes.
public struct SubcommandSpec: Sendable {
  /// The word, e.g. `add`.
  public var name: String
  /// Its usage line, e.g. `guide probe QUESTION "TEXT" [--kind K] [--at N]`.
  public var usage: String
  /// One line saying what it does.
  public var summary: String
  /// What each of its positional arguments is, for Tab.
  public var arguments: [ArgumentKind]
  /// Whether the last kind repeats (`roles add ROLE…`).
  public var repeatsLastArgument: Bool
  /// The long names of the command's options this sub-command takes.
  public var options: [String]

  public init(
    _ name: String, usage: String, summary: String, arguments: [ArgumentKind] = [],
    repeatsLastArgument: Bool = false, options: [String] = []
  ) {
    self.name = name
    self.usage = usage
    self.summary = summary
    self.arguments = arguments
    self.repeatsLastArgument = repeatsLastArgument
    self.options = options
  }

  /// The kind of its positional argument at `index` (0 is the first after the sub-command).
  public func argumentKind(at index: Int) -> ArgumentKind {
    guard index >= 0, let last = arguments.indices.last else { return .none }
    if index > last && !repeatsLastArgument { return .none }
    return arguments[min(index, last)]
  }
}

/// An option of a command: a flag (`--yes`) or an option with a value (`--seed S`).
public struct OptionSpec: Sendable {
  /// The long name with its dashes, e.g. `--seed`.
  public var name: String
  /// A one-letter form with its dash, e.g. `-o`, when there is one.
  public var shortName: String?
  /// How help names the value (`S`, `PATH`); `nil` for a flag that takes none.
  public var valueName: String?
  /// What the value is, for Tab completion.
  public var completion: ArgumentKind
  /// One line of help.
  public var help: String

  public init(
    _ name: String, short shortName: String? = nil, value valueName: String? = nil,
    completion: ArgumentKind = .none, help: String
  ) {
    self.name = name
    self.shortName = shortName
    self.valueName = valueName
    self.completion = completion
    self.help = help
  }

  /// Whether the option takes a value.
  public var takesValue: Bool { valueName != nil }
}

/// What an argument is, so that Tab completion can offer candidates for it.
public enum ArgumentKind: Hashable, Sendable {
  /// Nothing to offer.
  case none
  /// A fixed set of words (sub-commands, formats, designs …).
  case oneOf([String])
  /// A command name.
  case command
  /// A protocol id (`p3`).
  case protocolID
  /// A protocol id with an optional version (`p3@2`).
  case protocolVersion
  /// A research-question id from the catalogue.
  case questionID
  /// An informant role.
  case role
  /// A municipality number or name.
  case municipality
  /// A file path.
  case path
  /// An informant role of the open protocol (the catalogue's roles when none is open).
  case protocolRole
  /// A research-question id of the open protocol.
  case protocolQuestion
  /// A question id of the open protocol's guide (`q5`).
  case guideQuestion
  /// A question or probe id of the open protocol's guide (`q5`, `q5.2`).
  case guideItem
  /// A section id of the open protocol's guide (`intro`, a theme's id).
  case guideSection
  /// A field of the sampling frame (`centrality`, `reform`).
  case frameField
  /// A frame filter expression (`centrality in 5,6 and reform = merged`).
  case frameFilter
  /// The candidates of several kinds together.
  case anyOf([ArgumentKind])
  /// A shipped template's id (`templates`).
  case template
  /// An informant slot of the open protocol's fieldwork log (`ordforer@1850`).
  case informantSlot
  /// A unit of the open protocol's sample still in it (not refused): what `replace` takes.
  case sampledUnit
}
