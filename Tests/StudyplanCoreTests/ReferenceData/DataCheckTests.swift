import Foundation
import Testing

@testable import StudyplanCore

@Test func dataCheckCountsEveryDatasetAndPasses() throws {
  let report = DataCheckReport.check()
  #expect(report.isValid, "\(report.problems)")
  let text = report.rendered
  #expect(text.contains("422 municipalities (2019)"))
  #expect(text.contains("356 municipalities (2020)"))
  #expect(text.contains("425 change rows"))
  #expect(text.contains("centrality 2018 version: 422/422"))
  #expect(
    text.contains(
      "centrality 2020 version: 356/356 with a class (169 read, 187 derived from the index, "
        + "9 of them near the 4/5 limit); index 356/356"))
  #expect(text.contains("kommunegrenser-2019  boundaries 2019: 422 municipalities"))
  #expect(
    text.contains("ByR phase 2: 31 regions with member lists, 196 memberships, 192 municipalities"))
  #expect(
    text.contains("ByR phase 1: 7 regions with member lists, 52 memberships, 52 municipalities"))
  #expect(text.contains("  Kongsvingerregionen (Glåmdal): 7 municipalities"))
  #expect(text.contains("  Grenland: 6 municipalities"))
  #expect(text.contains("total 5 328 212"))
  #expect(text.contains("total 5 367 580"))
  #expect(text.hasSuffix("all invariants hold\n"))
}

@Test func embeddedTextsMatchTheHashesTheConverterRecorded() {
  for dataset in ReferenceDataTexts.embedded.all {
    #expect(dataset.sha256 == dataset.recordedSHA256, "\(dataset.id)")
  }
}

/// One way of corrupting a copy of the data, and what the report must then name.
struct Corruption: Sendable, CustomStringConvertible {
  var description: String
  var apply: @Sendable (inout ReferenceDataTexts) -> Void
  var dataset: String
  var line: Int?
  var fragment: String
}

private func replacing(_ text: String, _ old: String, _ new: String) -> String {
  text.replacingOccurrences(of: old, with: new)
}

let corruptions: [Corruption] = [
  Corruption(
    description: "a duplicate municipality",
    apply: { $0.municipalities2019.text += "\n0101|Halden igjen|Østfold" },
    dataset: "kommuner-2019", line: 424, fragment: "duplicate kommunenummer '0101' (also on line 2)"
  ),
  Corruption(
    description: "a class outside 1–6",
    apply: {
      $0.centrality2018.text = replacing($0.centrality2018.text, "0101|843|3", "0101|843|7")
    },
    dataset: "sentralitet-2018", line: 2, fragment: "centrality class '7' is outside 1–6"),
  Corruption(
    description: "a successor that does not exist",
    apply: {
      $0.changes.text = replacing($0.changes.text, "0101|3001|new-number", "0101|3999|new-number")
    },
    dataset: "endringer-2019-2020", line: 2,
    fragment: "successor '3999' of '0101' is not a 2020 municipality"),
  Corruption(
    description: "an unmapped 2019 code",
    apply: { $0.changes.text = replacing($0.changes.text, "\n0101|3001|new-number", "") },
    dataset: "endringer-2019-2020", line: nil, fragment: "2019 municipality '0101' is unmapped"),
  Corruption(
    description: "a change kind that contradicts the graph",
    apply: {
      $0.changes.text = replacing($0.changes.text, "0101|3001|new-number", "0101|3001|merger")
    },
    dataset: "endringer-2019-2020", line: 2,
    fragment: "'3001' is marked 'merger' but has 1 predecessor(s)"),
  Corruption(
    description: "a member that is not a municipality",
    apply: {
      $0.cityRegionMembers.text = replacing(
        $0.cityRegionMembers.text, "Aust-Lofoten|2|1865", "Aust-Lofoten|2|9865")
    },
    dataset: "byr-medlemmer", line: 2, fragment: "member '9865' is not a 2019 municipality"),
  Corruption(
    description: "a malformed number",
    apply: {
      $0.population2019.text = replacing($0.population2019.text, "0101|31177", "0101|31 177")
    },
    dataset: "folketall-2019", line: 2, fragment: "population '31 177' is not a whole number"),
]

@Test(arguments: corruptions)
func corruptedCopiesAreRejectedWithTheRowNamed(_ corruption: Corruption) {
  var texts = ReferenceDataTexts.embedded
  corruption.apply(&texts)
  let report = DataCheckReport.check(texts)
  #expect(!report.isValid)
  let hit = report.problems.contains {
    $0.dataset == corruption.dataset && $0.line == corruption.line
      && $0.problem.contains(corruption.fragment)
  }
  #expect(hit, "\(report.problems)")
  #expect(report.rendered.contains(corruption.dataset))
  // Any edit also breaks the recorded hash, which the report names.
  #expect(report.problems.contains { $0.problem.contains("differs from the converted data") })
}

@Test func embeddedDataLoadsFastEnoughForTheFirstCommand() throws {
  let clock = ContinuousClock()
  let elapsed = clock.measure { _ = ReferenceData.load(.embedded) }
  // A generous bound that only a pathological parser would break; the real figure is in the
  // report of the data work (a few milliseconds).
  #expect(elapsed < .seconds(2))
}
