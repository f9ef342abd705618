/// The catalogue of research questions the planner offers, built from the NORCE note.
public struct QuestionCatalogue: Sendable {
  /// The entries, in the order the catalogue lists them.
  public let entries: [CatalogueQuestion]

  public init(entries: [CatalogueQuestion]) {
    self.entries = entries
  }

  /// The built-in catalogue: the note's title question, its open questions, its five factors,
  /// its questions about the 2020 reform, the two comparisons it uses to tell the models apart,
  /// and the leads its findings open.
  public static let builtin = QuestionCatalogue(
    entries: ([findingQuestions[0]] + openQuestions + factorQuestions + reformQuestions
      + comparisonQuestions + Array(findingQuestions[1...])).map(withRoleQuestions))

  /// The entry's ids, in catalogue order (for completion).
  public var ids: [String] { entries.map(\.id) }

  /// The entry with this id, if there is one; ids compare case-insensitively.
  public func entry(id: String) -> CatalogueQuestion? {
    let key = NearestMatch.key(id)
    return entries.first { $0.id == key }
  }

  /// The entry with this id.
  ///
  /// - Throws: `StudyplanError.unknownQuestion` with the nearest id as a suggestion.
  public func resolve(_ id: String) throws(StudyplanError) -> CatalogueQuestion {
    if let entry = entry(id: id) { return entry }
    throw .unknownQuestion(id, suggestion: NearestMatch.closest(to: id, in: ids))
  }

  /// The entries whose suggested model is `model` (all when nil) and whose text, id or
  /// rationale contains `text` in either language (all when nil or empty), case-insensitively.
  public func filtered(model: StudyModel? = nil, containing text: String? = nil)
    -> [CatalogueQuestion]
  {
    let needle = text.map(NearestMatch.looseKey) ?? ""
    return entries.filter { entry in
      if let model, entry.suggestedModel != model { return false }
      guard !needle.isEmpty else { return true }
      let haystack = [
        entry.id, entry.text.nb, entry.text.en, entry.rationale.nb, entry.rationale.en,
      ]
      return haystack.contains { NearestMatch.looseKey($0).contains(needle) }
    }
  }
}
