/// One part of the interview: a framing section or a theme, with its questions and time.
public struct GuideSection: Codable, Equatable, Sendable, Identifiable {
  /// A stable id: `intro`, `warm-up`, `transition`, `closing`, or the theme's kebab-case id.
  public var id: String
  /// What part of the interview the section is.
  public var kind: GuideSectionKind
  /// The section's heading; for framing sections the kind's label is used when this is nil.
  public var title: LocalizedText?
  /// The planned minutes; nil means the sum of the minutes of the questions a role is asked.
  public var minutes: Int?
  /// The section's questions, in order.
  public var questions: [GuideQuestion]

  /// Creates a section.
  public init(
    id: String,
    kind: GuideSectionKind,
    title: LocalizedText? = nil,
    minutes: Int? = nil,
    questions: [GuideQuestion] = []
  ) {
    self.id = id
    self.kind = kind
    self.title = title
    self.minutes = minutes
    self.questions = questions
  }

  /// The heading in `language`.
  public func heading(in language: Language) -> String {
    title?.text(in: language) ?? kind.label(in: language)
  }
}
