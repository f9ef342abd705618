import StudyplanCore

extension CommandTable {
  /// `roles`: the protocol's informant roles.
  static let rolesCommand = CommandSpec(
    name: "roles", summary: "List the informant roles, or add and remove them in the protocol",
    discussion: """
      Roles are slots per sampled municipality, never people. 'roles' with no protocol open \
      lists the built-in roles (ordfører, kommunedirektør, næringssjef, prosjektleder, \
      regionrådsleder, daglig leder i regionrådet and former holders of the first four); they \
      accept their aliases, with or without Norwegian letters (radmann = rådmann = \
      kommunedirektør). Any other name is refused, with the nearest built-in role when it looks \
      like a typo, unless --custom says you mean a role of your own. A role's name becomes part \
      of the pseudonymous slot ids (ordforer@1850): name a function, never a person.
      """,
    subcommands: [
      CommandSpec(
        name: "add", summary: "Add roles to the protocol",
        arguments: [ArgumentSpec("ROLE", .role, about: "a role", arity: .repeating(minimum: 1))],
        options: [
          OptionSpec("--custom", help: "Define roles of your own (names that are no built-in role)")
        ],
        run: { invocation, session, io in
          for name in invocation.words("ROLE").map(\.text) {
            var role: InformantRole?
            try session.edit(for: "roles") {
              role = try $0.addRole(name, custom: invocation.has("--custom"))
            }
            if let role { io.print("added \(RoleReport.label(role, in: session.language))") }
          }
        }),
      CommandSpec(
        name: "remove", summary: "Remove roles from the protocol",
        arguments: [
          ArgumentSpec("ROLE", .protocolRole, about: "a role", arity: .repeating(minimum: 1))
        ],
        run: { invocation, session, io in
          for name in invocation.words("ROLE").map(\.text) {
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
              "removed \(RoleReport.label(role, in: session.language))"
                + (dropped > 0 ? " and its \(counted(dropped, "planned fieldwork slot"))" : ""))
          }
        }),
    ],
    examples: [
      "roles", "roles add ordfører rådmann naeringssjef",
      #"roles add "daglig leder i regionråd""#,
      "roles add samfunnsutvikler --custom", "roles remove ordforer",
    ],
    run: { _, session, io in
      io.print(lines: RoleReport.lines(for: session.workspace?.document, in: session.language))
    })
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
