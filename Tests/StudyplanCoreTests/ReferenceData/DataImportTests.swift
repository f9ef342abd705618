import Foundation
import Testing

@testable import StudyplanCore

private let reference = ReferenceData.load(.embedded)

private func examplesURL(_ name: String) -> URL {
  URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Examples/data/\(name)")
}

@Test func theExampleKlassCorrespondenceImportsFromLatin1() throws {
  let url = examplesURL("klass-131-128-agder-2020.csv")
  let data = try Data(contentsOf: url)
  let dataset = try DataImporter.parse(data, path: url.path, kind: .klass, reference: reference)
  #expect(dataset.encoding == "latin-1")
  #expect(dataset.centrality.count == 25)
  #expect(dataset.centrality["4211"] == 5)
  #expect(dataset.version.label.contains("valid from 2020-01-01"))
  #expect(dataset.version.sha256 == DataHash.sha256Hex(of: [UInt8](data)))
}

@Test func klassImportOverridesTheEmbeddedClassesAndSaysSo() throws {
  // Bodø's class is derived from the index (3); the import says 2. Narvik's (4) is derived too.
  let csv = "\"sourceCode\";\"targetCode\"\n\"1804\";\"2\"\n\"1806\";\"4\"\n"
  let dataset = try DataImporter.parse(
    Data(csv.utf8), path: "k.csv", kind: .klass, reference: reference)
  let before = SamplingFrame(data: reference)
  let after = SamplingFrame(data: reference, imports: [dataset])
  #expect(before.unit("1804")?.centrality2020 == 3)
  #expect(before.unit("1804")?.centrality2020Basis == .derived)
  #expect(after.unit("1804")?.centrality2020 == 2)
  #expect(after.unit("1804")?.centrality2020Basis == .imported)
  #expect(after.unit("1804")?.centrality2020Source == dataset.version.id)
  #expect(after.unit("1804")?.classChange == .reindex)
  // Tysfjord went to Narvik (4) and Hamarøy (6): still unknown.
  #expect(after.unit("1850")?.centrality2020 == nil)
  #expect(after.versions.last == dataset.version)
  #expect(
    dataset.overrideNote(reference)
      == "overrides the embedded 2020-version class for 2 municipalities (1 differing; 2 had "
      + "a class derived from the index)")
}

@Test(arguments: [
  ("\"sourceCode\";\"targetCode\"\n\"1804\";\"7\"\n", 2, 9, "centrality class '7' is outside 1–6"),
  ("sourceCode;targetCode\n1804;3\n180;3\n", 3, 1, "'180' is not a four-digit municipality code"),
  ("sourceCode;targetCode\n1804;3\n1804;4\n", 3, 1, "duplicate code '1804' (also on line 2)"),
  ("sourceCode;targetCode\n1804\n", 2, 5, "the row ends before the 'targetCode' column"),
  ("kode;navn\n1804;Bodø\n", 1, 1, "the header names neither"),
  ("sourceCode;targetCode\n\"1804;3\n", 2, 1, "a quoted field is not closed"),
])
func malformedKlassImportsNameFileLineAndColumn(
  _ text: String, _ line: Int, _ column: Int, _ fragment: String
) {
  do {
    _ = try DataImporter.parse(Data(text.utf8), path: "bad.csv", kind: .klass, reference: reference)
    Issue.record("accepted a malformed file")
  } catch {
    let message = error.description
    #expect(message.hasPrefix("bad.csv:\(line):\(column): "), "\(message)")
    #expect(message.contains(fragment), "\(message)")
  }
}

@Test func theExampleCooperationsImportAddsMembershipsAndOutsiders() throws {
  let url = examplesURL("cooperations.csv")
  let dataset = try DataImporter.parse(
    try Data(contentsOf: url), path: url.path, kind: .cooperations, reference: reference)
  #expect(dataset.cooperations.count == 2)
  #expect(dataset.cooperations[0].kind == .iks)
  let frame = SamplingFrame(data: reference, imports: [dataset])
  let osen = try #require(frame.unit("5020"))
  #expect(osen.cooperations.contains("Strategisk næringsplan for Fosen 2016–2020"))
}

@Test func aCooperationMemberGivenWithA2020NumberIsRejectedWithAHint() {
  let text = "name;kind;members\nNedre Romerike;regionråd;0228, 3030\n"
  do {
    _ = try DataImporter.parse(
      Data(text.utf8), path: "c.csv", kind: .cooperations, reference: reference)
    Issue.record("accepted a 2020 number")
  } catch {
    #expect(error.description.hasPrefix("c.csv:2:32: member '3030' is not a 2019 municipality"))
    #expect(error.description.contains("0226, 0227, 0231"))
  }
}

@Test func aKlassCodeListInSSBsLayoutIsReadAndComparedWith2020() throws {
  // SSB's KLASS 131 export: quoted, `;`-separated, rows shorter than the header.
  let text = """
    "code";"parentCode";"level";"name";"shortName";"notes";"validFrom";"validTo"
    "0301";"";"1";"Oslo";;""
    "1804";"";"1";"Bodø";;""
    "9999";"";"1";"Uoppgitt";;""
    """
  let latin1 = try #require(text.data(using: .isoLatin1))
  let dataset = try DataImporter.parse(latin1, path: "131.csv", kind: .klass, reference: reference)
  #expect(dataset.encoding == "latin-1")
  #expect(dataset.codes.map(\.name) == ["Oslo", "Bodø", "Uoppgitt"])
  #expect(dataset.unmatchedCodes == ["9999"])
  #expect(dataset.summary.hasSuffix("3 municipality codes, 1 not in 2020"))
}
