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
  /// Boundaries and name kept; the register only added a disambiguator in parentheses
  /// (Herøy → Herøy (Nordland), Våler → Våler (Viken)), with or without a new number.
  case registerRenamed = "register-renamed"
  /// Nothing changed.
  case unchanged
  /// Boundaries kept while two or more other members of one of its cooperations merged with
  /// each other (Lørenskog while its Nedre Romerike partners became Lillestrøm).
  ///
  /// A partner that merged only with municipalities outside the cooperation does not count.
  /// Takes precedence over `unchanged`, `renumbered`, `renamed` and `register-renamed`: all
  /// kept their boundaries (see docs/data.md).
  case outside

  /// Whether the municipality's boundaries changed (merged or split).
  public var changedBoundaries: Bool { self == .merged || self == .split }
}

/// Why a unit's centrality class differs between the 2018 version (its own) and the 2020 version
/// (its successor's). See docs/data.md for the rule and the counts.
public enum ClassChange: String, Codable, CaseIterable, Sendable {
  /// The class moved through the merger: the unit joined municipalities of another 2018-version
  /// class, and the successor's class lies within the range of its predecessors' classes.
  case merger
  /// The class moved although the merger cannot explain it: the boundaries were kept, or every
  /// predecessor had the unit's own class (SSB recomputed the index for the 2020 version).
  case reindex
  /// Merged with differently classed municipalities, and the successor's class lies outside the
  /// range of its predecessors' classes: the merger and the re-indexing together.
  case both
  /// The same class in both versions.
  case none

  /// The category for a unit of 2018-version class `own`, whose successor has 2020-version
  /// class `successor` and whose successor's predecessors (the unit included) had the
  /// 2018-version classes `predecessors`; `changedBoundaries` for a merged or split unit.
  public static func of(
    own: Int, successor: Int, predecessors: [Int], changedBoundaries: Bool
  ) -> ClassChange {
    if own == successor { return .none }
    guard changedBoundaries, let low = predecessors.min(), let high = predecessors.max(),
      low != high
    else { return .reindex }
    return (low...high).contains(successor) ? .merger : .both
  }
}
