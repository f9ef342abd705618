/// The guide as the protocol around it sees it: built from its questions, per role, as documents.
extension StudyProtocol {
  /// Builds a guide from the themes `themes` returns for each of the protocol's research
  /// questions, in the protocol's order.
  public func makeGuide(
    targetMinutes: Int = 60, themes: (String) -> [InterviewTheme]
  ) -> InterviewGuide {
    InterviewGuide.make(
      from: questions.map { GuideThemeSource(researchQuestionID: $0.id, themes: themes($0.id)) },
      targetMinutes: targetMinutes)
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
    try roleGuide(for: role).document(projectTitle: title)
  }
}
