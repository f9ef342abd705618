import Foundation

/// How the store writes dates: ISO 8601 in UTC with milliseconds (`2026-01-15T10:00:00.000Z`),
/// which sorts as text and reads well in `sqlite3`.
///
/// Parsing is by hand: the format is fixed, and `list` parses one date per protocol.
package enum StoreDate {
  private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

  package static func string(_ date: Date) -> String { date.formatted(style) }

  package static func date(_ text: String) -> Date {
    let digits = Array(text.utf8)
    guard digits.count >= 20 else { return Date(timeIntervalSince1970: 0) }
    func number(_ start: Int, _ length: Int) -> Int {
      var value = 0
      for index in start..<(start + length) { value = value * 10 + Int(digits[index] &- 48) }
      return value
    }
    let (year, month, day) = (number(0, 4), number(5, 2), number(8, 2))
    let seconds = number(11, 2) * 3600 + number(14, 2) * 60 + number(17, 2)
    let milliseconds = digits.count >= 23 && digits[19] == UInt8(ascii: ".") ? number(20, 3) : 0
    // Days from 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's days_from_civil).
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    let days = era * 146_097 + dayOfEra - 719_468
    return Date(
      timeIntervalSince1970: Double(days * 86_400 + seconds) + Double(milliseconds) / 1000)
  }
}
