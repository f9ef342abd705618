extension CommandTable {
  /// The planner's command language.
  public static let standard = CommandTable(groups: [
    CommandGroup(
      title: "Protocols",
      commands: protocolCommands + [purposeCommand, showCommand] + lineageCommands
        + [templatesCommand]),
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
