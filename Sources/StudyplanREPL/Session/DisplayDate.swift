import Foundation

/// How dates appear in listings: `2026-11-29 10:30 +01:00`, in the planner's own time zone.
/// Exports and JSON write UTC instead, so a document reads the same everywhere.
enum DisplayDate {
  static func string(_ date: Date, in zone: TimeZone) -> String {
    let parts = components(of: date, in: zone)
    return
      "\(day(date, in: zone)) \(two(parts.hour)):\(two(parts.minute)) \(name(of: zone, at: date))"
  }

  /// `2026-11-29`: the calendar day `date` falls on in `zone` (what `--on` defaults to).
  static func day(_ date: Date, in zone: TimeZone) -> String {
    let parts = components(of: date, in: zone)
    return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day))"
  }

  private static func components(of date: Date, in zone: TimeZone) -> DateComponents {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    return calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
  }

  private static func two(_ value: Int?) -> String {
    let value = value ?? 0
    return value < 10 ? "0\(value)" : "\(value)"
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
