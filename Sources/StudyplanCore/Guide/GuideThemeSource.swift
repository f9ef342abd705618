/// The interview themes a research question brings into the guide.
///
/// The guide builder takes these per research question, in the protocol's order, so it needs
/// nothing from the catalogue beyond the themes themselves.
public struct GuideThemeSource: Equatable, Sendable {
  /// The research question's id.
  public var researchQuestionID: String
  /// Its interview themes, in the order the catalogue lists them.
  public var themes: [InterviewTheme]
  /// The roles the research question suggests; a theme without its own list fits these.
  public var roleIDs: [String]

  /// Creates a source.
  public init(researchQuestionID: String, themes: [InterviewTheme], roleIDs: [String] = []) {
    self.researchQuestionID = researchQuestionID
    self.themes = themes
    self.roleIDs = roleIDs
  }
}
