/// Where in the NORCE note a catalogue entry comes from.
public struct NoteCitation: Codable, Hashable, Sendable {
  /// The note the catalogue is built from.
  public static let note = LocalizedText(
    nb: "Angell, E. og Grimsrud, G. M. (2020): Hva har småkommunene fått ut av "
      + "Byregionprogrammet? Notat, NORCE Samfunn, januar 2020",
    en: "Angell, E. and Grimsrud, G. M. (2020): Hva har småkommunene fått ut av "
      + "Byregionprogrammet? [What have the small municipalities gained from the City Region "
      + "Programme?] Note, NORCE Samfunn, January 2020")

  /// The section heading in the note, as the note spells it.
  public var section: String
  /// Where in the section, e.g. "the list of questions" or "the paragraph on the reform".
  public var location: LocalizedText

  public init(section: String, location: LocalizedText) {
    self.section = section
    self.location = location
  }

  /// The citation as one line in `language`.
  public func text(in language: Language) -> String {
    switch language {
    case .nb: "Angell og Grimsrud (NORCE, 2020), «\(section)», \(location.nb)"
    case .en: "Angell and Grimsrud (NORCE, 2020), ‘\(section)’, \(location.en)"
    }
  }
}

extension NoteCitation {
  /// The note's list of open questions under "Videre forskning".
  static let openQuestions = NoteCitation(
    section: "Videre forskning",
    location: LocalizedText(nb: "listen over problemstillinger", en: "the list of open questions"))
  /// The list of the five factors under that list's third question.
  static let factors = NoteCitation(
    section: "Videre forskning",
    location: LocalizedText(
      nb: "listen over faktorer under det tredje spørsmålet",
      en: "the list of factors under the third question"))
  /// The closing paragraph on the 2020 municipal reform.
  static let reform = NoteCitation(
    section: "Videre forskning",
    location: LocalizedText(
      nb: "avsnittet om kommunereformen", en: "the paragraph on the municipal reform"))
  /// The comparison of the two study models.
  static let models = NoteCitation(
    section: "Studiemodell 1 med fokus på småkommunen og studiemodell 2 med fokus på samarbeidet",
    location: LocalizedText(nb: "første avsnitt", en: "first paragraph"))
}
