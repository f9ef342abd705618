/// Design–question fit: does the drawn sample hold the units each research question is about?
///
/// Every catalogue question states its population as a frame filter (`SamplingSuggestion
/// .population`) and a minimum. A sample that holds none of those units, or fewer than the
/// minimum, cannot answer the question; the finding names the question and the filter that fits.
public enum SampleFit {
  /// One question the sample does not fit.
  public struct Finding: Equatable, Sendable {
    /// The research question's id.
    public var questionID: String
    /// The population filter of the question.
    public var population: String
    /// How many active units of the sample are in the population.
    public var found: Int
    /// How many the question needs at least.
    public var minimum: Int
    /// The year whose municipalities the population filter speaks of.
    public var units: UnitLayer = .standard

    /// The one-line message.
    public var message: String {
      let among = units == .standard ? "" : " among the municipalities of \(units.rawValue)"
      let flag = units == .standard ? "" : "--units \(units.rawValue) "
      return
        (found == 0
        ? "the sample holds no unit that research question '\(questionID)' is about"
        : "the sample holds only \(found) unit(s) that research question '\(questionID)' is "
          + "about (\(minimum) needed)")
        + " ('\(population)'\(among)); draw with \(flag)--filter \"\(population)\" or "
        + "'sample --suggested \(questionID)'"
    }
  }

  /// The findings for the catalogue questions among `questionIDs` (others are skipped).
  public static func findings(
    sample: ProtocolSample, questionIDs: [String], frame: SamplingFrame
  ) -> [Finding] {
    var result: [Finding] = []
    for id in questionIDs {
      guard let entry = QuestionCatalogue.builtin.entry(id: id) else { continue }
      let population = entry.sampling.population
      let questionFrame = frame.inLayer(entry.sampling.units)
      guard !population.isEmpty,
        let filter = try? FrameFilter.parse(population, frame: questionFrame)
      else { continue }
      let found = count(sample: sample, filter: filter, frame: questionFrame)
      let minimum = min(entry.sampling.minimum, max(sample.activeUnits.count, 1))
      if found < minimum {
        result.append(
          Finding(
            questionID: id, population: population, found: found, minimum: minimum,
            units: entry.sampling.units))
      }
    }
    return result
  }

  /// The active units in the population (of `frame`'s year): municipalities the filter keeps —
  /// a unit of another year counts when a municipality it corresponds to in `frame`'s year is
  /// kept — and cooperations with at least one member it keeps.
  static func count(sample: ProtocolSample, filter: FrameFilter, frame: SamplingFrame) -> Int {
    let kept = Set(filter.apply(to: frame).matched.map(\.kommunenummer))
    return sample.activeUnits.filter { unit in
      if sample.plan.level == .cooperation {
        guard let cooperation = frame.cooperation(named: unit.kommunenummer) else { return false }
        return cooperation.members.contains { kept.contains($0) }
      }
      let linked = frame.lineage.linkedNumbers(
        unit.kommunenummer, in: sample.plan.unitLayer, to: frame.layer)
      return linked.contains { kept.contains($0) }
    }.count
  }

  /// What a suggested filter leaves out, named: for each field the filter uses, the values of
  /// the units it leaves out with their counts (`reform: renumbered 91, …`).
  public static func exclusions(filter text: String, frame: SamplingFrame) -> [String] {
    guard !text.isEmpty, let filter = try? FrameFilter.parse(text, frame: frame) else { return [] }
    let result = filter.apply(to: frame)
    let kept = Set(result.matched.map(\.kommunenummer))
    let left = frame.units.filter { !kept.contains($0.kommunenummer) }
    guard !left.isEmpty else { return [] }
    var lines = [
      "the filter '\(text)' leaves out \(left.count) of \(frame.units.count) municipalities"
        + (result.unjudged.isEmpty
          ? "" : " (\(result.unjudged.count) of them because a value is unknown)")
    ]
    let words = Set(
      text.lowercased().split(whereSeparator: { " (),=!<>".contains($0) }).map(String.init))
    for field in FrameField.allCases where words.contains(field.rawValue) {
      var counts: [String: Int] = [:]
      for unit in left { counts[field.value(of: unit).text, default: 0] += 1 }
      // A few values in their own order; many (city regions) the largest first, then a count.
      let shown = 8
      let ordered =
        counts.count <= shown
        ? counts.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        : counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
      var parts = ordered.prefix(shown).map { "\($0.key): \($0.value)" }
      if counts.count > shown { parts.append("… \(counts.count - shown) more") }
      lines.append("  of these, by \(field.rawValue): " + parts.joined(separator: ", "))
    }
    return lines
  }
}
