/// The sampling frame: the municipalities of one year — 2019 (the note's units, the default),
/// 2020 or 2024 — each with its predecessors and successors and its attributes, combining the
/// embedded data with any imported datasets.
public struct SamplingFrame: Sendable {
  /// The year whose municipalities are the units.
  public var layer: UnitLayer
  /// The units, ordered by kommunenummer.
  public var units: [FrameUnit]
  /// Every cooperation: the ByR city regions (short names) and imported cooperations, with their
  /// members as units of the frame's year (the successors of the 2019 members).
  public var cooperations: [Cooperation]
  /// The datasets the frame was built from: the list of the frame's municipalities first, then
  /// the other embedded ones, then the imports it used.
  public var versions: [DatasetVersion]
  /// The regional centre of each ByR region (short name → kommunenummer of the frame's year):
  /// the applicant municipality in the member lists (phase 2 first, then phase 1). Regions whose
  /// lists name no applicant are absent: their centre is unknown.
  public var centres: [String: String]
  /// Predecessors and successors of every municipality across 2019 → 2020 → 2024.
  public var lineage: MunicipalityLineage
  /// What the frame was built from, to build the frame of another year (``inLayer(_:)``).
  let data: ReferenceData
  let imports: [ImportedDataset]

  /// Builds the frame of `layer`'s municipalities from reference data and imports (applied in
  /// order; later ones win).
  public init(
    data: ReferenceData, imports: [ImportedDataset] = [], units layer: UnitLayer = .standard
  ) {
    let inputs = FrameInputs(data: data, imports: imports)
    var base = Self.units2019(data: data, inputs: inputs)
    let centres2019 = Self.centres(data)
    Self.addRegionFacts(to: &base, centres: centres2019)
    let context = LaterUnitContext(data: data, inputs: inputs, base: base)
    Self.addAttributes2024(to: &base, context: context)
    self.layer = layer
    self.lineage = data.lineage
    self.data = data
    self.imports = imports
    let own = data.versions.filter { $0.id == layer.datasetID }
    self.versions = own + data.versions.filter { $0.id != layer.datasetID } + inputs.used
    switch layer {
    case .year2019:
      units = base
      cooperations = inputs.cooperations
      centres = centres2019
    case .year2020, .year2024:
      units = context.units(of: layer)
      cooperations = inputs.cooperations.map { cooperation in
        var moved = cooperation
        moved.members = Self.linkedMembers(cooperation.members, to: layer, lineage: data.lineage)
        return moved
      }
      centres = centres2019.compactMapValues { centre in
        let linked = data.lineage.linkedNumbers(centre, in: .year2019, to: layer)
        return linked.count == 1 ? linked.first : nil
      }
    }
  }

  /// The frame of `layer`'s municipalities, built from the same data and imports.
  public func inLayer(_ layer: UnitLayer) -> SamplingFrame {
    layer == self.layer ? self : SamplingFrame(data: data, imports: imports, units: layer)
  }

  /// The unit with this kommunenummer.
  public func unit(_ kommunenummer: String) -> FrameUnit? {
    units.first { $0.kommunenummer == kommunenummer }
  }

  /// The members of a cooperation as municipalities of `layer`, in the order of their
  /// members of `from`, each once.
  static func linkedMembers(
    _ members: [String], from: UnitLayer = .year2019, to layer: UnitLayer,
    lineage: MunicipalityLineage
  ) -> [String] {
    var seen: Set<String> = []
    return members.flatMap { lineage.linkedNumbers($0, in: from, to: layer) }.filter {
      seen.insert($0).inserted
    }
  }

  /// The applicant municipality of each ByR region, phase 2 before phase 1.
  static func centres(_ data: ReferenceData) -> [String: String] {
    var result: [String: String] = [:]
    for phase in [2, 1] {
      for membership in data.cityRegionMembers
      where membership.phase == phase && membership.role == "applicant"
        && result[membership.shortRegion] == nil
      {
        result[membership.shortRegion] = membership.kommunenummer
      }
    }
    return result
  }

  /// What a change did to a municipality, from its rows in a change table, its old name, its
  /// successors' names and how many predecessors each successor has.
  static func reform(
    kinds: [ChangeKind], name: String, successors: [(number: String, name: String)],
    predecessorCount: [String: Int]
  ) -> Reform {
    if successors.count > 1 || kinds.contains(.split) { return .split }
    if let successor = successors.first, predecessorCount[successor.number, default: 0] > 1 {
      return .merged
    }
    switch kinds.first {
    case .newNumber: return .renumbered
    case .newNumberAndName, .newName:
      // A disambiguator added or changed by the register: "Herøy" → "Herøy (Nordland)",
      // "Våler (Viken)" → "Våler (Østfold)".
      let stem = name.range(of: " (").map { String(name[..<$0.lowerBound]) } ?? name
      if let successor = successors.first, successor.name.hasPrefix(stem + " ("),
        successor.name.hasSuffix(")"),
        !successor.name.dropFirst(stem.count + 2).dropLast().contains("(")
      {
        return .registerRenamed
      }
      return .renamed
    default: return .unchanged
    }
  }

  /// The ByR city regions as cooperations: full members of either phase, by short name.
  static func cityRegions(_ data: ReferenceData) -> [Cooperation] {
    var order: [String] = []
    var members: [String: [String]] = [:]
    for membership in data.cityRegionMembers where membership.isMember {
      let name = membership.shortRegion
      if members[name] == nil { order.append(name) }
      if !(members[name] ?? []).contains(membership.kommunenummer) {
        members[name, default: []].append(membership.kommunenummer)
      }
    }
    return order.sorted().map { Cooperation(name: $0, kind: .byr, members: members[$0] ?? []) }
  }
}
