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
  // The fifth pass of the data work (SOURCES.md): 33 regions with members, 200 memberships and
  // 195 municipalities in phase 2; 114 class 5–6 memberships of 112 municipalities in 29
  // regions (the NORCE note: 115 in 29).
  #expect(
    text.contains("ByR phase 2: 33 regions with member lists, 200 memberships, 195 municipalities"))
  #expect(
    text.contains(
      "class 5–6 (2018 version): 114 memberships, 112 distinct municipalities, in 29 regions "
        + "with at least one"))
  #expect(text.contains("  Listerregionen: 1 municipality\n"))
  #expect(text.contains("  Midt-Telemark: 3 municipalities"))
  #expect(
    text.contains("ByR phase 1: 9 regions with member lists, 60 memberships, 60 municipalities"))
  #expect(text.contains("  Kongsvingerregionen (Glåmdal): 7 municipalities"))
  #expect(text.contains("  Grenland: 6 municipalities"))
  #expect(text.contains("total 5 328 212"))
  #expect(text.contains("total 5 367 580"))
  #expect(text.hasSuffix("all invariants hold\n"))
}

@Test func dataCheckReportsThe2024LayerAndTheLineage() {
  let text = DataCheckReport.check().rendered
  #expect(text.contains("kommuner-2024        357 municipalities (2024) in 15 counties"))
  #expect(
    text.contains(
      "endringer-2020-2024  357 change rows (0 merger, 2 split, 111 new-number, "
        + "2 new-number-and-name, 6 new-name, 236 unchanged)"))
  #expect(
    text.contains(
      "sentralitet-2024     centrality 2024 version: 357/357 with a class and an index "
        + "(classes 1–6: 5/21/54/65/104/108)"))
  #expect(text.contains("population 1.1.2024: 357 municipalities, total 5 550 203"))
  #expect(
    text.contains(
      "lineage              2019 → 2020 → 2024: 422/422 municipalities of 2019 have a 2024 "
        + "successor, 357/357 of 2024 a 2019 predecessor; 109 of 2019 no longer exist with their "
        + "boundaries"))
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
    description: "a 2020 municipality without a 2024 successor",
    apply: {
      $0.changes2024.text = replacing($0.changes2024.text, "\n5421|5530|new-number|2024-01-01", "")
    },
    dataset: "endringer-2020-2024", line: nil, fragment: "2020 municipality '5421' is unmapped"),
  Corruption(
    description: "a 2024 municipality without a predecessor",
    apply: {
      $0.changes2024.text = replacing(
        $0.changes2024.text, "1507|1580|split|2024-01-01", "1507|1508|split|2024-01-01")
    },
    dataset: "endringer-2020-2024", line: nil,
    fragment: "2024 municipality '1580' has no predecessor"),
  Corruption(
    description: "a 2024 class outside SSB's limits for its index",
    apply: {
      $0.centrality2024.text = replacing($0.centrality2024.text, "5530|611|5", "5530|611|2")
    },
    dataset: "sentralitet-2024", line: 332, fragment: "class 2 of '5530' lies outside SSB's limits"),
  Corruption(
    description: "a change without a date",
    apply: {
      $0.changes2024.text = replacing(
        $0.changes2024.text, "5421|5530|new-number|2024-01-01", "5421|5530|new-number|2024")
    },
    dataset: "endringer-2020-2024", line: 336, fragment: "'2024' is not a date written YYYY-MM-DD"),
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
