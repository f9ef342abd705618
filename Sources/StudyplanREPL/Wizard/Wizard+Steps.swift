import Foundation
import StudyplanCore

/// The wizard's first steps and its last: title, questions, model, roles, save.
extension Wizard {
  /// Title and purpose: starts the protocol with `new`.
  static let titleStep = WizardStep(
    id: "title", title: "title and purpose", isDone: { $0.workspace != nil },
    run: { session, conversation in
      let title = try conversation.ask("Title of the study: ") { text in
        guard !text.isEmpty else {
          throw CommandFailure(.missingArgument("a title", command: "wizard"))
        }
        return text
      }
      guard let title else { return .left }
      guard let purpose = conversation.answer("Purpose, in a sentence (may be empty): ") else {
        return .left
      }
      var line = "new \(CommandLexer.quote(title))"
      if !purpose.isEmpty { line += " --purpose \(CommandLexer.quote(purpose))" }
      try conversation.run(line, session: &session)
      return .done
    })

  /// Research questions: `ask` for each catalogue id or own question, until an empty line.
  static let questionsStep = WizardStep(
    id: "questions", title: "research questions",
    isDone: { !($0.workspace?.document.questions.isEmpty ?? true) },
    run: { session, conversation in
      var overview = ["catalogue questions (model in brackets); 'questions ID' explains one:"]
      overview += QuestionCatalogue.builtin.entries.map {
        "  \($0.id) (\($0.suggestedModel.rawValue))"
      }
      conversation.io.print(lines: overview)
      let prompt = "Question id, or your own question in words (empty line when done): "
      while true {
        guard let answer = conversation.answer(prompt, completing: .questionID) else {
          return .left
        }
        if answer.isEmpty {
          if !(session.workspace?.document.questions.isEmpty ?? true) { return .done }
          _ = try conversation.attempt {
            throw CommandFailure(
              .missingArgument("at least one research question", command: "wizard"))
          }
          continue
        }
        guard answer.contains(where: \.isWhitespace) else {
          _ = try conversation.attempt { try conversation.run("ask \(answer)", session: &session) }
          continue
        }
        let unit = try conversation.ask(
          "What does it study: municipality, cooperation or both? "
        ) { text in try UnitOfAnalysis.parse(text) }
        guard let unit else { return .left }
        let comparison = try conversation.ask(
          "What does it compare: forms, kinds, constellations, standpoints or reform? "
        ) { text in try ComparisonAxis.parse(text) }
        guard let comparison else { return .left }
        let line =
          "ask \(CommandLexer.quote(answer)) --unit \(unit.rawValue)"
          + " --compare \(comparison.rawValue)"
        _ = try conversation.attempt { try conversation.run(line, session: &session) }
      }
    })

  /// The model: shows the mapping, takes the proposal or another model with a reason.
  static let modelStep = WizardStep(
    id: "model", title: "study model", isDone: { $0.workspace?.document.model != nil },
    run: { session, conversation in
      try conversation.run("map", session: &session)
      let proposed = session.workspace?.document.mapping().proposedModel
      let hint = proposed.map { " [\($0.rawValue)]" } ?? ""
      while true {
        let model = try conversation.ask(
          "Model 1, 2 or 3\(hint): ", completing: .suggested(["1", "2", "3"])
        ) { text in
          if text.isEmpty, let proposed { return proposed }
          return try StudyModel.parse(text)
        }
        guard let model else { return .left }
        var line = "model \(model.rawValue)"
        if let proposed, proposed != model {
          let why = "Why model \(model.rawValue) rather than model \(proposed.rawValue)? "
          guard let reason = conversation.answer(why) else { return .left }
          if !reason.isEmpty { line += " --because \(CommandLexer.quote(reason))" }
        }
        if try conversation.attempt({ try conversation.run(line, session: &session) }) != nil {
          return .done
        }
      }
    })

  /// Roles: takes the roles the questions suggest, or the planner's list.
  static let rolesStep = WizardStep(
    id: "roles", title: "informant roles",
    isDone: { !($0.workspace?.document.roles.isEmpty ?? true) },
    run: { session, conversation in
      let suggested = session.workspace?.document.suggestedRoleIDs() ?? []
      let hint = suggested.isEmpty ? "" : " [\(suggested.joined(separator: ", "))]"
      while !(session.workspace?.document.roles.isEmpty == false) {
        guard
          let text = conversation.answer("Roles, separated by commas\(hint): ", completing: .role)
        else {
          return .left
        }
        let names =
          text.isEmpty
          ? suggested
          : text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        guard !names.isEmpty else { continue }
        // Each role is its own command, so a typo in one keeps the others.
        for name in names {
          let line = "roles add \(CommandLexer.quote(name))"
          _ = try conversation.attempt { try conversation.run(line, session: &session) }
        }
      }
      return .done
    })

  /// Save: stores the protocol as a new version when the planner agrees.
  static let saveStep = WizardStep(
    id: "save", title: "save",
    isDone: { session in
      guard let workspace = session.workspace else { return false }
      return workspace.id != nil && !workspace.isDirty
    },
    run: { session, conversation in
      guard let answer = conversation.answer("Save the protocol now? [Y/n] ") else { return .left }
      guard ["", "y", "yes", "j", "ja"].contains(answer.lowercased()) else {
        conversation.io.print("not saved; 'save' stores it")
        return .done
      }
      try conversation.run("save --note \"made with the wizard\"", session: &session)
      return .done
    })
}
