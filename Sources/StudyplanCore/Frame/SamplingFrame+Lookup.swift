import Foundation

extension SamplingFrame {
  /// The unit named by a kommunenummer or a name (case-insensitive, parallel forms accepted).
  ///
  /// - Throws: `StudyplanError.municipalityOfOtherYear` when the number or name is a
  ///   municipality of another year (with what it is in the frame's year), otherwise
  ///   `unknownMunicipality` with the nearest name as a suggestion.
  public func resolve(_ text: String) throws(StudyplanError) -> FrameUnit {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if let unit = unit(trimmed) { return unit }
    let matches = units.filter { FilterExpression.matches($0.name, trimmed, field: .name) }
    if matches.count == 1 { return matches[0] }
    if matches.count > 1 {
      throw .unknownMunicipality(
        trimmed, year: layer.rawValue,
        suggestion: matches.map(\.kommunenummer).joined(separator: "' or '"))
    }
    if let error = otherYear(trimmed) { throw error }
    throw .unknownMunicipality(
      trimmed, year: layer.rawValue,
      suggestion: Suggestion.closest(to: trimmed, in: completionCandidates))
  }

  /// The error for a number or (unambiguous) name of a municipality of another year, saying
  /// what it is in the frame's year; nil when no other year has it.
  func otherYear(_ text: String) -> StudyplanError? {
    for year in UnitLayer.allCases where year != layer {
      let found =
        lineage.municipality(text, in: year)
        ?? {
          let named = lineage.municipalities(in: year).filter {
            FilterExpression.matches($0.name, text, field: .name)
          }
          return named.count == 1 ? named[0] : nil
        }()
      guard let found else { continue }
      return .municipalityOfOtherYear(
        text: text, found: found.label, foundYear: year.rawValue, layer: layer.rawValue,
        linked: lineage.linked(found.kommunenummer, in: year, to: layer).map(\.label))
    }
    return nil
  }

  /// Names and numbers for Tab completion: every kommunenummer and every name form.
  public var completionCandidates: [String] {
    var result: [String] = []
    for unit in units {
      result.append(unit.kommunenummer)
      result.append(unit.name)
      let parts = unit.name.components(separatedBy: " - ")
      if parts.count > 1 { result += parts }
    }
    return result
  }

  /// The units grouped by the values of `fields`, keyed by the documented stratum key.
  ///
  /// The key is `field=value` pairs joined by `/` (e.g. `centrality=5/reform=merged`), or
  /// `all` with no fields; lists are joined by `+` (`none` when empty), unknown is `unknown`.
  public static func stratumKey(of unit: FrameUnit, fields: [FrameField]) -> String {
    if fields.isEmpty { return "all" }
    return fields.map { "\($0.rawValue)=\($0.value(of: unit).text)" }.joined(separator: "/")
  }
}
