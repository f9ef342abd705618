/// The compact view `guide` prints in the REPL: ids to edit by, times, priorities and links.
extension RoleGuide {
  /// The outline as lines.
  public func outline() -> [String] {
    var lines: [String] = []
    let fit = fitsTime ? "" : " — over by \(totalMinutes - targetMinutes) min"
    lines.append(
      "guide for \(roleName): \(totalMinutes) of \(targetMinutes) min, revision \(revision)\(fit)")
    for section in sections {
      lines.append("")
      lines.append("\(section.id): \(section.heading) (\(section.minutes) min)")
      for question in section.questions {
        var tags = [question.priority.rawValue, "\(question.minutes) min"]
        if question.kind != .main { tags.insert(question.kind.rawValue, at: 0) }
        if question.isIndirect { tags.append("with indirect probe") }
        if !question.researchQuestionIDs.isEmpty {
          tags.append("serves " + question.researchQuestionIDs.joined(separator: ","))
        }
        if roleID == nil && !question.roleIDs.isEmpty {
          tags.append("roles " + question.roleIDs.joined(separator: ","))
        }
        lines.append("  \(question.id)  \(question.text)  [\(tags.joined(separator: ", "))]")
        for (index, probe) in question.probes.enumerated() {
          lines.append("    \(question.id).\(index + 1)  \(probe.kind.rawValue): \(probe.text)")
        }
      }
    }
    if !trimmedQuestionIDs.isEmpty {
      lines.append("")
      lines.append("trimmed to fit: " + trimmedQuestionIDs.joined(separator: ", "))
    }
    return lines
  }
}
