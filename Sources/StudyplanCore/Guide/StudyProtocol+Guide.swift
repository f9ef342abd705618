/// The guide as the protocol around it sees it: built from its questions, per role, as documents.
extension StudyProtocol {
  /// Builds a guide from the themes `themes` returns for each of the protocol's research
  /// questions, in the protocol's order, then shortens theme questions where a role's guide
  /// would run over its length.
  ///
  /// A theme without a role list of its own fits the roles its catalogue entry suggests. The
  /// planner's own question gets a drafted theme (`InterviewTheme.draft(for:)`), so the guide
  /// never silently lacks it.
  public func makeGuide(
    targetMinutes: Int = 60, themes: (String) -> [InterviewTheme]
  ) -> InterviewGuide {
    let sources = questions.map { question in
      if let text = question.text {
        return GuideThemeSource(
          researchQuestionID: question.id,
          themes: [
            InterviewTheme.draft(id: question.id, text: text, dimensions: question.dimensions)
          ])
      }
      return GuideThemeSource(
        researchQuestionID: question.id, themes: themes(question.id),
        roleIDs: QuestionCatalogue.builtin.entry(id: question.id)?.roleIDs ?? [])
    }
    var guide = InterviewGuide.make(from: sources, targetMinutes: targetMinutes)
    guide.fitThemeMinutes(to: roles)
    return guide
  }

  /// The protocol's role that `name` names: its id, its name in either language, or an alias,
  /// case-insensitively.
  public func role(named name: String) throws(StudyplanError) -> InformantRole {
    let key = name.lowercased()
    if let role = roles.first(where: { role in
      ([role.id, role.name.nb, role.name.en] + role.aliases).contains { $0.lowercased() == key }
    }) {
      return role
    }
    throw .roleNotInProtocol(name, suggestion: Suggestion.closest(to: name, in: roles.map(\.id)))
  }

  /// The guide as `role` is taken through it (the full guide when `role` is nil).
  public func roleGuide(for role: InformantRole?) throws(StudyplanError) -> RoleGuide {
    guard let guide else { throw .noGuide }
    return guide.variant(
      for: role, language: language, consent: consent, projectTitle: title, purpose: purpose)
  }

  /// The guide for `role` as a document ready to render.
  public func guideDocument(for role: InformantRole?) throws(StudyplanError) -> ExportDocument {
    let texts = questions.map { question in
      (
        id: question.id,
        text: question.text
          ?? QuestionCatalogue.builtin.entry(id: question.id)?.text.text(in: language)
          ?? question.id
      )
    }
    var names: [String: String] = [:]
    for known in roleCatalogue.roles { names[known.id] = known.name.text(in: language) }
    return try roleGuide(for: role).document(
      projectTitle: title, researchQuestions: texts, roleNames: names)
  }
}
