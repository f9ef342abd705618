/// One research question of the catalogue, built from the NORCE note's open questions.
///
/// The entry holds the dimensions that decide its model; the model itself is derived by
/// `ModelMapper`, never stored, so the catalogue and the rules cannot disagree.
public struct CatalogueQuestion: Hashable, Sendable, Identifiable {
  /// Which part of the note the question comes from.
  public enum Group: String, CaseIterable, Hashable, Sendable {
    /// The note's title question: what the small municipalities got out of the programme.
    case title
    /// The note's list of open questions.
    case open
    /// One of the five factors the note asks about separately.
    case factor
    /// The note's questions about the 2020 municipal reform.
    case reform
    /// The two comparisons the note uses to tell the models apart.
    case comparison
    /// The leads the note's findings open.
    case findings

    /// The group's heading in `language`.
    public func heading(in language: Language) -> String {
      switch (self, language) {
      case (.title, .nb): "Notatets hovedspørsmål"
      case (.title, .en): "The note's title question"
      case (.open, .nb): "Åpne spørsmål"
      case (.open, .en): "Open questions"
      case (.factor, .nb): "Faktorer bak nytte og resultat"
      case (.factor, .en): "Factors behind benefit and result"
      case (.reform, .nb): "Kommunereformen 2020"
      case (.reform, .en): "The 2020 municipal reform"
      case (.comparison, .nb): "Notatets to sammenlikninger"
      case (.comparison, .en): "The note's two comparisons"
      case (.findings, .nb): "Spor fra notatets funn"
      case (.findings, .en): "Leads from the note's findings"
      }
    }
  }

  /// A stable kebab-case id, used by `ask` and `drop`.
  public let id: String
  /// Where in the note the question comes from.
  public let group: Group
  /// The question, in the catalogue's own words.
  public let text: LocalizedText
  /// The note section the question is taken from.
  public let citation: NoteCitation
  /// The unit of analysis and the comparison that decide the model.
  public let dimensions: QuestionDimensions
  /// Why the question's dimensions are what they are, in a sentence or two.
  public let rationale: LocalizedText
  /// The sampling the question calls for.
  public let sampling: SamplingSuggestion
  /// The informant roles the question suggests, by role id.
  public let roleIDs: [String]
  /// The interview themes the question suggests, at least one.
  public let themes: [InterviewTheme]

  public init(
    id: String,
    group: Group,
    text: LocalizedText,
    citation: NoteCitation,
    dimensions: QuestionDimensions,
    rationale: LocalizedText,
    sampling: SamplingSuggestion,
    roleIDs: [String],
    themes: [InterviewTheme]
  ) {
    self.id = id
    self.group = group
    self.text = text
    self.citation = citation
    self.dimensions = dimensions
    self.rationale = rationale
    self.sampling = sampling
    self.roleIDs = roleIDs
    self.themes = themes
  }

  /// The mapping of the question's dimensions: the model and the rule that fired.
  public var mapping: ModelMapping { ModelMapper.map(dimensions) }

  /// The model the mapping suggests for the question.
  public var suggestedModel: StudyModel { mapping.model }

  /// The reason for the suggested model in `language`: the question's own rationale, then the
  /// rule that fired.
  public func reason(in language: Language) -> String {
    "\(rationale.text(in: language)) \(mapping.explanation(in: language))"
  }
}
