import Foundation

/// How dates appear in listings: `2026-11-29 10:30 +01:00`, in the planner's own time zone.
/// Exports and JSON write UTC instead, so a document reads the same everywhere.
enum DisplayDate {
  static func string(_ date: Date, in zone: TimeZone) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    func two(_ value: Int?) -> String {
      let value = value ?? 0
      return value < 10 ? "0\(value)" : "\(value)"
    }
    return
      "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute))"
      + " \(name(of: zone, at: date))"
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
