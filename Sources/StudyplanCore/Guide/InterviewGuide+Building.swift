extension InterviewGuide {
  /// The most themes a guide holds at must/should priority; later themes are asked if time allows.
  public static let usualThemeLimit = 5

  /// The role ids whose variants use indirect wordings by default: project leaders were reluctant
  /// to rank member municipalities' benefit (Angell & Grimsrud, NORCE, January 2020).
  public static let defaultIndirectRoleIDs = ["prosjektleder"]

  /// Builds a guide from the themes of the protocol's research questions.
  ///
  /// A theme shared by several research questions becomes one section serving all of them. The
  /// first theme of each research question is a must; further themes are should; themes past
  /// the fifth are if-time. Framing sections get the default minutes for `targetMinutes`.
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
    var themeSections: [GuideSection] = []
    var firstThemeOfQuestion: Set<String> = []
    for source in sources {
      for (offset, theme) in source.themes.enumerated() {
        let isFirst = offset == 0
        if let index = themeSections.firstIndex(where: { $0.id == theme.id }) {
          for q in themeSections[index].questions.indices
          where !themeSections[index].questions[q].researchQuestionIDs
            .contains(source.researchQuestionID)
          {
            themeSections[index].questions[q].researchQuestionIDs.append(source.researchQuestionID)
            if isFirst { themeSections[index].questions[q].priority = .must }
          }
          if isFirst { firstThemeOfQuestion.insert(theme.id) }
          continue
        }
        if isFirst { firstThemeOfQuestion.insert(theme.id) }
        let probes = theme.probes.map { GuideProbe(kind: $0.kind, text: $0.text) }
        let question = GuideQuestion(
          id: nextID(), kind: .main, text: theme.mainQuestion,
          indirectText: theme.indirectQuestion, probes: probes,
          researchQuestionIDs: [source.researchQuestionID], roleIDs: theme.roleIDs,
          priority: isFirst ? .must : .should)
        themeSections.append(
          GuideSection(id: theme.id, kind: .theme, title: theme.title, questions: [question]))
      }
    }
    for index in themeSections.indices where index >= usualThemeLimit {
      for q in themeSections[index].questions.indices
      where !firstThemeOfQuestion.contains(themeSections[index].id) {
        themeSections[index].questions[q].priority = .ifTime
      }
    }
    var sections = framingSections(targetMinutes: targetMinutes, nextID: nextID)
    sections.insert(contentsOf: themeSections, at: sections.count - 1)
    return InterviewGuide(
      targetMinutes: targetMinutes, indirectRoleIDs: indirectRoleIDs, sections: sections,
      revision: 1, nextQuestionNumber: counter + 1)
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
      section(.introduction, [
        GuideQuestion(id: nextID(), kind: .structuring, text: t.anyQuestions, minutes: 1)
      ]),
      section(.warmUp, [
        GuideQuestion(id: nextID(), kind: .introducing, text: t.ownRole, minutes: 2),
        GuideQuestion(
          id: nextID(), kind: .introducing, text: t.ownInvolvement, priority: .should, minutes: 3),
      ]),
      section(.transition, [
        GuideQuestion(id: nextID(), kind: .introducing, text: t.regionSince2014, minutes: 5)
      ]),
      section(.closing, [
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
