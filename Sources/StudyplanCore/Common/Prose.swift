/// Small helpers every prose export uses, so punctuation and dates read the same everywhere.
public enum Prose {
  /// `text` as a sentence: trimmed, ending in exactly one full stop unless it already ends in
  /// terminal punctuation (`.`, `!`, `?`, possibly inside a closing quote or bracket) or
  /// a colon that opens a list.
  ///
  /// A planner's purpose typed as "Å finne ut hva småkommunene fikk." followed by the
  /// writer's own "." gives one full stop, never two.
  public static func sentence(_ text: String) -> String {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { return trimmed }
    var body = Substring(trimmed)
    while let last = body.last, "»”’\")]".contains(last) { body = body.dropLast() }
    if let last = body.last, ".!?:".contains(last) { return trimmed }
    return trimmed + "."
  }

  /// Joins sentences with one space, each passed through `sentence`.
  public static func sentences(_ parts: [String]) -> String {
    parts.map(sentence).filter { !$0.isEmpty }.joined(separator: " ")
  }

  /// A list in running text: "a", "a og b", "a, b og c" (bokmål) or "a, b and c" (English).
  public static func list(_ items: [String], language: Language) -> String {
    guard let last = items.last else { return "" }
    if items.count == 1 { return last }
    let and = language == .nb ? " og " : " and "
    return items.dropLast().joined(separator: ", ") + and + last
  }

  /// A `YYYY-MM-DD` date as prose: "31. desember 2027" in bokmål, "31 December 2027" in
  /// English. Text that is not such a date comes back unchanged.
  public static func date(_ iso: String, language: Language) -> String {
    let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]),
      let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month),
      (1...31).contains(day)
    else { return iso }
    switch language {
    case .nb: return "\(day). \(monthsNB[month - 1]) \(year)"
    case .en: return "\(day) \(monthsEN[month - 1]) \(year)"
    }
  }

  /// A date as a table cell: "31.12.2027" in bokmål, ISO `2027-12-31` in English.
  public static func shortDate(_ iso: String, language: Language) -> String {
    let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
    guard language == .nb, parts.count == 3 else { return iso }
    return "\(parts[2]).\(parts[1]).\(parts[0])"
  }

  static let monthsNB = [
    "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "desember",
  ]
  static let monthsEN = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]
}
