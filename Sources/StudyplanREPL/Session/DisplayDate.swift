import Foundation

/// How dates appear in listings: `2026-11-29 10:30 +01:00`, in the planner's own time zone.
/// Exports and JSON write UTC instead, so a document reads the same everywhere.
enum DisplayDate {
  /// `date` in `zone`, e.g. `2026-11-29 10:30 +01:00`.
  ///
  /// The local date and time are counted from the zone's offset at that moment, as the
  /// Gregorian calendar would give them (`DisplayDateTests` compares the two), without
  /// building a `Calendar`: its first use costs more than the rest of a one-shot `list`.
  static func string(_ date: Date, in zone: TimeZone) -> String {
    let (day, minutes) = local(date, in: zone)
    return "\(day) \(two(minutes / 60)):\(two(minutes % 60)) \(name(of: zone, at: date))"
  }

  /// `2026-11-29`: the calendar day `date` falls on in `zone` (what `--on` defaults to).
  static func day(_ date: Date, in zone: TimeZone) -> String {
    local(date, in: zone).day
  }

  /// The day `date` falls on in `zone` (`2026-11-29`) and the minutes since that day began.
  private static func local(_ date: Date, in zone: TimeZone) -> (day: String, minutes: Int) {
    let offset = zone.secondsFromGMT(for: date)
    let seconds = Int((date.timeIntervalSince1970 + Double(offset)).rounded(.down))
    let (days, secondsOfDay) = floorDivision(seconds, 86_400)
    let (year, month, day) = civilDate(daysSince1970: days)
    return ("\(year)-\(two(month))-\(two(day))", secondsOfDay / 60)
  }

  private static func two(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
  }

  /// Year, month and day of the proleptic Gregorian calendar for a count of days since
  /// 1970-01-01 (Howard Hinnant's `civil_from_days`).
  static func civilDate(daysSince1970 count: Int) -> (year: Int, month: Int, day: Int) {
    let (era, dayOfEra) = floorDivision(count + 719_468, 146_097)
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// Quotient rounded down and the remainder that goes with it (never negative).
  private static func floorDivision(_ value: Int, _ divisor: Int) -> (Int, Int) {
    let remainder = value % divisor
    return remainder < 0 ? (value / divisor - 1, remainder + divisor) : (value / divisor, remainder)
  }

  /// `UTC`, or the offset from it (`+01:00`, `-03:30`): the same on every platform, where zone
  /// abbreviations are not.
  static func name(of zone: TimeZone, at date: Date) -> String {
    let seconds = zone.secondsFromGMT(for: date)
    guard seconds != 0 else { return "UTC" }
    let minutes = abs(seconds) / 60
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return (seconds < 0 ? "-" : "+") + two(minutes / 60) + ":" + two(minutes % 60)
  }
}

extension Session {
  /// Today's date in the planner's time zone, `YYYY-MM-DD`: what a dated event defaults to.
  func today() -> String {
    DisplayDate.day(environment.now(), in: environment.timeZone)
  }
}
