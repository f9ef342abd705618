/// What a study's own report says about its fieldwork, for a study carried out before or
/// outside studyplan (the 2019 survey of the NORCE note): counts only, with the source. The
/// methods text states them, sets them beside a follow-up's response, and compares the units
/// the study counts with those the data hold.
public struct ReportedFieldwork: Codable, Equatable, Sendable {
  /// Informants contacted.
  public var contacted: Int
  /// Informants interviewed.
  public var interviewed: Int
  /// The units the study counts (its regions or municipalities), at `level`.
  public var units: Int?
  /// What `units` counts: municipalities or cooperations.
  public var level: SampleLevel?
  /// The municipalities in the study's frame (the note's 115 in classes 5–6 of the 29 regions).
  public var eligible: Int?
  /// When the interviews were held: `YYYY-MM` or `YYYY-MM-DD`.
  public var period: String?
  /// The shortest and longest interview, in minutes.
  public var minutes: [Int]?
  /// Where the figures come from: the report and its section.
  public var source: String

  /// Figures as a report gives them.
  public init(
    contacted: Int, interviewed: Int, units: Int? = nil, level: SampleLevel? = nil,
    eligible: Int? = nil, period: String? = nil, minutes: [Int]? = nil, source: String
  ) {
    self.contacted = contacted
    self.interviewed = interviewed
    self.units = units
    self.level = level
    self.eligible = eligible
    self.period = period
    self.minutes = minutes
    self.source = source
  }

  /// Whether `text` is a month (`YYYY-MM`) or a day (`YYYY-MM-DD`).
  public static func isPeriod(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard (2...3).contains(parts.count), parts[0].count == 4, Int(parts[0]) != nil,
      parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month)
    else { return false }
    guard parts.count == 3 else { return true }
    return parts[2].count == 2 && Int(parts[2]).map { (1...31).contains($0) } == true
  }

  /// The period in words: «desember 2019» / "December 2019".
  public func periodText(_ language: Language) -> String? {
    guard let period else { return nil }
    let parts = period.split(separator: "-")
    guard parts.count >= 2, let year = Int(parts[0]), let month = Int(parts[1]),
      (1...12).contains(month)
    else { return period }
    if parts.count == 3 { return Prose.date(period, language: language) }
    let name = (language == .nb ? Prose.monthsNB : Prose.monthsEN)[month - 1]
    return "\(name) \(year)"
  }

  /// «15–45 minutter» / "15–45 minutes", or one length.
  public func minutesText(_ language: Language) -> String? {
    guard let minutes, let low = minutes.min(), let high = minutes.max() else { return nil }
    let range = low == high ? "\(low)" : "\(low)–\(high)"
    return range + (language == .nb ? " minutter" : " minutes")
  }
}
