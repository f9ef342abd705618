/// What the NORCE note (Angell and Grimsrud 2020) says about named city regions and
/// municipalities, as frame attributes a planner can filter, stratify and select cases on.
///
/// Each statement is paraphrased in our own words and cited by the note's section heading. A
/// region or municipality the note does not name has no finding (not a negative one), and a
/// region whose type the note does not state has an unknown type.
public enum NoteCases {
  /// A finding the note reports for a region or a municipality.
  public enum Finding: String, CaseIterable, Sendable, Codable {
    /// A less central member the project leader said gained most from the cooperation.
    case gainedMost = "gained-most"
    /// A less central member the project leader said gained less than the others.
    case gainedLeast = "gained-least"
    /// The project leader thought the centre gained more than its surroundings.
    case centreGainedMore = "centre-gained-more"
    /// As above, but said with a reservation ("perhaps").
    case centrePerhapsGainedMore = "centre-perhaps-gained-more"
    /// A clear centre, yet a deliberate aim that every member should gain.
    case allGainFocus = "all-gain-focus"
    /// The most central members were said to have gained less than the least central ones.
    case peripheryGainedMore = "periphery-gained-more"
    /// A long-standing, stable regional cooperation (regional council, development company).
    case longStanding = "long-standing"
    /// The programme seemed to serve as groundwork for a municipal merger.
    case mergerPreparation = "merger-preparation"
  }

  /// A type of region the note describes.
  public enum RegionType: String, CaseIterable, Sendable, Codable {
    /// A clear centre with only one member in centrality class 5.
    case onePeripheralMember = "one-peripheral-member"
    /// All members in centrality classes 5 and 6.
    case allPeripheral = "all-peripheral"
    /// A clear centre, but little difference in size between the centre and the others.
    case smallSizeGap = "small-size-gap"
    /// Two "twin towns" with their surroundings.
    case twinTowns = "twin-towns"
  }

  /// One statement of the note about one region or municipality.
  public struct Statement: Sendable {
    /// The region's short name, or a municipality's 2019 kommunenummer.
    public var subject: String
    /// Whether the subject is a region (else a municipality).
    public var isRegion: Bool
    /// The finding, when the statement is one.
    public var finding: Finding?
    /// The region type, when the statement is one.
    public var regionType: RegionType?
    /// Where in the note.
    public var citation: NoteCitation
  }

  static let gain = NoteCitation(
    section: "Enkeltkommuners nytte - et dumt spørsmål?",
    location: LocalizedText(nb: "andre og tredje avsnitt", en: "second and third paragraphs"))
  static let types = NoteCitation(
    section: "Regiontype synes å bety lite",
    location: LocalizedText(nb: "første avsnitt", en: "first paragraph"))
  static let stability = NoteCitation(
    section: "Stabilitet i samarbeidskonstellasjonen",
    location: LocalizedText(nb: "første avsnitt", en: "first paragraph"))
  static let reform = NoteCitation(
    section: "Region- og kommunereform",
    location: LocalizedText(nb: "avsnittet", en: "the paragraph"))

  private static func region(_ name: String, _ finding: Finding, _ citation: NoteCitation)
    -> Statement
  {
    Statement(subject: name, isRegion: true, finding: finding, regionType: nil, citation: citation)
  }

  private static func type(_ name: String, _ type: RegionType) -> Statement {
    Statement(subject: name, isRegion: true, finding: nil, regionType: type, citation: types)
  }

  private static func municipality(_ number: String, _ finding: Finding) -> Statement {
    Statement(subject: number, isRegion: false, finding: finding, regionType: nil, citation: gain)
  }

  /// Every statement, in the note's order. Region names are the frame's short names.
  public static let statements: [Statement] = [
    region("Tromsøregionen", .centreGainedMore, gain),
    region("Kristiansundsregionen", .centreGainedMore, gain),
    region("Elverumregionen", .centreGainedMore, gain),
    region("Alstahaugregionen", .centreGainedMore, gain),
    region("Ranaregionen", .centreGainedMore, gain),
    region("Inn-Trøndelag", .centrePerhapsGainedMore, gain),
    region("Lillehammerregionen", .allGainFocus, gain),
    region("Ålesundregionen", .allGainFocus, gain),
    region("Region Namdal", .allGainFocus, gain),
    region("Haugesundregionen", .allGainFocus, gain),
    region("Leikanger–Luster–Sogndal", .allGainFocus, gain),
    region("Harstadregionen", .allGainFocus, gain),
    municipality("0817", .gainedMost),  // Drangedal, Grenland
    municipality("0833", .gainedMost),  // Tokke, Vest-Telemark
    municipality("1216", .gainedMost),  // Sveio, Haugesund / Sunnhordland
    municipality("1133", .gainedMost),  // Hjelmeland, Ytre Ryfylke
    region("Fjellregionen", .peripheryGainedMore, gain),
    region("Lillehammerregionen", .peripheryGainedMore, gain),
    region("Fosenregionen", .peripheryGainedMore, gain),
    municipality("0429", .gainedLeast),  // Åmot, Elverum
    municipality("1034", .gainedLeast),  // Hægebostad, Lister
    type("Grenland", .onePeripheralMember),
    type("Kristiansandsregionen", .onePeripheralMember),
    type("Midt-Troms", .allPeripheral),
    type("Vest-Telemark", .allPeripheral),
    type("Sunnhordland", .smallSizeGap),
    type("Fosenregionen", .smallSizeGap),
    type("Grenland", .twinTowns),
    type("Alstahaugregionen", .twinTowns),
    type("Sunnfjord", .twinTowns),
    type("Fjellregionen", .twinTowns),
    region("Grenland", .longStanding, stability),
    region("Kristiansandsregionen", .longStanding, stability),
    region("Sunnhordland", .longStanding, stability),
    region("Midt-Troms", .mergerPreparation, reform),
    region("Narvikregionen", .mergerPreparation, reform),
  ]

  /// The findings the note reports for a region, in the order of `Finding`.
  public static func findings(region: String) -> [String] {
    let found = Set(statements.filter { $0.isRegion && $0.subject == region }.compactMap(\.finding))
    return Finding.allCases.filter { found.contains($0) }.map(\.rawValue)
  }

  /// The findings the note reports for one municipality itself.
  public static func findings(municipality kommunenummer: String) -> [String] {
    let found = Set(
      statements.filter { !$0.isRegion && $0.subject == kommunenummer }.compactMap(\.finding))
    return Finding.allCases.filter { found.contains($0) }.map(\.rawValue)
  }

  /// The region types the note states for a region; nil when it states none (unknown).
  public static func regionTypes(region: String) -> [String]? {
    let found = Set(
      statements.filter { $0.isRegion && $0.subject == region }.compactMap(\.regionType))
    return found.isEmpty ? nil : RegionType.allCases.filter { found.contains($0) }.map(\.rawValue)
  }

  /// The citations behind what the note says about a region or municipality, one per section.
  public static func citations(subject: String) -> [NoteCitation] {
    var seen: Set<String> = []
    return statements.filter { $0.subject == subject }.map(\.citation).filter {
      seen.insert($0.section).inserted
    }
  }

  /// The citation line for the dataset as a whole (docs and `data` listings).
  public static let source = LocalizedText(
    nb: "Angell og Grimsrud (NORCE, 2020), omskrevet med egne ord; se avsnittene "
      + "«Enkeltkommuners nytte - et dumt spørsmål?», «Regiontype synes å bety lite», "
      + "«Stabilitet i samarbeidskonstellasjonen» og «Region- og kommunereform»",
    en: "Angell and Grimsrud (NORCE, 2020), paraphrased; see the sections "
      + "‘Enkeltkommuners nytte - et dumt spørsmål?’, ‘Regiontype synes å bety lite’, "
      + "‘Stabilitet i samarbeidskonstellasjonen’ and ‘Region- og kommunereform’")
}
