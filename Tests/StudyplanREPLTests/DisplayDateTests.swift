import Foundation
import Testing

@testable import StudyplanCore
@testable import StudyplanREPL

/// Listings count local dates and times without a `Calendar` (it is slow to start): they must
/// read exactly as the Gregorian calendar gives them, in every zone, across offsets and leap days.
@Suite struct DisplayDateTests {
  static let zones = ["UTC", "Europe/Oslo", "America/St_Johns", "Asia/Kolkata", "Pacific/Chatham"]

  @Test(arguments: zones)
  func datesAndTimesMatchTheGregorianCalendar(zoneName: String) throws {
    let zone = try #require(TimeZone(identifier: zoneName))
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    // From 1901 to 2100 in steps that are not whole days or hours, so every hour, minute,
    // month end, leap day and change of offset is met somewhere; plus moments before 1970.
    var moments: [Date] = [Date(timeIntervalSince1970: -0.5), Date(timeIntervalSince1970: 59.9)]
    var time = -2_177_452_800.0
    while time < 4_102_444_800 {
      moments.append(Date(timeIntervalSince1970: time))
      time += 86_400 * 3.7 + 1_234.5
    }
    for date in moments {
      let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
      let expected = String(
        format: "%d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
        parts.hour ?? 0, parts.minute ?? 0)
      let shown = DisplayDate.string(date, in: zone)
      #expect(shown.hasPrefix(expected + " "), "\(date) in \(zoneName): \(shown)")
    }
  }

  @Test func theZoneIsNamedByItsOffsetAtThatMoment() throws {
    let oslo = try #require(TimeZone(identifier: "Europe/Oslo"))
    let winter = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18
    let summer = Date(timeIntervalSince1970: 1_782_000_000)  // 2026-06-21
    #expect(DisplayDate.string(winter, in: oslo).hasSuffix(" +01:00"))
    #expect(DisplayDate.string(summer, in: oslo).hasSuffix(" +02:00"))
    let utc = try #require(TimeZone(identifier: "UTC"))
    #expect(DisplayDate.string(Date(timeIntervalSince1970: 0), in: utc) == "1970-01-01 00:00 UTC")
  }
}

/// A planner's dates are Norwegian unless `TZ` says otherwise (issue 24): a fieldwork event
/// logged at 00:30 in Oslo is dated that day, whatever zone the machine runs in.
@Suite struct PlannersTimeZoneTests {
  @Test func withoutTZTheZoneIsOslo() {
    #expect(SessionEnvironment.plannersTimeZone(environment: [:]).identifier == "Europe/Oslo")
    #expect(
      SessionEnvironment.plannersTimeZone(environment: ["TZ": ""]).identifier == "Europe/Oslo")
  }

  @Test(arguments: [("UTC", "UTC"), (":America/New_York", "America/New_York")])
  func theZoneTZNamesIsTaken(value: String, identifier: String) {
    #expect(
      SessionEnvironment.plannersTimeZone(environment: ["TZ": value]).identifier == identifier)
  }

  @Test func halfAnHourAfterMidnightInOsloIsThatDay() throws {
    // 2026-03-01 23:30 UTC is 00:30 on 2 March in Oslo.
    let moment = Date(timeIntervalSince1970: 1_772_407_800)
    let store = try ProtocolStore()
    let session = Session(
      environment: SessionEnvironment(
        store: StoreHandle(store), now: { moment }, workingDirectory: "/tmp",
        timeZone: SessionEnvironment.plannersTimeZone(environment: [:])))
    #expect(session.today() == "2026-03-02")
  }
}
