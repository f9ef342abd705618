/// A municipality of one year: its number, name and county as they were in that year.
public struct LayerMunicipality: Hashable, Sendable {
  /// The year it belongs to.
  public var layer: UnitLayer
  /// The four-digit kommunenummer in that year.
  public var kommunenummer: String
  /// The name in that year (SSB's form, with parallel names).
  public var name: String
  /// The county in that year.
  public var county: String

  /// Creates a record.
  public init(layer: UnitLayer, kommunenummer: String, name: String, county: String) {
    self.layer = layer
    self.kommunenummer = kommunenummer
    self.name = name
    self.county = county
  }

  /// `5530 Senja`.
  public var label: String { "\(kommunenummer) \(name)" }
}

/// Every municipality's predecessors and successors across 2019 → 2020 → 2024.
///
/// The lineage is the composition of SSB's two change tables: a 2019 unit's 2024 successors are
/// the 2024 successors of its 2020 successors, and a 2024 unit's 2019 predecessors the 2019
/// predecessors of its 2020 predecessors. Where a table splits a municipality, every part
/// inherits all its predecessors: the tables do not say which old area went where (1507 Ålesund
/// became 1508 Ålesund and 1580 Haram in 2024, so both have the five 2019 predecessors of 1507).
/// Lists are in kommunenummer order.
public struct MunicipalityLineage: Sendable {
  private var municipalities: [UnitLayer: [String: LayerMunicipality]] = [:]
  private var forward: [UnitLayer: [String: [String]]] = [:]
  private var backward: [UnitLayer: [String: [String]]] = [:]
  private var dates: [String: String] = [:]

  /// An empty lineage (no municipalities).
  public init() {}

  /// Builds the lineage from loaded reference data.
  public init(_ data: ReferenceData) {
    func byNumber(_ list: [LayerMunicipality]) -> [String: LayerMunicipality] {
      Dictionary(list.map { ($0.kommunenummer, $0) }, uniquingKeysWith: { first, _ in first })
    }
    municipalities[.year2019] = byNumber(
      data.municipalities2019.map {
        LayerMunicipality(
          layer: .year2019, kommunenummer: $0.kommunenummer, name: $0.name, county: $0.county)
      })
    municipalities[.year2020] = byNumber(
      data.municipalities2020.map {
        LayerMunicipality(
          layer: .year2020, kommunenummer: $0.kommunenummer, name: $0.name, county: $0.county)
      })
    municipalities[.year2024] = byNumber(
      data.municipalities2024.map {
        LayerMunicipality(
          layer: .year2024, kommunenummer: $0.kommunenummer, name: $0.name, county: $0.county)
      })
    for (layer, changes) in [(UnitLayer.year2019, data.changes), (.year2020, data.changes2024)] {
      var next: [String: [String]] = [:]
      var previous: [String: [String]] = [:]
      for change in changes {
        next[change.from, default: []].append(change.to)
        previous[change.to, default: []].append(change.from)
        dates["\(layer.rawValue):\(change.from)>\(change.to)"] = change.validFrom
      }
      forward[layer] = next.mapValues { $0.sorted() }
      backward[layer.next ?? layer] = previous.mapValues { $0.sorted() }
    }
  }

  /// The municipality `kommunenummer` of `layer`, if there is one.
  public func municipality(_ kommunenummer: String, in layer: UnitLayer) -> LayerMunicipality? {
    municipalities[layer]?[kommunenummer]
  }

  /// Every municipality of `layer`, in kommunenummer order.
  public func municipalities(in layer: UnitLayer) -> [LayerMunicipality] {
    (municipalities[layer] ?? [:]).values.sorted { $0.kommunenummer < $1.kommunenummer }
  }

  /// The municipalities of `target` that `kommunenummer` of `layer` corresponds to: its
  /// successors when `target` is later, its predecessors when earlier, itself when the same.
  public func linked(
    _ kommunenummer: String, in layer: UnitLayer, to target: UnitLayer
  ) -> [LayerMunicipality] {
    linkedNumbers(kommunenummer, in: layer, to: target).compactMap {
      municipality($0, in: target)
    }
  }

  /// The numbers `linked(_:in:to:)` returns.
  public func linkedNumbers(
    _ kommunenummer: String, in layer: UnitLayer, to target: UnitLayer
  ) -> [String] {
    var numbers = [kommunenummer]
    var current = layer
    while current != target {
      let step = current < target ? current.next : current.previous
      guard let step else { break }
      let edges = current < target ? forward[current] : backward[current]
      numbers = Array(Set(numbers.flatMap { edges?[$0] ?? [] })).sorted()
      current = step
    }
    return numbers
  }

  /// A 2019 municipality's 2020 successors (more than one for a split).
  public func successors2020(of kommunenummer2019: String) -> [LayerMunicipality] {
    linked(kommunenummer2019, in: .year2019, to: .year2020)
  }

  /// A 2019 or 2020 municipality's successors on 1 January 2024.
  public func successors2024(of kommunenummer: String, in layer: UnitLayer = .year2019)
    -> [LayerMunicipality]
  {
    linked(kommunenummer, in: layer, to: .year2024)
  }

  /// A 2024 municipality's 2020 predecessors.
  public func predecessors2020(of kommunenummer2024: String) -> [LayerMunicipality] {
    linked(kommunenummer2024, in: .year2024, to: .year2020)
  }

  /// A 2020 or 2024 municipality's 2019 predecessors.
  public func predecessors2019(of kommunenummer: String, in layer: UnitLayer = .year2024)
    -> [LayerMunicipality]
  {
    linked(kommunenummer, in: layer, to: .year2019)
  }

  /// Whether the municipality no longer exists with its boundaries on 1 January 2024: somewhere
  /// on its way it merged with another, was split, or is one part of a split one.
  public func isDissolved(_ kommunenummer: String, in layer: UnitLayer) -> Bool {
    var current = layer
    var number = kommunenummer
    while let next = current.next {
      let successors = forward[current]?[number] ?? []
      guard successors.count == 1, let successor = successors.first,
        (backward[next]?[successor] ?? []).count == 1
      else { return true }
      number = successor
      current = next
    }
    return false
  }

  /// The date (`YYYY-MM-DD`) the change of municipality `kommunenummer` of `layer` into the
  /// next year's took effect, if it has a change row.
  public func changeDate(of kommunenummer: String, in layer: UnitLayer) -> String? {
    guard let next = forward[layer]?[kommunenummer]?.first else { return nil }
    return dates["\(layer.rawValue):\(kommunenummer)>\(next)"]
  }

  /// The date (`YYYY-MM-DD`) from which `first` and `second` of `layer` are part of one
  /// municipality, or nil when their 2024 successors differ.
  public func commonSince(_ first: String, _ second: String, in layer: UnitLayer) -> String? {
    var current = layer
    var (a, b) = (Set([first]), Set([second]))
    while let next = current.next {
      let edges = forward[current] ?? [:]
      let (nextA, nextB) = (
        Set(a.flatMap { edges[$0] ?? [] }), Set(b.flatMap { edges[$0] ?? [] })
      )
      if let shared = nextA.intersection(nextB).sorted().first {
        let from = a.union(b).sorted().first { dates["\(current.rawValue):\($0)>\(shared)"] != nil }
        return from.flatMap { dates["\(current.rawValue):\($0)>\(shared)"] }
      }
      (a, b, current) = (nextA, nextB, next)
    }
    return nil
  }
}

extension UnitLayer {
  /// The following year in the lineage, if any.
  public var next: UnitLayer? {
    switch self {
    case .year2019: .year2020
    case .year2020: .year2024
    case .year2024: nil
    }
  }

  /// The year before in the lineage, if any.
  public var previous: UnitLayer? {
    switch self {
    case .year2019: nil
    case .year2020: .year2019
    case .year2024: .year2020
    }
  }
}
