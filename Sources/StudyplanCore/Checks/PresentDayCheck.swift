import Foundation

/// Research questions about the present asked of units that no longer exist.
///
/// A question is about the present when it is a catalogue question whose suggestion takes the
/// municipalities of 2024, or the planner's own question with a word that places it now
/// (`i dag`, `nå`, `dagens`, `for tiden`; `today`, `now`, `currently`, `present-day`,
/// `nowadays`). When the sample's units are of 2019 or 2020 and some of them no longer exist
/// with their boundaries (merged or split since), the question cannot be asked of them as
/// they are: `check` names them and the `--units 2024` alternative.
public enum PresentDayCheck {
  /// One question about the present over dissolved units.
  public struct Finding: Equatable, Sendable {
    /// The research question's id.
    public var questionID: String
    /// The word that places the question now, for the planner's own question.
    public var marker: String?
    /// The year of the sample's units.
    public var layer: UnitLayer
    /// The dissolved units, each with what it is today: `1927 Tranøy (today 5530 Senja)`.
    public var units: [String]

    /// The one-line message.
    public var message: String {
      let shown = units.prefix(4).joined(separator: ", ")
      let more = units.count > 4 ? " and \(units.count - 4) more" : ""
      return "research question '\(questionID)' asks about today"
        + (marker.map { " ('\($0)')" } ?? "") + ", but \(units.count) of the sample's units "
        + "(municipalities of \(layer.rawValue)) no longer \(units.count == 1 ? "exists" : "exist"): "
        + "\(shown)\(more); draw today's "
        + "municipalities with 'sample --units 2024'"
    }
  }

  /// The words that place a question in the present, by language.
  static let markers = [
    "i dag", "nå", "dagens", "for tiden", "nåværende", "today", "now", "currently",
    "present-day", "nowadays", "at present",
  ]

  /// The first present-day marker in `text` (whole words, case-insensitive), if any.
  public static func marker(in text: String) -> String? {
    let lowered = " " + text.lowercased() + " "
    let words = lowered.map { $0.isLetter || $0 == "-" ? $0 : " " }
    let spaced = String(words)
    return markers.first { spaced.contains(" \($0) ") }
  }

  /// The findings for `studyProtocol`'s questions and sample.
  public static func findings(for studyProtocol: StudyProtocol, lineage: MunicipalityLineage)
    -> [Finding]
  {
    guard let sample = studyProtocol.sample, sample.plan.level != .cooperation,
      sample.plan.unitLayer != .year2024
    else { return [] }
    let layer = sample.plan.unitLayer
    let dissolved = sample.activeUnits.filter {
      lineage.municipality($0.kommunenummer, in: layer) != nil
        && lineage.isDissolved($0.kommunenummer, in: layer)
    }
    guard !dissolved.isEmpty else { return [] }
    let labels = dissolved.map { unit in
      let today = lineage.linked(unit.kommunenummer, in: layer, to: .year2024).map(\.label)
      return "\(unit.kommunenummer) \(unit.name) (today \(today.joined(separator: " and ")))"
    }
    return studyProtocol.questions.compactMap { question in
      if let text = question.text {
        guard let marker = marker(in: text) else { return nil }
        return Finding(questionID: question.id, marker: marker, layer: layer, units: labels)
      }
      guard QuestionCatalogue.builtin.entry(id: question.id)?.sampling.units == .year2024
      else { return nil }
      return Finding(questionID: question.id, marker: nil, layer: layer, units: labels)
    }
  }
}
