import Foundation

/// What `data import` reads: a KLASS export or a list of cooperations.
public enum ImportKind: String, Codable, CaseIterable, Sendable {
  /// An SSB KLASS export: municipality codes (131) or the correspondence 131 → 128.
  case klass
  /// A cooperations CSV: name, kind and member kommunenummer.
  case cooperations
}

/// The kind of an inter-municipal cooperation.
public enum CooperationKind: String, Codable, CaseIterable, Sendable {
  /// A Byregionprogrammet city region.
  case byr
  /// A regional council.
  case regionraad = "regionråd"
  /// An inter-municipal company.
  case iks
  /// Any other cooperation.
  case other
}

/// A named cooperation and its member municipalities (2019 numbers).
public struct Cooperation: Codable, Hashable, Sendable {
  /// The cooperation's name.
  public var name: String
  /// What kind of cooperation it is.
  public var kind: CooperationKind
  /// Member kommunenummer (2019 structure), in file order.
  public var members: [String]

  /// Creates a cooperation.
  public init(name: String, kind: CooperationKind, members: [String]) {
    self.name = name
    self.kind = kind
    self.members = members
  }
}

/// A municipality code from a KLASS 131 code list.
public struct ImportedCode: Codable, Hashable, Sendable {
  /// The kommunenummer.
  public var code: String
  /// The name as the export gives it.
  public var name: String
}

/// A validated import: its version label and content hash, and what it adds to the frame.
///
/// The core parses and validates into this value; the store keeps it (one transaction), and
/// the frame combines it with the embedded data.
public struct ImportedDataset: Codable, Equatable, Sendable {
  /// What kind of file it was.
  public var kind: ImportKind
  /// Its id (`import-<kind>-<hash prefix>`), version label and the SHA-256 of the file's bytes.
  public var version: DatasetVersion
  /// The file's name (its last path component).
  public var fileName: String
  /// The encoding the file was read as: `UTF-8` or `latin-1`.
  public var encoding: String
  /// Centrality classes by 2020 kommunenummer (a KLASS 131 → 128 correspondence).
  public var centrality: [String: Int]
  /// Municipality codes (a KLASS 131 code list).
  public var codes: [ImportedCode]
  /// Cooperations (a cooperations CSV).
  public var cooperations: [Cooperation]
  /// Codes in the file that are not municipalities of 2020 (ignored by the frame).
  public var unmatchedCodes: [String]

  /// One line saying what the import holds.
  public var summary: String {
    switch kind {
    case .klass where !centrality.isEmpty:
      "\(version.label): \(centrality.count) centrality classes"
        + (unmatchedCodes.isEmpty ? "" : ", \(unmatchedCodes.count) codes not in 2020 (ignored)")
    case .klass:
      "\(version.label): \(codes.count) municipality codes"
        + (unmatchedCodes.isEmpty ? "" : ", \(unmatchedCodes.count) not in 2020")
    case .cooperations:
      "\(version.label): \(cooperations.count) cooperations, "
        + "\(cooperations.reduce(0) { $0 + $1.members.count }) memberships"
    }
  }

  /// What a KLASS import does to the embedded 2020-version classes: how many it replaces, how
  /// many of those differ, and how many of the replaced ones were derived from the index; nil
  /// when it holds no classes.
  public func overrideNote(_ data: ReferenceData) -> String? {
    guard kind == .klass, !centrality.isEmpty else { return nil }
    let replaced = centrality.keys.filter { data.centrality2020[$0] != nil }
    let differing = replaced.filter { data.centrality2020[$0] != centrality[$0] }
    let derived = replaced.filter { data.centrality2020Basis[$0]?.isDerived == true }
    let noun = replaced.count == 1 ? "municipality" : "municipalities"
    return "overrides the embedded 2020-version class for \(replaced.count) \(noun) "
      + "(\(differing.count) differing; \(derived.count) had a class derived from the index)"
  }
}

extension ImportedDataset {
  /// The JSON a store keeps for an import.
  package func storagePayload() throws -> String {
    do {
      return String(decoding: try JSONEncoder().encode(self), as: UTF8.self)
    } catch {
      throw StudyplanError.storeFailure(
        operation: "store the import", reason: "it could not be encoded")
    }
  }
}
