/// A field of a cooperation (a ByR city region or an imported cooperation), as named in the
/// criteria of a purposive selection of cooperations.
public enum CooperationField: String, CaseIterable, Sendable {
  /// The cooperation's name.
  case name
  /// `byr` or `imported`.
  case kind
  /// The number of its members in the frame.
  case members
  /// The number of its members in centrality class 5–6 (the members' own version: 2018 for
  /// 2019 units, 2020 or 2024 for the units of those years).
  case smallMembers = "small-members"
  /// `all`, `some` or `none` of its members in class 5–6.
  case small
  /// yes / no: whether any member merged or was split on 1 January 2020.
  case merger
  /// The name of its regional centre (the applicant municipality); unknown when not named.
  case centre
  /// What the NORCE note says about the region (`NoteCases.Finding` values).
  case noteRegion = "note-region"
  /// The type the note gives the region; unknown where it states none.
  case regionType = "region-type"

  /// Whether the value is a whole number (usable as a proposal's measure).
  public var isNumeric: Bool { self == .members || self == .smallMembers }

  /// The field named `name` (case-insensitive), or an error with the nearest field name.
  public static func named(_ name: String) throws(StudyplanError) -> CooperationField {
    if let field = CooperationField(rawValue: name.lowercased()) { return field }
    throw .unknownField(
      name, suggestion: Suggestion.closest(to: name, in: allCases.map(\.rawValue)))
  }

  /// The field's value for `cooperation` in `frame`.
  public func value(of cooperation: Cooperation, in frame: SamplingFrame) -> FrameValue {
    let members = cooperation.members.compactMap { frame.unit($0) }
    switch self {
    case .name: return .text(cooperation.name)
    case .kind: return .text(cooperation.kind == .byr ? "byr" : "imported")
    case .members: return .number(members.count)
    case .smallMembers: return .number(members.filter { ($0.ownCentrality ?? 0) >= 5 }.count)
    case .small:
      let small = members.filter { ($0.ownCentrality ?? 0) >= 5 }.count
      return .text(small == 0 ? "none" : small == members.count ? "all" : "some")
    case .merger:
      return .text(members.contains(where: \.changedBoundaries2020) ? "yes" : "no")
    case .centre:
      guard cooperation.kind == .byr, let centre = frame.centres[cooperation.name] else {
        return .unknown
      }
      return .text(frame.unit(centre)?.name ?? centre)
    case .noteRegion:
      return .list(cooperation.kind == .byr ? NoteCases.findings(region: cooperation.name) : [])
    case .regionType:
      guard cooperation.kind == .byr, let types = NoteCases.regionTypes(region: cooperation.name)
      else { return .unknown }
      return .list(types)
    }
  }
}

extension SamplingFrame {
  /// The cooperation named `text` (case-insensitive; a ByR region's long name is accepted).
  public func cooperation(named text: String) -> Cooperation? {
    let wanted = CityRegionMembership.shortName(of: text.trimmingCharacters(in: .whitespaces))
      .lowercased()
    return cooperations.first { $0.name.lowercased() == wanted }
  }

  /// The cooperation named `text`, or an error naming the nearest cooperation.
  public func resolveCooperation(_ text: String) throws(StudyplanError) -> Cooperation {
    if let cooperation = cooperation(named: text) { return cooperation }
    throw .unknownCooperation(
      text, suggestion: Suggestion.closest(to: text, in: cooperations.map(\.name)))
  }
}
