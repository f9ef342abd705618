/// The texts of the twelve reference datasets, as embedded or as a test's corrupted copy.
///
/// The validator and the loader work on any value of this type, so a test can change one line
/// of one dataset and see exactly that row rejected.
public struct ReferenceDataTexts: Sendable, Equatable {
  /// Municipalities valid in 2019 (KLASS 131).
  public var municipalities2019: EmbeddedDataset
  /// Municipalities valid from 1.1.2020 (KLASS 131, Kartverket name forms and counties).
  public var municipalities2020: EmbeddedDataset
  /// The change table 2019 → 2020, one row per (old, new) pair.
  public var changes: EmbeddedDataset
  /// Centrality, 2018 version (2017 index), for the 2019 municipalities.
  public var centrality2018: EmbeddedDataset
  /// Centrality, 2020 version, for the 2020 municipalities (class empty where unknown).
  public var centrality2020: EmbeddedDataset
  /// Population on 1.1.2019 (2019 structure).
  public var population2019: EmbeddedDataset
  /// Population on 1.1.2020 (2020 structure).
  public var population2020: EmbeddedDataset
  /// Byregionprogrammet member lists.
  public var cityRegionMembers: EmbeddedDataset
  /// Municipalities valid on 1.1.2024 (KLASS 131, 15 counties).
  public var municipalities2024: EmbeddedDataset
  /// The change table 2020 → 2024, one row per (old, new) pair, with the date of each change.
  public var changes2024: EmbeddedDataset
  /// Centrality, 2024 version (index and class), for the 2024 municipalities.
  public var centrality2024: EmbeddedDataset
  /// Population on 1.1.2024 (2024 structure).
  public var population2024: EmbeddedDataset

  /// The datasets compiled into this binary.
  public static let embedded = ReferenceDataTexts(
    municipalities2019: .municipalities2019,
    municipalities2020: .municipalities2020,
    changes: .changes2019to2020,
    centrality2018: .centrality2018,
    centrality2020: .centrality2020,
    population2019: .population2019,
    population2020: .population2020,
    cityRegionMembers: .cityRegionMembers,
    municipalities2024: .municipalities2024,
    changes2024: .changes2020to2024,
    centrality2024: .centrality2024,
    population2024: .population2024)

  /// All twelve datasets, in the order `data check` lists them.
  public var all: [EmbeddedDataset] {
    [
      municipalities2019, municipalities2020, changes, centrality2018, centrality2020,
      population2019, population2020, cityRegionMembers, municipalities2024, changes2024,
      centrality2024, population2024,
    ]
  }
}
