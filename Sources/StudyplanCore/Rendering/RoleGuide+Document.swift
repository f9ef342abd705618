/// Laying out a role's guide as a document.
extension RoleGuide {
  /// The guide as a document titled for `projectTitle`.
  public func document(projectTitle: String) -> ExportDocument {
    let w = GuideDocumentWords(language: language)
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
  var nb: Bool { language == .nb }

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
    if question.isIndirect { parts.append(nb ? "indirekte formulering" : "indirect wording") }
    parts.append(question.priority.label(in: language))
    parts.append("\(question.minutes)\(noBreakSpace)min")
    if !question.researchQuestionIDs.isEmpty {
      let label = nb ? "forskningsspørsmål" : "research questions"
      parts.append("\(label): " + question.researchQuestionIDs.joined(separator: ", "))
    }
    if showRoles && !question.roleIDs.isEmpty {
      parts.append((nb ? "roller: " : "roles: ") + question.roleIDs.joined(separator: ", "))
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
