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

  /// The planner's command language.
  public static let standard = CommandTable(groups: [
    CommandGroup(
      title: "Protocols",
      commands: protocolCommands + [showCommand] + lineageCommands + [templatesCommand]),
    CommandGroup(
      title: "Questions, model and roles", commands: catalogueCommands + [rolesCommand]),
    CommandGroup(title: "Sampling", commands: samplingCommands),
    CommandGroup(title: "Guide and consent", commands: [guideCommand()] + designCommands),
    CommandGroup(title: "Fieldwork and methods", commands: [fieldworkCommand, methodsCommand]),
    CommandGroup(title: "Export and import", commands: exchangeCommands + [storeCommand]),
    CommandGroup(title: "Reference data", commands: dataCommands),
    CommandGroup(title: "Guided", commands: [Wizard.command]),
    CommandGroup(title: "Session", commands: sessionCommands + [setCommand, doctorCommand]),
  ])
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
