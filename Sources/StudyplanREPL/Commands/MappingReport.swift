import StudyplanCore

/// The text of `map` and of `model` without a number.
enum MappingReport {
  /// Every question's model, reason and sampling; the proposal; conflicts; the choice.
  static func lines(for document: StudyProtocol, in language: Language) -> [String] {
    let mapping = document.mapping()
    guard !mapping.questions.isEmpty || !mapping.unknownQuestionIDs.isEmpty else {
      return ["no questions yet; 'questions' lists the catalogue and 'ask ID' adds one"]
    }
    var lines: [String] = []
    for question in mapping.questions {
      lines.append("\(question.questionID) → \(CatalogueText.model(question.model, in: language))")
      lines += CatalogueText.wrap(question.text.text(in: language), indent: "  ")
      lines += CatalogueText.wrap("why: " + question.reason(in: language), indent: "  ")
      if let sampling = question.sampling {
        lines.append("  sample: " + sampling.commandArguments)
      }
      lines.append("")
    }
    for id in mapping.unknownQuestionIDs {
      lines.append("\(id) → not in this catalogue; 'drop \(id)' removes it")
      lines.append("")
    }
    if let conflict = mapping.conflict {
      lines.append(
        "conflict: model 1 for \(conflict.municipalityQuestionIDs.joined(separator: ", "));"
          + " model 2 for \(conflict.cooperationQuestionIDs.joined(separator: ", "))")
      lines += CatalogueText.wrap(conflict.reconciliation(in: language), indent: "  ")
    }
    return lines + choiceLines(for: document, in: language)
  }

  /// What the mapping proposes and what the planner chose.
  static func choiceLines(for document: StudyProtocol, in language: Language) -> [String] {
    let proposed = document.mapping().proposedModel
    var lines = [
      "proposed: "
        + (proposed.map { CatalogueText.model($0, in: language) } ?? "nothing yet (no questions)")
    ]
    guard let choice = document.model else {
      let hint = proposed.map { " — 'model \($0.rawValue)' takes the proposal" } ?? ""
      return lines + ["chosen:   none yet\(hint)"]
    }
    var chosen = "chosen:   " + CatalogueText.model(choice.model, in: language)
    if choice.isAgainstMapping, let was = choice.proposedModel {
      chosen += ", against the mapping (which proposed model \(was.rawValue))"
    }
    lines.append(chosen)
    if let justification = choice.justification { lines.append("  because: \(justification)") }
    if let proposed, proposed != choice.model, proposed != choice.proposedModel {
      lines.append(
        "note: the questions now point to model \(proposed.rawValue);"
          + " choose again with 'model N' (and --because when you keep another)")
    }
    return lines
  }
}
