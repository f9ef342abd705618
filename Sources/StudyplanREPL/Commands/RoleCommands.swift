import StudyplanCore

extension CommandTable {
  /// `roles`: the protocol's informant roles.
  static let rolesCommand: CommandSpec = {
    var command = CommandSpec(
      name: "roles",
      usage: ["roles [add|remove ROLE…]", "roles add ROLE… [--custom]", "roles remove ROLE…"],
      summary: "List the informant roles, or add and remove them in the protocol",
      discussion: """
        Roles are slots per sampled municipality, never people. The built-in roles are ordfører, \
        kommunedirektør, næringssjef, prosjektleder and regionrådsleder; they accept their \
        aliases, with or without Norwegian letters (radmann = rådmann = kommunedirektør). A name \
        that matches no role defines a role of your own; one that looks like a typo of a known \
        role is refused unless --custom says you mean a new role.
        """,
      options: [
        OptionSpec("--custom", help: "Define new roles even when a name is close to a known one")
      ],
      examples: [
        "roles", "roles add ordfører rådmann naeringssjef",
        #"roles add "daglig leder i regionråd""#,
        "roles add samfunnsutvikler --custom", "roles remove ordforer",
      ],
      run: { invocation, session, io in
        let language = session.language
        guard let sub = invocation.arguments.first else {
          io.print(lines: RoleReport.lines(for: session.workspace?.document, in: language))
          return
        }
        let names = invocation.arguments.dropFirst().map(\.text)
        switch sub.text.lowercased() {
        case "add":
          guard !names.isEmpty else {
            throw CommandFailure(.missingArgument("a role", command: "roles add"))
          }
          for name in names {
            var role: InformantRole?
            try session.edit(for: "roles") {
              role = try $0.addRole(name, custom: invocation.has("--custom"))
            }
            if let role { io.print("added \(RoleReport.label(role, in: language))") }
          }
        case "remove":
          guard !names.isEmpty else {
            throw CommandFailure(.missingArgument("a role", command: "roles remove"))
          }
          for name in names {
            var role: InformantRole?
            var slotsBefore = 0
            var slotsAfter = 0
            try session.edit(for: "roles") {
              slotsBefore = $0.fieldwork?.slots.count ?? 0
              role = try $0.removeRole(name)
              slotsAfter = $0.fieldwork?.slots.count ?? 0
            }
            guard let role else { continue }
            let dropped = slotsBefore - slotsAfter
            io.print(
              "removed \(RoleReport.label(role, in: language))"
                + (dropped > 0 ? " and its \(counted(dropped, "planned fieldwork slot"))" : ""))
          }
        default:
          throw CommandFailure(
            .unknownSubcommand(
              sub.text, command: "roles",
              suggestion: Suggestion.closest(to: sub.text, in: ["add", "remove"])),
            column: sub.column)
        }
      })
    command.subcommands = [
      SubcommandSpec(
        "add", usage: "roles add ROLE… [--custom]", summary: "Add roles to the protocol",
        arguments: [.role], repeatsLastArgument: true, options: ["--custom"]),
      SubcommandSpec(
        "remove", usage: "roles remove ROLE…", summary: "Remove roles from the protocol",
        arguments: [.protocolRole], repeatsLastArgument: true),
    ]
    return command
  }()
}

/// The text of `roles` without a sub-command.
enum RoleReport {
  /// `kommunedirektør (kommunedirektor)`, or a custom role's name and id.
  static func label(_ role: InformantRole, in language: Language) -> String {
    let custom = role.isCustom ? ", own role" : ""
    return "\(role.displayName(in: language)) (\(role.id)\(custom))"
  }

  /// The protocol's roles, the roles its questions suggest, and every known role.
  static func lines(for document: StudyProtocol?, in language: Language) -> [String] {
    var lines: [String] = []
    if let document {
      let present = document.roles.map { label($0, in: language) }
      lines.append(
        "in the protocol: " + (present.isEmpty ? "none yet" : present.joined(separator: ", ")))
      let missing = document.suggestedRoleIDs().filter { id in
        !document.roles.contains { $0.id == id }
      }
      if !missing.isEmpty {
        lines.append("suggested by its questions: roles add \(missing.joined(separator: " "))")
      }
      lines.append("")
    }
    let known = RoleCatalogue.builtin.including(document?.roles.filter(\.isCustom) ?? [])
    let table = TextTable(
      headers: ["ID", "ROLE", "ALSO"],
      rows: known.roles.map { role in
        let other = language == .nb ? role.name.en : role.name.nb
        var also: [String] = []
        for name in [other] + role.aliases
        where name != role.displayName(in: language) && !also.contains(name) {
          also.append(name)
        }
        return [role.id, role.displayName(in: language), also.joined(separator: ", ")]
      })
    lines.append(table.render())
    return lines
  }
}
