import Testing

@testable import StudyplanCore

@Test func slotsHavePseudonymousIdsFromRoleAndUnit() {
  let ids = FieldworkFixtures.log.slots.map(\.id)
  #expect(ids.contains("ordforer@1816"))
  #expect(ids.contains("former-ordforer@1749"))
  #expect(ids.allSatisfy { $0.wholeMatch(of: /(former-)?[a-z-]+@[0-9]{4}/) != nil })
}

@Test func aDeclineNeedsAReasonAndDatesNeverGoBack() throws {
  var log = FieldworkFixtures.log
  try log.log("ordforer@1816", status: .invited, on: "2026-03-02")
  #expect(throws: StudyplanError.self) {
    try log.log("ordforer@1816", status: .declined, on: "2026-03-05")
  }
  #expect(throws: StudyplanError.self) {
    try log.log("ordforer@1816", status: .agreed, on: "2026-03-01")
  }
  #expect(throws: StudyplanError.self) {
    try log.log("ordforer@1816", status: .withdrew, on: "2026-03-06", reason: .privacy)
  }
  #expect(throws: StudyplanError.unknownInformantSlot("ordfører@1816", suggestion: "ordforer@1816"))
  {
    try log.log("ordfører@1816", status: .agreed, on: "2026-03-06")
  }
  try log.log("ordforer@1816", status: .declined, on: "2026-03-05", reason: .noTime)
  #expect(log.slots[0].status == .declined)
  #expect(log.slots[0].reason == .noTime)
}

@Test func theResponseByRoleCountsTheLatestStatus() throws {
  let log = try FieldworkFixtures.loggedSeason()
  let rows = log.responseByRole(roles: [GuideFixtures.mayor, GuideFixtures.chiefExecutive])
  #expect(rows.map(\.roleID) == ["ordforer", "kommunedirektor"])
  let mayors = rows[0].tally
  #expect(mayors.slots == 5)
  #expect(mayors[.interviewed] == 3)
  #expect(mayors[.declined] == 1)
  #expect(mayors[.scheduled] == 1)
  let chiefs = rows[1].tally
  #expect(chiefs[.declined] == 1 && chiefs[.withdrew] == 1 && chiefs[.unreachable] == 1)
  #expect(log.interviewMinutes == [39, 48, 61])
}

@Test func aUnitWhoseSlotsAllEndedIsReplacedWithTheLogsReason() throws {
  let log = try FieldworkFixtures.loggedSeason()
  // The first reason in the unit's slots decides: the mayor had no time.
  #expect(log.replacementReason(forUnit: "1816") == .unavailable)
  #expect(log.replacementReason(forUnit: "1818") == nil)
  #expect(log.replacementReason(forUnit: "0000") == nil)
}

@Test func theCSVHoldsPseudonymousIdsCodesAndDatesOnly() throws {
  let csv = try FieldworkFixtures.loggedSeason().csv
  let lines = csv.split(separator: "\n")
  #expect(lines.first == Substring(FieldworkLog.csvColumns.joined(separator: ",")))
  #expect(lines.count == 10)
  #expect(
    lines.contains(
      "ordforer@1816,ordforer,current,municipality,1816,Vevelstad,reform=unchanged,declined,"
        + "2026-03-05,no-time,2026-03-02,,,,,,,2026-03-02 invited; 2026-03-05 declined no-time"))
  #expect(!csv.contains("@example") && !PersonalDataPattern.matches(in: csv).contains(.email))
}
