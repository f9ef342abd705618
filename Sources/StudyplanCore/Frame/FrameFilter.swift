/// A filter over the frame, parsed from the filter language of docs/filter-language.md.
///
/// `centrality in 5,6 and reform in merged,split`; keywords are case-insensitive, values with
/// spaces go in double quotes, and errors point at the column.
public struct FrameFilter: Sendable, Equatable {
  /// The text as the planner wrote it.
  public var source: String
  /// The parsed expression.
  public var expression: FilterExpression

  /// Parses `source`, checking field names and values (against `frame`'s values when given).
  public static func parse(
    _ source: String, frame: SamplingFrame? = nil
  ) throws(StudyplanError) -> FrameFilter {
    var parser = FilterParser(source: source, vocabulary: frame.map(FilterVocabulary.init))
    return FrameFilter(source: source, expression: try parser.parse())
  }

  /// The units of `frame` that satisfy the filter, and those it could not judge.
  public func apply(to frame: SamplingFrame) -> FilterResult {
    var result = FilterResult(matched: [], unjudged: [])
    for unit in frame.units {
      switch expression.evaluate(unit) {
      case .yes: result.matched.append(unit)
      case .unknown: result.unjudged.append(unit)
      case .no: break
      }
    }
    return result
  }
}

/// The outcome of filtering: the units that match and the units the filter could not judge.
public struct FilterResult: Sendable, Equatable {
  /// Units for which the filter holds.
  public var matched: [FrameUnit]
  /// Units left out because a value the filter needs is unknown.
  public var unjudged: [FrameUnit]

  /// The note a planner sees when some units could not be judged, or nil.
  public var unjudgedNote: String? {
    guard !unjudged.isEmpty else { return nil }
    return "the filter could not judge \(unjudged.count) unit(s) because a value it needs is "
      + "unknown; they are left out"
  }
}

/// The values a filter may name, taken from the frame, for checks and suggestions.
struct FilterVocabulary {
  var values: [FrameField: [String]] = [:]
  /// The year of the frame's units: fields they do not have are refused.
  var layer: UnitLayer

  init(_ frame: SamplingFrame) {
    layer = frame.layer
    for field in [FrameField.county, .county2020, .county2024, .kommunenummer] {
      values[field] = Array(Set(frame.units.map { field.value(of: $0).text })).sorted()
    }
    values[.byr] = frame.cooperations.filter { $0.kind == .byr }.map(\.name) + ["any", "none"]
    values[.cooperation] = frame.cooperations.map(\.name) + ["any", "none"]
  }
}
