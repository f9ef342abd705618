/// The reference data, parsed and validated: municipalities of 2019, 2020 and 2024, the change
/// tables 2019 → 2020 and 2020 → 2024, centrality (2018, 2020 and 2024 versions), population and
/// Byregionprogrammet member lists.
///
/// Unknown values stay unknown: `centrality2020` holds only the classes that are known, and
/// `centrality2020Basis` says for each whether it was read or derived from the index.
public struct ReferenceData: Sendable {
  /// The 422 municipalities of 2019, in the order of the data.
  public var municipalities2019: [Municipality2019] = []
  /// The 356 municipalities of 2020, in the order of the data.
  public var municipalities2020: [Municipality2020] = []
  /// The 357 municipalities of 1 January 2024, in the order of the data.
  public var municipalities2024: [Municipality2024] = []
  /// The change table 2019 → 2020, one row per (old, new) pair.
  public var changes: [MunicipalityChange] = []
  /// The change table 2020 → 2024, one row per (old, new) pair.
  public var changes2024: [MunicipalityChange] = []
  /// Centrality, 2018 version, by 2019 kommunenummer.
  public var centrality2018: [String: Centrality2018] = [:]
  /// Centrality class, 2020 version, by 2020 kommunenummer: only the known ones.
  public var centrality2020: [String: Int] = [:]
  /// Centrality index, 2020 version (SSB Notater 2020/4), by 2020 kommunenummer.
  public var centralityIndex2020: [String: Int] = [:]
  /// How each 2020-version class was obtained, by 2020 kommunenummer.
  public var centrality2020Basis: [String: CentralityBasis] = [:]
  /// Centrality class, 2024 version, by 2024 kommunenummer.
  public var centrality2024: [String: Int] = [:]
  /// Centrality index, 2024 version, by 2024 kommunenummer.
  public var centralityIndex2024: [String: Int] = [:]
  /// Population on 1.1.2019 by 2019 kommunenummer.
  public var population2019: [String: Int] = [:]
  /// Population on 1.1.2020 by 2020 kommunenummer.
  public var population2020: [String: Int] = [:]
  /// Population on 1.1.2024 by 2024 kommunenummer.
  public var population2024: [String: Int] = [:]
  /// Byregionprogrammet memberships, both phases, observers included.
  public var cityRegionMembers: [CityRegionMembership] = []
  /// Predecessors and successors of every municipality across 2019 → 2020 → 2024, built when
  /// the data is loaded.
  public var lineage = MunicipalityLineage()
  /// The version of each dataset this value was loaded from.
  public var versions: [DatasetVersion] = []
  /// The datasets themselves (labels and sources for `data sources`).
  public var datasets: [EmbeddedDataset] = []
  /// Every broken invariant found while loading; empty when the data is sound.
  public var problems: [DataProblem] = []

  /// Parses and validates `texts`; rows that break an invariant are reported in `problems`.
  public static func load(_ texts: ReferenceDataTexts) -> ReferenceData {
    var loader = ReferenceDataLoader(texts: texts)
    return loader.load()
  }

  private static let embeddedLoad = load(.embedded)

  /// The data compiled into this binary, parsed on first use.
  ///
  /// - Throws: `StudyplanError.referenceDataInvalid` naming the first broken row (only if the
  ///   embedded files were edited by hand).
  public static func embedded() throws(StudyplanError) -> ReferenceData {
    let data = embeddedLoad
    if let first = data.problems.first {
      throw .referenceDataInvalid(dataset: first.dataset, line: first.line, problem: first.problem)
    }
    return data
  }

  /// The 2019 municipality with this number, if any.
  public func municipality2019(_ kommunenummer: String) -> Municipality2019? {
    municipalities2019.first { $0.kommunenummer == kommunenummer }
  }

  /// The 2020 municipality with this number, if any.
  public func municipality2020(_ kommunenummer: String) -> Municipality2020? {
    municipalities2020.first { $0.kommunenummer == kommunenummer }
  }

  /// The 2024 municipality with this number, if any.
  public func municipality2024(_ kommunenummer: String) -> Municipality2024? {
    municipalities2024.first { $0.kommunenummer == kommunenummer }
  }

}
