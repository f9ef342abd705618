/// Short constructors the catalogue's entry files use to keep the data readable.
extension QuestionCatalogue {
  /// A text in bokmål and English.
  static func text(_ nb: String, _ en: String) -> LocalizedText {
    LocalizedText(nb: nb, en: en)
  }

  /// A typed probe in bokmål and English.
  static func probe(_ kind: QuestionKind, _ nb: String, _ en: String) -> Probe {
    Probe(kind: kind, text: LocalizedText(nb: nb, en: en))
  }
}
