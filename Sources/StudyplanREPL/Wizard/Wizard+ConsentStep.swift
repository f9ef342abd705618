import StudyplanCore

/// The wizard's consent step.
extension Wizard {
  /// Consent fields: asks for each field the information letter still needs, one by one, and
  /// sets it with `consent FIELD VALUE`; an empty answer skips the field.
  static let consentStep = WizardStep(
    id: "consent", title: "consent fields",
    isDone: { session in
      guard let document = session.workspace?.document else { return false }
      return document.consent.missing(fallbackPurpose: document.purpose).isEmpty
    },
    run: { session, conversation in
      guard let document = session.workspace?.document else { return .left }
      let missing = document.consent.missing(fallbackPurpose: document.purpose)
      conversation.io.print(
        "the information letter needs \(missing.count) more field\(missing.count == 1 ? "" : "s"); "
          + "an empty answer skips one ('consent' lists them later)")
      for field in missing {
        let values = field.allowedValues
        let label = field.label(in: .en)
        var prompt = label.prefix(1).uppercased() + label.dropFirst()
        if let values { prompt += " (\(values.joined(separator: ", ")))" }
        if field == .projectEndDate { prompt += " (YYYY-MM-DD)" }
        prompt += ": "
        while true {
          let hint = values.map(ArgumentKind.suggested) ?? .text
          guard let answer = conversation.answer(prompt, completing: hint) else { return .left }
          if answer.isEmpty { break }
          let line = "consent \(field.rawValue) \(CommandLexer.quote(answer))"
          if try conversation.attempt({ try conversation.run(line, session: &session) }) != nil {
            break
          }
        }
      }
      return .done
    })
}
