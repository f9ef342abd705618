import Foundation
import Testing

@testable import StudyplanCore

@Suite struct StoreTests {
  @Test func storedDatesReadBackToTheMillisecond() {
    for seconds in [0.0, 1_768_471_200.123, 951_782_400.5, 4_102_444_799.999] {
      let date = Date(timeIntervalSince1970: seconds)
      #expect(abs(StoreDate.date(StoreDate.string(date)).timeIntervalSince1970 - seconds) < 0.001)
    }
  }

  @Test func aSavedVersionCanNeverBeChanged() throws {
    let store = try ProtocolStore()
    let saved = try store.createProtocol(StudyProtocol(title: "Fixed"), note: "", at: fixedDate)
    #expect(throws: (any Error).self) {
      try store.writer.write { db in
        try db.execute(sql: "UPDATE protocolVersion SET title = 'Changed'")
      }
    }
    #expect(try store.head(of: saved.reference.id).document.title == "Fixed")
  }

  @Test func aFinalVersionIsNeverSuperseded() throws {
    let store = try ProtocolStore()
    var document = StudyProtocol(title: "Done")
    document.status = .final
    let saved = try store.createProtocol(document, note: "", at: fixedDate)
    #expect(throws: StudyplanError.finalVersion(saved.reference)) {
      try store.saveVersion(
        of: "p1", StudyProtocol(title: "More"), expectedHead: 1, note: "", at: fixedDate)
    }
  }

  /// Two protocols to search in, the second saved a minute later.
  static func searchStore() throws -> ProtocolStore {
    let store = try ProtocolStore()
    _ = try store.createProtocol(
      StudyProtocol(title: "Byregion follow-up", purpose: "næringsutvikling"), note: "",
      at: fixedDate)
    _ = try store.createProtocol(
      StudyProtocol(title: "Kommunereform", purpose: "sentralitet etter sammenslåing"), note: "",
      at: fixedDate.addingTimeInterval(60))
    return store
  }

  /// Whether this machine's SQLite has FTS5 (Debian's does; a minimal build may not).
  static let hasFTS5 = (try? ProtocolStore().hasFullTextSearch) ?? false

  @Test func listIsNewestFirstAndSearchFindsTitlePurposeAndPrefixes() throws {
    // Holds with the full-text index and without it (plain substring matching).
    let store = try Self.searchStore()
    #expect(try store.list().map(\.id) == ["p2", "p1"])
    #expect(try store.list(matching: "sentral").map(\.id) == ["p2"])
    #expect(try store.list(matching: "Byregion").map(\.id) == ["p1"])
    #expect(try store.list(matching: "nothing-like-this").isEmpty)
  }

  @Test(
    .enabled(
      if: hasFTS5,
      "this SQLite has no FTS5: search matches substrings, and accents must be typed"))
  func fullTextSearchIgnoresAccents() throws {
    let store = try Self.searchStore()
    #expect(store.hasFullTextSearch)
    #expect(try store.list(matching: "sammenslaing").map(\.id) == ["p2"])
  }

  @Test func deletedIdsAreNeverGivenOutAgain() throws {
    let store = try ProtocolStore()
    _ = try store.createProtocol(StudyProtocol(title: "One"), note: "", at: fixedDate)
    try store.delete("p1")
    let next = try store.createProtocol(StudyProtocol(title: "Two"), note: "", at: fixedDate)
    #expect(next.reference.id == "p2")
  }

  @Test func storageFailuresReadAsPlainLanguage() throws {
    #expect(throws: StudyplanError.self) { try ProtocolStore(path: "/proc/none/x.sqlite") }
    do {
      _ = try ProtocolStore(path: "/proc/none/x.sqlite")
    } catch {
      #expect("\(error)".hasPrefix("cannot open the protocol store at '/proc/none/x.sqlite'"))
      #expect(!"\(error)".contains("SQLite error"))
    }
  }
}

/// A fixed moment for tests: 2026-01-15 10:00 UTC.
let fixedDate = Date(timeIntervalSince1970: 1_768_471_200)
