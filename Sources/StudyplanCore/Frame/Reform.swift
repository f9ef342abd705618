/// What the reform of 1 January 2020 did to a 2019 municipality.
public enum Reform: String, Codable, CaseIterable, Sendable {
  /// Merged with one or more others into a new municipality.
  case merged
  /// Divided between two or more successors (Tysfjord, Snillfjord).
  case split
  /// Boundaries and name kept; only the number changed (mostly through a county merger).
  case renumbered
  /// Boundaries kept; the name changed, with or without a new number.
  case renamed
  /// Nothing changed.
  case unchanged
  /// Boundaries kept while a partner in one of its cooperations merged or was split.
  ///
  /// Takes precedence over `unchanged`, `renumbered` and `renamed`: all three kept their
  /// boundaries, so each of them stood outside the merger (see docs/data.md).
  case outside

  /// Whether the municipality's boundaries changed (merged or split).
  public var changedBoundaries: Bool { self == .merged || self == .split }
}
