/// Dates as prose: «31. desember 2027» in bokmål, "31 December 2027" in English.
public enum ProseDate {
  static let months = LocalizedTextList(
    nb: [
      "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
      "oktober", "november", "desember",
    ],
    en: [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ])

  /// `iso` (`YYYY-MM-DD`) written out in `language`; any other text comes back unchanged.
  public static func text(_ iso: String, in language: Language) -> String {
    let parts = iso.split(separator: "-")
    guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]),
      let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month),
      (1...31).contains(day)
    else { return iso }
    let name = (language == .nb ? months.nb : months.en)[month - 1]
    return language == .nb ? "\(day). \(name) \(year)" : "\(day) \(name) \(year)"
  }
}

/// A list of words in both languages.
struct LocalizedTextList: Sendable {
  var nb: [String]
  var en: [String]
}
