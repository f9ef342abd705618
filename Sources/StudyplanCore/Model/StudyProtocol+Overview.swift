/// The text `show` prints: a protocol at a glance.
extension StudyProtocol {
  /// The overview as lines; each part of the protocol adds its own section. With `lineage`,
  /// the sample's units are placed in time (`unitLineage`): the 2019 predecessors of 2020 or 2024 units, and
  /// drawn units that are one municipality today.
  public func overview(unitLineage: MunicipalityLineage? = nil) -> [String] {
    var lines: [String] = []
    lines.append("title:    \(title)")
    lines.append("status:   \(status.rawValue)")
    if !purpose.isEmpty { lines.append("purpose:  \(purpose)") }
    if let translation = purposeTranslation, !translation.text.isEmpty {
      lines.append("purpose (\(translation.language.rawValue)): \(translation.text)")
    }
    lines.append("language: \(language.rawValue)")
    if let clonedFrom = lineage.clonedFrom { lines.append("cloned from: \(clonedFrom)") }
    if let followUpOf = lineage.followUpOf { lines.append("follow-up of: \(followUpOf)") }
    if let template = lineage.template { lines.append("started from template: \(template)") }
    lines.append("")
    lines.append(
      "model:    "
        + (model.map { "\($0.model.rawValue) (\($0.model.name(in: .en)))" } ?? "not chosen"))
    if let choice = model, choice.isAgainstMapping, let proposed = choice.proposedModel {
      lines.append("          against the mapping, which proposed model \(proposed.rawValue)")
    }
    if let justification = model?.justification {
      lines.append("          because: \(justification)")
    }
    lines.append("questions (\(questions.count)):" + (questions.isEmpty ? " none yet" : ""))
    lines += questions.map { question in
      "  - \(question.id)" + (question.text.map { ": \($0)" } ?? "")
    }
    lines.append("roles (\(roles.count)):" + (roles.isEmpty ? " none yet" : ""))
    lines += roles.map { "  - \($0.name.text(in: language))" }
    lines.append("")
    if let sample {
      lines.append(
        "sample:   \(sample.plan.design.rawValue)"
          + (sample.plan.design.isRandom ? ", seed '\(sample.plan.seed)'" : "") + ", "
          + "\(counted(sample.activeUnits.count, "unit"))"
          + (sample.plan.design.isRandom
            ? ", \(counted(sample.openReserveCount, "reserve")) left" : "")
          + (sample.log.isEmpty ? "" : ", \(counted(sample.log.count, "logged dropout"))")
          + (sample.plan.unitLayer == .standard
            ? "" : ", municipalities of \(sample.plan.unitLayer.rawValue)"))
      if let unitLineage {
        let placed =
          SampleSummary.predecessorLines(sample, lineage: unitLineage)
          + SharedMunicipality.find(in: sample, lineage: unitLineage).filter {
            $0.relation == .partOf
          }.map(\.message)
        lines += placed.map { "          " + $0 }
      }
    } else {
      lines.append("sample:   not drawn")
    }
    if let guide {
      lines.append(
        "guide:    revision \(guide.revision), \(counted(guide.themes.count, "theme")), "
          + "\(counted(guide.allQuestions.count, "question")), target \(guide.targetMinutes) min")
    } else {
      lines.append("guide:    not built")
    }
    let missing = consent.missing(fallbackPurpose: purpose)
    lines.append(
      "consent:  "
        + (missing.isEmpty
          ? "complete" : "missing " + missing.map(\.rawValue).joined(separator: ", ")))
    return lines
  }
}
