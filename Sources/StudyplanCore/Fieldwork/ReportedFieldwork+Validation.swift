extension ProtocolChecker {
  /// The figures `fieldwork reported` could have recorded: counts in the sample's range, no
  /// more interviewed than contacted, minutes of a guide, a month or a day.
  mutating func checkReported(_ reported: ReportedFieldwork) {
    let range = StudyProtocol.Limits.sampleNumber
    let place = "fieldwork.reported"
    let counts = [reported.contacted, reported.interviewed] + [reported.units, reported.eligible].compactMap { $0 }
    if !counts.allSatisfy(range.contains) {
      fail(place, "counts run from \(range.lowerBound) to \(range.upperBound)")
    } else if reported.interviewed > reported.contacted {
      fail("\(place).interviewed", "more interviewed than contacted")
    } else if let minutes = reported.minutes,
      minutes.isEmpty || minutes.count > 2 || !minutes.allSatisfy(StudyProtocol.Limits.minutes.contains)
    {
      fail("\(place).minutes", "expected one or two lengths in minutes, e.g. [15, 45]")
    } else if let period = reported.period, !ReportedFieldwork.isPeriod(period) {
      fail("\(place).period", "expected YYYY-MM or YYYY-MM-DD")
    }
  }
}
