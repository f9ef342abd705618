import StudyplanCore

/// The wizard's interview-guide step.
extension Wizard {
  /// The guide: builds it with `guide build`, shows each role's time against the target, and
  /// offers another length with `guide length`.
  static let guideStep = WizardStep(
    id: "guide", title: "interview guide",
    isDone: { $0.workspace?.document.guide != nil },
    run: { session, conversation in
      let lengths = ArgumentKind.suggested(["45", "60", "90"])
      let length = try conversation.ask(
        "Length of an interview in minutes, 45, 60 or 90 [60]: ", completing: lengths
      ) { text -> Int in
        text.isEmpty ? 60 : try InterviewGuide.parseMinutes(text)
      }
      guard let length else { return .left }
      try conversation.run("guide build --length \(length)", session: &session)
      var current = length
      while true {
        conversation.io.print(lines: roleTimes(session.workspace?.document))
        let changed = try conversation.ask(
          "Another length (45, 60 or 90), or empty to keep \(current) min: ", completing: lengths
        ) { text -> Int? in
          text.isEmpty ? nil : try InterviewGuide.parseMinutes(text)
        }
        guard let changed else { return .left }
        guard let minutes = changed, minutes != current else { break }
        let line = "guide length \(minutes)"
        if try conversation.attempt({ try conversation.run(line, session: &session) }) != nil {
          current = minutes
        }
      }
      conversation.io.print("'guide' shows the guide and 'help guide' how to edit it")
      return .done
    })

  /// One line per role: the minutes its variant takes against its target.
  static func roleTimes(_ document: StudyProtocol?) -> [String] {
    guard let document else { return [] }
    let roles: [InformantRole?] = document.roles.isEmpty ? [nil] : document.roles
    var lines = ["time per interview:"]
    for role in roles {
      guard let guide = try? document.roleGuide(for: role) else { continue }
      let name = role?.id ?? "the whole guide"
      var line = "  \(name): \(guide.totalMinutes) of \(guide.targetMinutes) min"
      if !guide.trimmedQuestionIDs.isEmpty {
        let count = guide.trimmedQuestionIDs.count
        line += ", \(count) if-time question\(count == 1 ? "" : "s") left out"
      }
      if !guide.fitsTime { line += " — too long" }
      lines.append(line)
    }
    return lines
  }
}
