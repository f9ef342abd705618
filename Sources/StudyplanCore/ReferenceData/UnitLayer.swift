/// The year whose municipalities a study takes as its units (`--units 2019|2020|2024`).
///
/// 2019 are the units the NORCE note studied; 2020 the municipalities the reform of 1 January
/// 2020 made; 2024 today's, after the county split and the Ålesund/Haram split of 1 January
/// 2024. Every unit knows its predecessors and successors in the other years
/// (``MunicipalityLineage``).
public enum UnitLayer: String, Codable, CaseIterable, Sendable, Comparable {
  /// The 422 municipalities valid in 2019.
  case year2019 = "2019"
  /// The 356 municipalities valid from 1 January 2020.
  case year2020 = "2020"
  /// The 357 municipalities valid on 1 January 2024.
  case year2024 = "2024"

  /// The layer a study takes when nothing is said: the note's units.
  public static let standard: UnitLayer = .year2019

  /// The layer named `text` (`2019`, `2020`, `2024`), if any.
  public static func named(_ text: String) -> UnitLayer? {
    UnitLayer(rawValue: text.trimmingCharacters(in: .whitespaces))
  }

  /// The year as a number.
  public var year: Int { Int(rawValue) ?? 2019 }

  /// The id of the dataset that lists the layer's municipalities (`kommuner-2024`).
  public var datasetID: String { "kommuner-\(rawValue)" }

  /// "the municipalities of 2024" in `language`.
  public func unitsText(_ language: Language) -> String {
    switch language {
    case .nb: "kommunene slik de var per 1. januar \(rawValue)"
    case .en: "the municipalities as they were on 1 January \(rawValue)"
    }
  }

  public static func < (lhs: UnitLayer, rhs: UnitLayer) -> Bool { lhs.year < rhs.year }
}
