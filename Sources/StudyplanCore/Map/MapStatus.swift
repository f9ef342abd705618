/// Where a frame unit stands with respect to a protocol's sample, as the map colours it.
public enum MapStatus: String, CaseIterable, Sendable {
  /// Drawn in the original draw.
  case drawn
  /// Taken from the reserves after a refusal.
  case replacement
  /// Drawn (or taken), then refused or dropped.
  case refused
  /// On a reserve list, not taken.
  case reserve
  /// Passed the filter, not drawn and not a reserve.
  case eligible
  /// Left out by the filter (or not judged: an unknown value).
  case outside

  /// Whether the unit is or was in the sample.
  public var isSampled: Bool { self == .drawn || self == .replacement || self == .refused }

  /// The legend's words.
  public func label(_ language: Language) -> String {
    switch (self, language) {
    case (.drawn, .nb): "trukket"
    case (.drawn, .en): "drawn"
    case (.replacement, .nb): "erstatning"
    case (.replacement, .en): "replacement"
    case (.refused, .nb): "takket nei / falt fra"
    case (.refused, .en): "refused / dropped"
    case (.reserve, .nb): "reserve"
    case (.reserve, .en): "reserve"
    case (.eligible, .nb): "i rammen, ikke trukket"
    case (.eligible, .en): "in the frame, not drawn"
    case (.outside, .nb): "utenfor filteret"
    case (.outside, .en): "outside the filter"
    }
  }

  /// The fill colour.
  var colour: String {
    switch self {
    case .drawn: "#c0392b"
    case .replacement: "#e67e22"
    case .refused: "#4d4d4d"
    case .reserve: "#5b9bd5"
    case .eligible: "#d5e8c4"
    case .outside: "#eeeeee"
    }
  }

  /// Each frame unit's status with respect to `sample` (all `eligible` without a sample).
  ///
  /// Eligibility is the sample's recorded filter applied to `frame` again; a filter that no
  /// longer parses leaves every unit that is not sampled or a reserve `outside`.
  public static func statuses(frame: SamplingFrame, sample: ProtocolSample?) -> [String: MapStatus]
  {
    var result: [String: MapStatus] = [:]
    guard let sample else {
      for unit in frame.units { result[unit.kommunenummer] = .eligible }
      return result
    }
    let eligible: Set<String>
    if let source = sample.plan.filter {
      let matched = (try? FrameFilter.parse(source).apply(to: frame).matched) ?? []
      eligible = Set(matched.map(\.kommunenummer))
    } else {
      eligible = Set(frame.units.map(\.kommunenummer))
    }
    for unit in frame.units {
      result[unit.kommunenummer] = eligible.contains(unit.kommunenummer) ? .eligible : .outside
    }
    for reserves in sample.reserves {
      for reserve in reserves.units where !reserve.taken && result[reserve.kommunenummer] != nil {
        result[reserve.kommunenummer] = .reserve
      }
    }
    for unit in sample.units where result[unit.kommunenummer] != nil {
      switch unit.status {
      case .drawn: result[unit.kommunenummer] = .drawn
      case .replacement: result[unit.kommunenummer] = .replacement
      case .refused: result[unit.kommunenummer] = .refused
      }
    }
    return result
  }
}
