/// Deriving one role's guide from the whole.
extension InterviewGuide {
  /// The guide as `role` is taken through it, in `language`.
  ///
  /// Keeps the questions that fit the role, drops themes left empty, uses indirect wordings for
  /// roles listed in `indirectRoleIDs`, and trims if-time questions, last first, until the
  /// interview fits the role's target length (sections with fixed minutes are not trimmed).
  /// With `role` nil it returns the full guide, untrimmed. The introduction's script comes from
  /// the consent fields.
  public func variant(
    for role: InformantRole?,
    language: Language,
    consent: ConsentFields = ConsentFields(),
    projectTitle: String = "",
    purpose: String = ""
  ) -> RoleGuide {
    let roleID = role?.id
    let target = roleID.map { targetMinutes(forRole: $0) } ?? targetMinutes
    var kept: [[GuideQuestion]] = sections.map { section in
      section.questions.filter { question in roleID.map { question.fits(roleID: $0) } ?? true }
    }
    func minutes(_ index: Int) -> Int {
      sections[index].minutes ?? kept[index].reduce(0) { $0 + $1.minutes }
    }
    func total() -> Int { sections.indices.reduce(0) { $0 + minutes($1) } }
    var trimmed: [String] = []
    if roleID != nil {
      for s in sections.indices.reversed() where sections[s].minutes == nil {
        for q in kept[s].indices.reversed() where kept[s][q].priority == .ifTime {
          guard total() > target else { break }
          trimmed.append(kept[s][q].id)
          kept[s].remove(at: q)
        }
      }
    }
    let indirect = roleID.map { indirectRoleIDs.contains($0) } ?? false
    let roleName = role?.name.text(in: language) ?? GuideWords.allRoles.text(in: language)
    var themeNumber = 0
    var resolved: [RoleGuideSection] = []
    for (index, section) in sections.enumerated() {
      if section.kind == .theme && kept[index].isEmpty { continue }
      var heading = section.heading(in: language)
      if section.kind == .theme {
        themeNumber += 1
        heading = "\(GuideSectionKind.theme.label(in: language)) \(themeNumber): \(heading)"
      }
      let script =
        section.kind == .introduction
        ? consent.introductionScript(
          language: language, roleName: role?.name.text(in: language), minutes: target,
          projectTitle: projectTitle, purpose: purpose)
        : []
      let questions = kept[index].map { question in
        let useIndirect = indirect && question.indirectText != nil
        return RoleGuideQuestion(
          id: question.id, kind: question.kind,
          text: (useIndirect ? question.indirectText : nil)?.text(in: language)
            ?? question.text.text(in: language),
          isIndirect: useIndirect, priority: question.priority, minutes: question.minutes,
          researchQuestionIDs: question.researchQuestionIDs, roleIDs: question.roleIDs,
          probes: question.probes.map {
            RoleGuideProbe(kind: $0.kind, text: $0.text.text(in: language))
          })
      }
      resolved.append(
        RoleGuideSection(
          id: section.id, kind: section.kind, heading: heading, minutes: minutes(index),
          script: script, questions: questions))
    }
    return RoleGuide(
      roleID: roleID, roleName: roleName, language: language, targetMinutes: target,
      sections: resolved, trimmedQuestionIDs: trimmed.reversed(), revision: revision)
  }
}

/// Small words the guide prints.
enum GuideWords {
  static let allRoles = LocalizedText(nb: "alle roller", en: "all roles")
}
