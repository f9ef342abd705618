import Foundation

/// Deriving one role's guide from the whole.
extension InterviewGuide {
  /// The guide as `role` is taken through it, in `language`.
  ///
  /// Keeps the questions that fit the role and asks each in the role's own wording where it has
  /// one (a former office-holder's in the past tense); drops themes left empty; for roles listed
  /// in `indirectRoleIDs` asks the direct question and puts the indirect wording after it as a
  /// probe; and trims if-time questions, last first and in every section, until the interview
  /// fits the role's target length (a section with fixed minutes gives up the removed
  /// question's minutes). With `role` nil it returns the full guide, untrimmed. The
  /// introduction's script comes from the consent fields and states the role's planned length.
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
    let indirect = roleID.map { indirectRoleIDs.contains($0) } ?? false
    // What each question takes for this role: its own minutes, and two more for the indirect
    // probe a role like the project leader is asked.
    func cost(_ question: GuideQuestion) -> Int {
      question.minutes + (indirect && question.indirectText != nil ? 2 : 0)
    }
    // Minutes taken out of fixed sections by trimming.
    var released = Array(repeating: 0, count: sections.count)
    func minutes(_ index: Int) -> Int {
      if let fixed = sections[index].minutes { return max(0, fixed - released[index]) }
      return kept[index].reduce(0) { $0 + cost($1) }
    }
    func total() -> Int { sections.indices.reduce(0) { $0 + minutes($1) } }
    var trimmed: [String] = []
    if roleID != nil {
      for s in sections.indices.reversed() {
        for q in kept[s].indices.reversed() where kept[s][q].priority == .ifTime {
          guard total() > target else { break }
          trimmed.append(kept[s][q].id)
          if sections[s].minutes != nil { released[s] += cost(kept[s][q]) }
          kept[s].remove(at: q)
        }
      }
    }
    let planned = total()
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
      var script =
        section.kind == .introduction
        ? consent.introductionScript(
          language: language, roleName: role?.name.text(in: language),
          minutes: roleID == nil ? target : planned,
          projectTitle: projectTitle, purpose: purpose)
        : []
      if section.kind == .introduction, let role, role.isFormer {
        // Entry questions carry a past-tense wording where the theme has one; the probes are
        // written for the current holder, so the interviewer is told to shift them.
        script.append(
          GuideScriptLine(
            language == .nb
              ? "Informanten hadde rollen tidligere. Spør om tiden da hun eller han hadde "
                + "stillingen, og still oppfølgingsspørsmålene i fortid."
              : "The informant held the role earlier. Ask about the time they held the "
                + "position, and put the probes in the past tense.",
            isInstruction: true))
      }
      let questions = kept[index].map { question in
        let useIndirect = indirect && question.indirectText != nil
        var probes = question.probes.map {
          RoleGuideProbe(kind: $0.kind, text: Self.resolved($0.text, in: language))
        }
        if useIndirect, let indirectText = question.indirectText {
          probes.insert(
            RoleGuideProbe(kind: .indirect, text: Self.resolved(indirectText, in: language)),
            at: 0)
        }
        return RoleGuideQuestion(
          id: question.id, kind: question.kind,
          text: Self.resolved(question.text(forRole: roleID), in: language),
          isIndirect: useIndirect, priority: question.priority, minutes: cost(question),
          researchQuestionIDs: question.researchQuestionIDs, roleIDs: question.roleIDs,
          probes: probes)
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

  /// The text in `language`, or the other language's when it has not been written yet (so
  /// nothing silently disappears; `check` lists the missing translation).
  static func resolved(_ text: LocalizedText, in language: Language) -> String {
    let own = text.text(in: language)
    if !own.trimmingCharacters(in: .whitespaces).isEmpty { return own }
    return text.text(in: language == .nb ? .en : .nb)
  }
}

/// Small words the guide prints.
enum GuideWords {
  static let allRoles = LocalizedText(nb: "alle roller", en: "all roles")
}
