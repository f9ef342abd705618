import StudyplanCore

extension CommandTable {
  /// `check` and `consent`.
  static let designCommands: [CommandSpec] = [
    CommandSpec(
      name: "check",
      summary: "Check the design: coverage, time per role, consent fields",
      discussion: """
        Reports each research question that no role's guide covers, each guide question that \
        serves no research question, each role's guide that runs over its time, the consent \
        fields the information letter still needs, and each research question whose units the \
        drawn sample does not hold (with the filter that would fit). Findings are warnings; check \
        itself always succeeds, so a script carries on.
        """,
      examples: ["check"],
      run: { _, session, io in
        let document = try session.requireWorkspace(for: "check").document
        let findings = try session.designCheck(of: document)
        for finding in findings {
          switch finding.severity {
          case .warning: io.warn(finding.message)
          case .note: io.print("note: \(finding.message)")
          }
        }
        let warnings = findings.filter { $0.severity == .warning }.count
        io.print(
          warnings == 0
            ? "no problems found"
            : "\(warnings) problem\(warnings == 1 ? "" : "s") found")
      }),
    CommandSpec(
      name: "consent",
      summary: "Show or set the consent and data-protection fields",
      discussion: """
        Without FIELD, lists every field and marks those the information letter still needs; \
        with FIELD alone, shows its value. The fields describe the institution and the \
        processing, never an informant. The contact fields (controller, controller-contact, \
        project-leader, project-contact, dpo, sikt-contact) hold functional addresses such as \
        a project mailbox or a switchboard, and take e-mail addresses and phone numbers; in \
        the other free-text fields (purpose, recipients, processors) an e-mail address or phone \
        number draws a warning. sikt-contact is the contact Sikt's assessment gives. The \
        guide's introduction and the information letter are written from them. Fields: \
        \(ConsentField.required.map(\.rawValue).joined(separator: ", ")). Fields with a fixed \
        set of values name them in an error (Tab completes them); end-date is YYYY-MM-DD.
        """,
      arguments: [
        ArgumentSpec(
          "FIELD",
          .choices(ValueChoices(ConsentField.required.map(\.rawValue), noun: "consent field")),
          about: "a consent field", arity: .optional),
        ArgumentSpec(
          "VALUE", about: "a value", arity: .optional,
          kindAfter: { typed in
            typed.first.flatMap { ConsentField(rawValue: $0.lowercased()) }?.allowedValues.map(
              ArgumentKind.suggested)
          }),
      ],
      options: [OptionSpec("--clear", help: "Unset the field")],
      examples: [
        "consent", "consent controller \"NORCE Norwegian Research Centre\"",
        "consent legal-basis public-interest", "consent end-date 2027-12-31",
        "consent project-contact \"prosjekt-byr@example.no\"",
        "consent special-categories political-opinion", "consent consent-form oral",
      ],
      run: { invocation, session, io in
        guard let fieldWord = invocation.word("FIELD") else {
          let document = try session.requireWorkspace(for: "consent").document
          io.print(lines: consentOverview(document))
          return
        }
        let field = try ConsentFields.field(named: fieldWord.text)
        if invocation.has("--clear") {
          try session.edit(for: "consent") { $0.consent.clear(field) }
          io.print("\(field.rawValue): not set")
          return
        }
        guard let value = invocation.word("VALUE") else {
          let consent = try session.requireWorkspace(for: "consent").document.consent
          io.print("\(field.rawValue): " + (consent.value(of: field) ?? "not set"))
          return
        }
        do {
          try session.edit(for: "consent") { try $0.consent.set(field, to: value.text) }
        } catch let error as StudyplanError {
          throw CommandFailure(
            .invalidValue(
              value.text, for: "value for consent \(field.rawValue)",
              expected: Self.expected(from: error)),
            column: value.column)
        }
        let consent = session.workspace?.document.consent ?? ConsentFields()
        io.print("\(field.rawValue): " + (consent.value(of: field) ?? "not set"))
        for finding in consent.personalDataFindings where finding.field == field {
          io.warn(DesignDiagnostic.consentFieldLooksPersonal(field, finding.pattern).message)
        }
      }),
  ]

  /// The `expected …` part of a consent value error.
  static func expected(from error: StudyplanError) -> String {
    if case .invalidConsentValue(_, _, let expected) = error { return expected }
    return "a valid value"
  }

  /// `consent` without arguments: every field, set or not.
  static func consentOverview(_ document: StudyProtocol) -> [String] {
    let width = ConsentField.required.map(\.rawValue.count).max() ?? 0
    let missing = Set(document.consent.missing(fallbackPurpose: document.purpose))
    return ConsentField.required.map { field in
      let name = field.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
      var value = document.consent.value(of: field)
      if field == .purpose, value == nil, !document.purpose.isEmpty {
        value = "(the protocol's purpose) \(document.purpose)"
      }
      let state = value ?? (missing.contains(field) ? "not set (the letter needs it)" : "not set")
      return "\(name)  \(state)"
    }
  }
}
