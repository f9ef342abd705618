/// A municipality valid in 2019: the unit of the sampling frame.
public struct Municipality2019: Sendable, Equatable {
  /// The four-digit kommunenummer.
  public var kommunenummer: String
  /// SSB's name, with Sami parallel forms where SSB gives them.
  public var name: String
  /// The 2019 county name.
  public var county: String
}

/// A municipality valid from 1 January 2020.
public struct Municipality2020: Sendable, Equatable {
  /// The four-digit kommunenummer.
  public var kommunenummer: String
  /// SSB's official name, with parallel forms and disambiguators.
  public var name: String
  /// Kartverket's Norwegian name form.
  public var shortName: String
  /// The 2020 county name.
  public var county: String
}

/// A municipality valid on 1 January 2024 (after the county split of that date).
public struct Municipality2024: Sendable, Equatable {
  /// The four-digit kommunenummer.
  public var kommunenummer: String
  /// SSB's KLASS 131 name, with Sami and Kven parallel forms and disambiguators.
  public var name: String
  /// The 2024 county (one of 15).
  public var county: String
}

/// The kind of a row in a change table (2019 → 2020 or 2020 → 2024), as SSB's list implies it.
public enum ChangeKind: String, Sendable, CaseIterable {
  /// The new municipality has more than one predecessor.
  case merger
  /// The old municipality has more than one successor.
  case split
  /// One to one with a new number, same name.
  case newNumber = "new-number"
  /// One to one with a new number and a new name.
  case newNumberAndName = "new-number-and-name"
  /// Same number, new name.
  case newName = "new-name"
  /// Same number and name.
  case unchanged
}

/// One (old, new) pair of a change table.
public struct MunicipalityChange: Sendable, Equatable {
  /// The old kommunenummer (2019, or 2020 in the 2020 → 2024 table).
  public var from: String
  /// The new kommunenummer (2020, or 2024).
  public var to: String
  /// The kind of change.
  public var kind: ChangeKind
  /// The date the change took effect, `YYYY-MM-DD` (every 2019 → 2020 change: 2020-01-01).
  public var validFrom: String = "2020-01-01"
}

/// SSB centrality, 2018 version: the 2017 index and its class.
public struct Centrality2018: Sendable, Equatable {
  /// The index, 0–1000 (Oslo = 1000).
  public var index: Int
  /// The class, 1 (most central) to 6 (least central).
  public var centralityClass: Int
}

/// How a 2020-version centrality class was obtained.
public enum CentralityBasis: String, Sendable, CaseIterable, Codable {
  /// Read in a published list (the appendix of Regionale utviklingstrekk 2023); the class
  /// computed from the index agrees.
  case read
  /// Derived from the 2020-version index with SSB's class limits; the index lies clear of any
  /// limit the read classes leave open.
  case derived
  /// Derived from the index, which lies between 662 and 679, where the read classes do not pin
  /// the 4/5 limit; the limit is taken at 670.
  case derivedNearLimit = "derived-near-limit"
  /// Taken from an imported KLASS table, which overrides the embedded class.
  case imported

  /// Whether the class was computed from the index rather than read.
  public var isDerived: Bool { self == .derived || self == .derivedNearLimit }

  /// SSB's class limits (the lowest index of classes 1–5), as SSB states them for the 2024
  /// version; all 169 classes read for the 2020 version agree with them.
  public static let classLimits = [925, 870, 775, 670, 565]

  /// The class an index falls in under `classLimits`.
  public static func classFromIndex(_ index: Int) -> Int {
    for (offset, limit) in classLimits.enumerated() where index >= limit { return offset + 1 }
    return 6
  }
}

/// One municipality's membership of a Byregionprogrammet city region, in one phase.
public struct CityRegionMembership: Sendable, Equatable {
  /// The region's name as the sources give it, e.g. "Salten (Bodø)".
  public var region: String
  /// The programme phase, 1 or 2.
  public var phase: Int
  /// The 2019 kommunenummer.
  public var kommunenummer: String
  /// The role: applicant, partner, participant, observer, project-owner or project-lead.
  public var role: String

  /// The region's short name: the part before a parenthesis, e.g. "Salten".
  public var shortRegion: String { CityRegionMembership.shortName(of: region) }

  /// Whether the membership is full (an observer is not a member).
  public var isMember: Bool { role != "observer" }

  /// The part of a region name before ` (`.
  public static func shortName(of region: String) -> String {
    guard let range = region.range(of: " (") else { return region }
    return String(region[..<range.lowerBound])
  }
}
