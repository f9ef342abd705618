/// Laying out a role's guide as a document.
extension RoleGuide {
  /// The guide as a document titled for `projectTitle`.
  ///
  /// With `researchQuestions` (the protocol's research questions in order, with their text),
  /// each question names the research questions it serves by number, and a table at the end
  /// gives their wording: no catalogue ids in the interviewer's document.
  public func document(
    projectTitle: String, researchQuestions: [(id: String, text: String)] = [],
    roleNames: [String: String] = [:]
  ) -> ExportDocument {
    var w = GuideDocumentWords(language: language)
    w.roleNames = roleNames
    for (index, question) in researchQuestions.enumerated() {
      w.researchQuestionNumbers[question.id] = index + 1
    }
    var subtitle: [String] = []
    if !projectTitle.isEmpty { subtitle.append("\(w.project): \(projectTitle)") }
    subtitle.append("\(w.role): \(roleName)")
    subtitle.append(w.length(planned: totalMinutes, target: targetMinutes))
    subtitle.append("\(w.guideVersion) \(revision)")
    var blocks: [DocumentBlock] = []
    // One numbering through the whole guide: questions are numbered on across sections.
    var nextNumber = 1
    for section in sections {
      blocks.append(.heading(level: 1, text: "\(section.heading) (\(section.minutes) min)"))
      for line in section.script {
        blocks.append(
          .paragraph(
            line.isInstruction ? [.emphasis(w.toInterviewer + line.text)] : [.plain(line.text)]))
      }
      guard !section.questions.isEmpty else { continue }
      let start = nextNumber
      nextNumber += section.questions.count
      blocks.append(
        .numberedList(
          section.questions.map { question in
            ListItem(
              [.plain(question.text), .aside(" " + w.meta(question, showRoles: roleID == nil))],
              subItems: question.probes.map { probe in
                [.emphasis(probe.kind.label(in: language) + ": "), .plain(probe.text)]
              })
          }, start: start))
    }
    if !researchQuestions.isEmpty {
      let served = Set(questions.flatMap(\.researchQuestionIDs))
      let rows = researchQuestions.enumerated().filter { served.contains($0.element.id) }.map {
        ["\($0.offset + 1)", $0.element.text]
      }
      if !rows.isEmpty {
        blocks.append(.heading(level: 1, text: w.researchQuestionsHeading))
        blocks.append(.table(header: [w.numberHeader, w.researchQuestionsHeading], rows: rows))
      }
    }
    if !trimmedQuestionIDs.isEmpty {
      blocks.append(.note([.plain(w.trimmed(trimmedQuestionIDs))]))
    }
    if !fitsTime {
      blocks.append(.note([.strong(w.overTime(totalMinutes, targetMinutes))]))
    }
    return ExportDocument(
      title: "\(w.guide) – \(roleName)", subtitle: subtitle, language: language, blocks: blocks)
  }
}

/// The words a guide document prints around the questions.
struct GuideDocumentWords {
  var language: Language
  /// The protocol's number for each research question id; empty prints the ids.
  var researchQuestionNumbers: [String: Int] = [:]
  /// Role names by id, for the full guide's role lists; a role not here prints its id.
  var roleNames: [String: String] = [:]
  var nb: Bool { language == .nb }

  var researchQuestionsHeading: String { nb ? "Forskningsspørsmål" : "Research questions" }
  var numberHeader: String { nb ? "Nr." : "No." }

  var guide: String { nb ? "Intervjuguide" : "Interview guide" }
  var project: String { nb ? "Prosjekt" : "Project" }
  var role: String { nb ? "Informantrolle" : "Informant role" }
  var toInterviewer: String { nb ? "Til intervjueren: " : "For the interviewer: " }
  var guideVersion: String { nb ? "Guideversjon: revisjon" : "Guide version: revision" }

  func length(planned: Int, target: Int) -> String {
    nb
      ? "Planlagt tid: \(planned) av \(target) minutter"
      : "Planned time: \(planned) of \(target) minutes"
  }

  func meta(_ question: RoleGuideQuestion, showRoles: Bool) -> String {
    var parts: [String] = []
    if question.kind != .main { parts.append(question.kind.label(in: language)) }
    parts.append(question.priority.label(in: language))
    parts.append("\(question.minutes)\(noBreakSpace)min")
    if !question.researchQuestionIDs.isEmpty {
      let label =
        nb
        ? "forskningsspørsmål"
        : (question.researchQuestionIDs.count == 1 ? "research question" : "research questions")
      let names = question.researchQuestionIDs.map { id in
        researchQuestionNumbers[id].map(String.init) ?? id
      }
      parts.append(
        researchQuestionNumbers.isEmpty
          ? "\(label): " + names.joined(separator: ", ")
          : "\(label) " + names.joined(separator: ", "))
    }
    if showRoles && !question.roleIDs.isEmpty {
      let names = question.roleIDs.map { roleNames[$0] ?? $0 }
      parts.append((nb ? "roller: " : "roles: ") + names.joined(separator: ", "))
    }
    // No-break spaces around the dots: plain text never starts a line with one.
    let dot = "\(noBreakSpace)·\(noBreakSpace)"
    return "(" + question.id + dot + parts.joined(separator: dot) + ")"
  }

  func trimmed(_ ids: [String]) -> String {
    let list = ids.joined(separator: ", ")
    return nb
      ? "Utelatt for å holde tiden (hvis tid): \(list)."
      : "Left out to keep to time (if time): \(list)."
  }

  func overTime(_ planned: Int, _ target: Int) -> String {
    nb
      ? "Guiden er planlagt til \(planned) minutter, mer enn målet på \(target)."
      : "The guide is planned at \(planned) minutes, more than the target of \(target)."
  }
}
