import Foundation
import StudyplanCore
import StudyplanPostgres
import StudyplanREPL
import Testing
import _StudyplanTestSupport

/// One suite, both stores: every promise of ``StudyplanStore`` checked on the SQLite file and on
/// a team's PostgreSQL database (a throw-away cluster, one per test run, a new database per
/// test). Without PostgreSQL the PostgreSQL half is skipped, and `postgresHalfRuns` says so.
@Suite struct StoreConformanceTests {
  @Test(
    .enabled(
      if: PostgresTestCluster.shared != nil,
      "PostgreSQL half of the store conformance suite SKIPPED: \(PostgresTestCluster.unavailableReason)"
    ))
  func postgresHalfRuns() throws {
    #expect(StoreKind.available == StoreKind.allCases)
  }

  @Test(arguments: StoreKind.available)
  func savedProtocolsAreListedNewestFirstAndOpenedByVersion(kind: StoreKind) throws {
    let store = try kind.makeStore()
    let first = try store.createProtocol(
      StudyProtocol(title: "Byregion follow-up", purpose: "næringsutvikling"), note: "start",
      at: fixedDate)
    #expect(first.reference == VersionReference(id: "p1", version: 1))
    _ = try store.createProtocol(
      StudyProtocol(title: "Kommunereform"), note: "", at: fixedDate.addingTimeInterval(60))
    var second = StudyProtocol(title: "Byregion follow-up, second")
    second.purpose = "næringsutvikling"
    _ = try store.saveVersion(
      of: "p1", second, expectedHead: 1, note: "renamed", at: fixedDate.addingTimeInterval(120))

    #expect(try store.list().map(\.id) == ["p1", "p2"])
    #expect(try store.list().map(\.headVersion) == [2, 1])
    #expect(try store.head(of: "p1").document.title == "Byregion follow-up, second")
    let old = try store.version(VersionReference(id: "p1", version: 1))
    #expect(old.document.title == "Byregion follow-up")
    #expect(old.note == "start")
    #expect(old.savedAt == fixedDate)
    #expect(try store.protocolIDs() == ["p1", "p2"])
    #expect(throws: StudyplanError.unknownProtocol("p9", suggestion: "p1")) {
      try store.head(of: "p9")
    }
    #expect(
      throws: StudyplanError.unknownVersion(VersionReference(id: "p1", version: 5), latest: 2)
    ) {
      try store.version(VersionReference(id: "p1", version: 5))
    }
  }

  @Test(arguments: StoreKind.available)
  func searchFindsTitlePurposeAndPrefixes(kind: StoreKind) throws {
    let store = try kind.makeStore()
    _ = try store.createProtocol(
      StudyProtocol(title: "Byregion follow-up", purpose: "næringsutvikling"), note: "",
      at: fixedDate)
    _ = try store.createProtocol(
      StudyProtocol(title: "Kommunereform", purpose: "sentralitet etter sammenslåing"), note: "",
      at: fixedDate.addingTimeInterval(60))
    #expect(try store.list(matching: "sentral").map(\.id) == ["p2"])
    #expect(try store.list(matching: "Byregion").map(\.id) == ["p1"])
    #expect(try store.list(matching: "kommunereform sentralitet").map(\.id) == ["p2"])
    #expect(try store.list(matching: "nothing-like-this").isEmpty)
    #expect(try store.list(matching: "?!").isEmpty)
    #expect(store.hasFullTextSearch == kind.hasAccentFreeSearch)
    if kind.hasAccentFreeSearch {
      #expect(try store.list(matching: "sammenslaing").map(\.id) == ["p2"])
    }
  }

  @Test(arguments: StoreKind.available)
  func aSaveOnAnOldHeadIsAConflictAndAFinalVersionNeverChanges(kind: StoreKind) throws {
    let store = try kind.makeStore()
    _ = try store.createProtocol(StudyProtocol(title: "Shared"), note: "", at: fixedDate)
    _ = try store.saveVersion(
      of: "p1", StudyProtocol(title: "Theirs"), expectedHead: 1, note: "", at: fixedDate)
    #expect(throws: StudyplanError.saveConflict(id: "p1", openedVersion: 1, headVersion: 2)) {
      try store.saveVersion(
        of: "p1", StudyProtocol(title: "Mine"), expectedHead: 1, note: "", at: fixedDate)
    }
    var final = StudyProtocol(title: "Done")
    final.status = .final
    _ = try store.saveVersion(of: "p1", final, expectedHead: 2, note: "", at: fixedDate)
    #expect(throws: StudyplanError.finalVersion(VersionReference(id: "p1", version: 3))) {
      try store.saveVersion(
        of: "p1", StudyProtocol(title: "More"), expectedHead: 3, note: "", at: fixedDate)
    }
    #expect(try store.history(of: "p1").map(\.title) == ["Shared", "Theirs", "Done"])
    #expect(throws: (any Error).self) { try kind.changeAStoredVersion(of: store) }
    #expect(try store.head(of: "p1").document.title == "Done")
  }

  @Test(arguments: StoreKind.available)
  func concurrentSavesOnOneHeadGiveOneVersionAndOneConflict(kind: StoreKind) throws {
    let (store, second) = try kind.makeStoreWithSecondConnection()
    _ = try store.createProtocol(StudyProtocol(title: "Race"), note: "", at: fixedDate)
    let stores = [store, second]
    for round in 1...10 {
      let outcomes = Locked<[String]>([])
      DispatchQueue.concurrentPerform(iterations: 2) { index in
        do {
          _ = try stores[index].saveVersion(
            of: "p1", StudyProtocol(title: "Round \(round) by \(index)"), expectedHead: round,
            note: "", at: fixedDate)
          outcomes.withLockedValue { $0.append("saved") }
        } catch StudyplanError.saveConflict(_, let opened, let head, _) {
          outcomes.withLockedValue { $0.append("conflict \(opened)→\(head)") }
        } catch {
          outcomes.withLockedValue { $0.append("\(error)") }
        }
      }
      #expect(
        outcomes.withLockedValue { $0.sorted() } == ["conflict \(round)→\(round + 1)", "saved"])
    }
    #expect(try store.history(of: "p1").map(\.reference.version) == Array(1...11))
  }

  @Test(arguments: StoreKind.available)
  func historyLineageAndDelete(kind: StoreKind) throws {
    let store = try kind.makeStore()
    _ = try store.createProtocol(StudyProtocol(title: "Source"), note: "first", at: fixedDate)
    _ = try store.saveVersion(
      of: "p1", StudyProtocol(title: "Source"), expectedHead: 1, note: "second", at: fixedDate)
    let source = VersionReference(id: "p1", version: 2)
    let clone = try store.cloneProtocol(source, title: "Clone", asFollowUp: false, at: fixedDate)
    let followUp = try store.cloneProtocol(
      source, title: "Follow-up", asFollowUp: true, at: fixedDate)
    #expect(clone.document.lineage.clonedFrom == source)
    #expect(followUp.document.lineage.followUpOf == source)
    #expect(try store.descendants(of: "p1").map(\.reference.id) == ["p2", "p3"])
    let history = try store.history(of: "p1")
    #expect(history.map(\.note) == ["first", "second"])
    #expect(history.map(\.savedBy) == kind.savedBy(count: 2))

    try store.delete("p2")
    #expect(try store.list().map(\.id) == ["p3", "p1"])
    #expect(throws: StudyplanError.protocolDeleted("p2")) {
      try store.saveVersion(
        of: "p2", StudyProtocol(title: "Gone"), expectedHead: 1, note: "", at: fixedDate)
    }
    let next = try store.createProtocol(StudyProtocol(title: "Next"), note: "", at: fixedDate)
    #expect(next.reference.id == "p4")
  }

  @Test(arguments: StoreKind.available)
  func draftsAreKeptPerSessionSlot(kind: StoreKind) throws {
    let store = try kind.makeStore()
    _ = try store.createProtocol(StudyProtocol(title: "Open"), note: "", at: fixedDate)
    let mine = AutosavedDraft.sessionSlot(for: "p1", session: "101-1")
    let theirs = AutosavedDraft.sessionSlot(for: "p1", session: "202-2")
    let fresh = AutosavedDraft.sessionSlot(for: nil, session: "101-1")
    try store.autosave(slot: mine, baseVersion: 1, StudyProtocol(title: "Mine"), at: fixedDate)
    try store.autosave(
      slot: theirs, baseVersion: 1, StudyProtocol(title: "Theirs"),
      at: fixedDate.addingTimeInterval(1))
    try store.autosave(
      slot: mine, baseVersion: 1, StudyProtocol(title: "Mine, later"),
      at: fixedDate.addingTimeInterval(2))
    try store.autosave(
      slot: fresh, baseVersion: 0, StudyProtocol(title: "New"), at: fixedDate.addingTimeInterval(3))
    #expect(try store.autosavedDrafts().map(\.document.title) == ["Theirs", "Mine, later", "New"])
    #expect(try store.autosavedDrafts().map(\.protocolID) == ["p1", "p1", nil])
    try store.clearAutosave(slot: theirs)
    #expect(try store.autosavedDrafts().map(\.slot) == [mine, fresh])
  }

  @Test(arguments: StoreKind.available)
  func importedDatasetsAreKeptOnceInOrder(kind: StoreKind) throws {
    let store = try kind.makeStore()
    let reference = ReferenceData.load(.embedded)
    let cooperations = try DataImporter.parse(
      Data("name;kind;members\nTestsamarbeid;iks;1804,1805\n".utf8),
      path: "cooperations.csv", kind: .cooperations, reference: reference)
    let other = try DataImporter.parse(
      Data("name;kind;members\nAnnet samarbeid;other;1804,1805\n".utf8),
      path: "other.csv", kind: .cooperations, reference: reference)
    #expect(try store.saveImportedDataset(cooperations, at: fixedDate))
    #expect(try !store.saveImportedDataset(cooperations, at: fixedDate))
    #expect(try store.saveImportedDataset(other, at: fixedDate.addingTimeInterval(1)))
    #expect(try store.importedDatasets() == [cooperations, other])
  }

  @Test(arguments: StoreKind.available)
  func fieldworkLogsAndDoctorWorkThroughTheCommands(kind: StoreKind) throws {
    let store = try kind.makeStore()
    let run = try runScript(
      [
        #"new "Feltarbeid" --purpose "Hva fikk små kommuner ut av samarbeid?""#,
        "roles add ordfører",
        #"sample --n 2 --design stratified --strata reform --filter "centrality in 5,6" --allocation equal --seed 2020"#,
        "fieldwork plan",
        "save",
        "fieldwork",
        "doctor",
      ], session: try makeTestSession(store: store))
    #expect(run.status == .success, "\(run.terminal.errors)")
    let saved = try store.head(of: "p1").document
    #expect(saved.fieldwork?.slots.isEmpty == false)
    #expect(run.terminal.transcript.contains("ok      integrity"))
    #expect(run.terminal.transcript.contains("ok      schema"))
  }

  @Test(arguments: StoreKind.available)
  func aStoreFromANewerStudyplanIsRefused(kind: StoreKind) throws {
    let location = try kind.makeSupersededStore()
    #expect(throws: StudyplanError.storeTooNew(path: location)) {
      let store = try kind.open(location)
      _ = try store.list()
    }
  }
}
