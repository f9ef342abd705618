extension InterviewGuide {
  /// The most themes a guide holds at must/should priority; later themes are asked if time allows.
  public static let usualThemeLimit = 5

  /// The role ids whose variants use indirect wordings by default: project leaders were reluctant
  /// to rank member municipalities' benefit (Angell & Grimsrud, NORCE, January 2020).
  public static let defaultIndirectRoleIDs = ["prosjektleder"]

  /// Builds a guide from the themes of the protocol's research questions.
  ///
  /// Each research question's first theme comes first, as a must; further themes follow as
  /// should, and those past the fifth as if-time. A theme shared by several research questions
  /// becomes one section serving all of them. Framing sections get the default minutes for `targetMinutes`.
  public static func make(
    from sources: [GuideThemeSource],
    targetMinutes: Int = 60,
    indirectRoleIDs: [String] = InterviewGuide.defaultIndirectRoleIDs
  ) -> InterviewGuide {
    var counter = 0
    func nextID() -> String {
      counter += 1
      return "q\(counter)"
    }
    // First each research question's first theme, in question order; then the second themes,
    // and so on: the musts come first and the extras queue up behind them.
    let depth = sources.map(\.themes.count).max() ?? 0
    let ordered = (0..<depth).flatMap { offset in
      sources.compactMap { source in
        offset < source.themes.count
          ? (source.researchQuestionID, source.themes[offset], source.roleIDs) : nil
      }
    }
    var themeSections: [GuideSection] = []
    var firstThemeOfQuestion: Set<String> = []
    var seenQuestions: Set<String> = []
    for (researchID, theme, questionRoleIDs) in ordered {
      let isFirst = seenQuestions.insert(researchID).inserted
      if isFirst { firstThemeOfQuestion.insert(theme.id) }
      let fitting = theme.fittingRoleIDs(questionRoleIDs: questionRoleIDs)
      if let index = themeSections.firstIndex(where: { $0.id == theme.id }) {
        for q in themeSections[index].questions.indices
        where !themeSections[index].questions[q].researchQuestionIDs.contains(researchID) {
          themeSections[index].questions[q].researchQuestionIDs.append(researchID)
          if isFirst { themeSections[index].questions[q].priority = .must }
          // A theme shared by several research questions fits the roles of all of them.
          if !themeSections[index].questions[q].roleIDs.isEmpty {
            if fitting.isEmpty {
              themeSections[index].questions[q].roleIDs = []
            } else {
              for id in fitting where !themeSections[index].questions[q].roleIDs.contains(id) {
                themeSections[index].questions[q].roleIDs.append(id)
              }
            }
          }
        }
        continue
      }
      let probes = theme.probes.map { GuideProbe(kind: $0.kind, text: $0.text) }
      let question = GuideQuestion(
        id: nextID(), kind: .main, text: theme.mainQuestion,
        indirectText: theme.indirectQuestion, roleTexts: theme.guideRoleTexts, probes: probes,
        researchQuestionIDs: [researchID], roleIDs: fitting,
        priority: isFirst ? .must : .should)
      themeSections.append(
        GuideSection(id: theme.id, kind: .theme, title: theme.title, questions: [question]))
    }
    for index in themeSections.indices where index >= usualThemeLimit {
      for q in themeSections[index].questions.indices
      where !firstThemeOfQuestion.contains(themeSections[index].id) {
        themeSections[index].questions[q].priority = .ifTime
      }
    }
    var sections = framingSections(targetMinutes: targetMinutes, nextID: nextID)
    sections.insert(contentsOf: themeSections, at: sections.count - 1)
    // Number the questions in interview order.
    var number = 0
    for s in sections.indices {
      for q in sections[s].questions.indices {
        number += 1
        sections[s].questions[q].id = "q\(number)"
      }
    }
    return InterviewGuide(
      targetMinutes: targetMinutes, indirectRoleIDs: indirectRoleIDs, sections: sections,
      revision: 1, nextQuestionNumber: number + 1)
  }

  /// The fewest minutes `fitThemeMinutes(to:)` leaves a theme question: a main question and a
  /// couple of probes.
  public static let minimumThemeMinutes = 6

  /// Shortens the theme questions of roles whose guides run over their target, a minute at a
  /// time from the longest question the role is asked, never below `minimumThemeMinutes`; then
  /// marks the role's last should questions if-time, so its variant trims them.
  ///
  /// Framing sections and must questions stay; the interviewer gets less time per theme rather
  /// than a guide that cannot be held. What still does not fit is left to `check`.
  public mutating func fitThemeMinutes(to roles: [InformantRole]) {
    for role in roles {
      var rounds = 0
      while variant(for: role, language: .nb).totalMinutes > targetMinutes(forRole: role.id),
        rounds < 1_000
      {
        rounds += 1
        var longest: (s: Int, q: Int, minutes: Int)?
        for s in sections.indices where sections[s].kind == .theme {
          for q in sections[s].questions.indices {
            let question = sections[s].questions[q]
            guard question.fits(roleID: role.id), question.priority != .ifTime,
              question.minutes > Self.minimumThemeMinutes
            else { continue }
            if question.minutes > (longest?.minutes ?? 0) {
              longest = (s, q, question.minutes)
            }
          }
        }
        if let longest {
          sections[longest.s].questions[longest.q].minutes -= 1
          continue
        }
        // Nothing left to shorten: the role's last should question becomes if-time, so the
        // role's variant trims it.
        // Then, if still over, its last must question, but never the role's first theme.
        let asked = sections.indices.filter { s in
          sections[s].kind == .theme
            && sections[s].questions.contains { $0.fits(roleID: role.id) && $0.priority != .ifTime }
        }
        var demoted = false
        for priority in [GuidePriority.should, .must] where !demoted {
          for s in asked.dropFirst().reversed() where !demoted {
            if let q = sections[s].questions.lastIndex(where: {
              $0.fits(roleID: role.id) && $0.priority == priority
            }) {
              sections[s].questions[q].priority = .ifTime
              demoted = true
            }
          }
        }
        if !demoted { break }
      }
    }
  }

  /// Introduction, warm-up, transition and closing with their standard questions.
  private static func framingSections(
    targetMinutes: Int, nextID: () -> String
  ) -> [GuideSection] {
    func section(_ kind: GuideSectionKind, _ questions: [GuideQuestion]) -> GuideSection {
      GuideSection(
        id: kind.fixedID ?? kind.rawValue, kind: kind,
        minutes: kind.defaultMinutes(forLength: targetMinutes), questions: questions)
    }
    let t = StandardGuideText.self
    return [
      section(
        .introduction,
        [
          GuideQuestion(id: nextID(), kind: .structuring, text: t.anyQuestions, minutes: 1)
        ]),
      section(
        .warmUp,
        [
          GuideQuestion(
            id: nextID(), kind: .introducing, text: t.ownRole,
            roleTexts: [InformantRole.formerKey: t.ownRolePast], minutes: 2),
          GuideQuestion(
            id: nextID(), kind: .introducing, text: t.ownInvolvement,
            roleTexts: t.ownInvolvementByRole, priority: .should, minutes: 3),
        ]),
      section(
        .transition,
        [
          GuideQuestion(id: nextID(), kind: .introducing, text: t.regionSince2014, minutes: 5)
        ]),
      section(
        .closing,
        [
          GuideQuestion(id: nextID(), kind: .interpreting, text: t.summaryCheck, minutes: 3),
          GuideQuestion(id: nextID(), kind: .direct, text: t.anythingToAdd, minutes: 2),
          GuideQuestion(
            id: nextID(), kind: .direct, text: t.whoElse, priority: .ifTime, minutes: 2),
          GuideQuestion(
            id: nextID(), kind: .direct, text: t.followUpContact, priority: .should, minutes: 1),
        ]),
    ]
  }
}
