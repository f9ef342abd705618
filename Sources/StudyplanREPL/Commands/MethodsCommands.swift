import StudyplanCore

extension CommandTable {
  /// `methods`: the methods chapter's own fields (COREQ).
  static let methodsCommand = CommandSpec(
    name: "methods",
    summary: "Show or set what the methods chapter says beyond the protocol (COREQ items)",
    discussion: """
      The methods export fills every COREQ item it can from the protocol and the fieldwork log \
      and lists the rest as to write, with the command that sets it. These fields hold the \
      rest: \(MethodsField.allCases.map(\.rawValue).joined(separator: ", ")). Without FIELD, \
      lists them with the COREQ items each answers; write about the research team and the \
      study, never about informants.
      """,
    arguments: [
      ArgumentSpec(
        "FIELD", .of(MethodsField.self, noun: "methods field"), about: "a methods field",
        arity: .optional),
      ArgumentSpec(#""TEXT""#, about: "the text in quotes", arity: .optional),
    ],
    options: [OptionSpec("--clear", help: "Unset the field")],
    examples: [
      "methods",
      #"methods piloting "Guiden ble prøvd ut i ett intervju med en tidligere ordfører.""#,
      #"methods saturation "Vi vurderer metning per rolle etter hver runde.""#,
      "methods coding-plan --clear",
    ],
    run: { invocation, session, io in
      guard let field = try invocation.argument(MethodsField.self, "FIELD") else {
        let fields =
          try session.requireWorkspace(for: "methods").document.methods ?? MethodsFields()
        let width = MethodsField.allCases.map(\.rawValue.count).max() ?? 0
        io.print(
          lines: MethodsField.allCases.map { field in
            let items = (1...32).filter { CoreqItem.field(for: $0) == field }
            let coreq =
              items.count == 1
              ? "COREQ \(items[0])"
              : "COREQ \(items.first ?? 0)–\(items.last ?? 0)"
            let name = field.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
            return "\(name)  \(coreq): " + (fields[field] ?? "not set")
          })
        return
      }
      if invocation.has("--clear") {
        try session.edit(for: "methods") { doc in
          var fields = doc.methods ?? MethodsFields()
          fields[field] = nil
          doc.methods = fields
        }
        io.print("\(field.rawValue): not set")
        return
      }
      guard let value = invocation.word(#""TEXT""#) else {
        let fields =
          try session.requireWorkspace(for: "methods").document.methods ?? MethodsFields()
        io.print("\(field.rawValue): " + (fields[field] ?? "not set"))
        return
      }
      let text = value.text.split(whereSeparator: \.isNewline).joined(separator: " ")
        .trimmingCharacters(in: .whitespaces)
      guard !text.isEmpty else {
        throw CommandFailure(
          .invalidValue(
            value.text, for: "methods \(field.rawValue)",
            expected: "some text; use --clear to unset"),
          column: value.column)
      }
      try session.edit(for: "methods") { doc in
        var fields = doc.methods ?? MethodsFields()
        fields[field] = text
        doc.methods = fields
      }
      io.print("\(field.rawValue): \(text)")
    })
}
