import Foundation
import StudyplanCore
import StudyplanREPL
import Testing
import _StudyplanTestSupport

@Suite struct LineageAndExchangeTests {
  func folder() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "studyplan-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

  @Test func cloneRecordsItsSourceAndDiffNamesEachChangedField() throws {
    let run = try runScript([
      #"new "Reform follow-up" --purpose "Small municipalities""#, "save --note first",
      #"rename "Reform follow-up 2026""#, "save --note renamed",
      #"clone p1@1 "Second round""#, "diff p1@1 p1@2", "diff p1@1 p2@1", "diff p1@2", "quit",
    ])
    #expect(run.status == .success)
    expectGolden(run.terminal.transcript, named: "clone-and-diff.txt")
    let clone = try run.session.environment.store.store().head(of: "p2").document
    #expect(clone.lineage.clonedFrom == VersionReference(id: "p1", version: 1))
  }

  @Test func exportThenImportThenExportGivesTheSameBytes() throws {
    let directory = try folder()
    var session = try makeTestSession()
    session.environment.workingDirectory = directory
    let run = try runScript(
      [
        #"new "Round trip" --purpose "Æ, ø og å — \"quoted\"""#, "save",
        "export p1 protocol --format json -o first.json", "import first.json",
        "export p2 protocol --format json -o second.json",
      ], session: session)
    #expect(run.status == .success)
    let first = try Data(contentsOf: URL(fileURLWithPath: directory + "/first.json"))
    let second = try Data(contentsOf: URL(fileURLWithPath: directory + "/second.json"))
    #expect(first == second)
  }

  @Test func anExportNeverReplacesAFileWithoutForce() throws {
    let directory = try folder()
    try "keep me".write(toFile: directory + "/taken.json", atomically: true, encoding: .utf8)
    var session = try makeTestSession()
    session.environment.workingDirectory = directory
    let run = try runScript(
      [#"new "X""#, "save", "export protocol --format json -o taken.json"], session: session)
    #expect(run.status == .commandFailed)
    #expect(
      run.terminal.errors.hasPrefix("error: 'taken.json' exists; add --force to overwrite it"))
    #expect(try String(contentsOfFile: directory + "/taken.json", encoding: .utf8) == "keep me")
    let forced = try runScript(
      ["export protocol --format json -o taken.json --force"], session: run.session)
    #expect(forced.status == .success)
    #expect(
      try String(contentsOfFile: directory + "/taken.json", encoding: .utf8).contains(
        "\"title\" : \"X\""))
  }

  @Test(arguments: [
    ("not json at all", "at line 1, column 2: this is not valid JSON"),
    (#"{"format": "other", "schemaVersion": 1}"#, "at $.format: expected \"studyplan-protocol\""),
    (
      #"{"format": "studyplan-protocol", "schemaVersion": 99, "protocol": {}}"#,
      "at $.schemaVersion: version 99 is newer"
    ),
    (
      #"{"format": "studyplan-protocol", "schemaVersion": 1, "protocol": {"title": 3}}"#,
      "at $.protocol.title: expected a text"
    ),
    (
      #"{"format": "studyplan-protocol", "schemaVersion": 1, "protocol": {"title": "x"}}"#,
      "at $.protocol.purpose: this field is required"
    ),
    (
      #"{"format": "studyplan-protocol", "schemaVersion": 1, "protocol": {"title": "x", "purpose": "", "language": "nb", "questions": [], "roles": [], "consent": {}, "status": "draft", "lineage": {"clonedFrom": {"id": "zz", "version": -3}}}}"#,
      "at $.protocol.lineage.clonedFrom: expected a protocol version"
    ),
  ])
  func malformedProtocolFilesAreRefusedWithThePlaceAndNothingStored(text: String, message: String)
    throws
  {
    let directory = try folder()
    try text.write(toFile: directory + "/bad.json", atomically: true, encoding: .utf8)
    var session = try makeTestSession()
    session.environment.workingDirectory = directory
    let run = try runScript(["import bad.json"], session: session)
    #expect(run.status == .commandFailed)
    #expect(run.terminal.errors.contains("'bad.json' \(message)"), "\(run.terminal.errors)")
    #expect(try run.session.environment.store.store().list().isEmpty)
  }

  @Test func importIntoAnExistingProtocolAddsAVersion() throws {
    let directory = try folder()
    var session = try makeTestSession()
    session.environment.workingDirectory = directory
    let run = try runScript(
      [
        #"new "Base""#, "save", "export protocol --format json -o base.json",
        "import base.json --into p1", "history p1",
      ], session: session)
    #expect(run.status == .success)
    #expect(run.terminal.output.contains("imported 'Base' as p1@2"))
  }

  @Test func anUnsavedDraftIsOfferedBackAfterACrash() throws {
    let store = try ProtocolStore()
    // A session at a terminal edits, then its input ends without an answer to "leave without
    // saving?" — as when the terminal dies. A killed process leaves the same kept draft behind.
    let terminal = ScriptedTerminal(
      input: [#"new "Draft""#, #"rename "Draft, edited""#], isInteractive: true)
    var live = REPL(
      session: try makeTestSession(store: store), terminal: terminal, source: .terminal)
    _ = live.run()
    let drafts = try store.autosavedDrafts()
    #expect(drafts.map(\.document.title) == ["Draft, edited"])

    let next = try runScript(
      ["y", "show", "quit --discard"], isInteractive: true,
      session: try makeTestSession(store: store))
    #expect(next.terminal.transcript.contains("stopped with unsaved changes to 'Draft, edited'"))
    #expect(next.terminal.output.contains("title:    Draft, edited"))
    #expect(try store.autosavedDrafts().isEmpty)
  }
}

@Suite struct SuggestedSamplingTests {
  @Test func everyCatalogueSuggestionCanBeDrawnWithOneCommand() throws {
    for entry in QuestionCatalogue.builtin.entries where entry.sampling.design != .purposive {
      let run = try runScript([
        #"new "Suggested""#, "sample --suggested \(entry.id) --n 2 --seed 2020", "quit --discard",
      ])
      #expect(run.status == .success, "\(entry.id): \(run.terminal.errors)")
      let sample = try #require(run.session.workspace?.document.sample)
      #expect(sample.plan.design.rawValue == entry.sampling.design.rawValue, "\(entry.id)")
      #expect(sample.plan.filter == entry.sampling.filter, "\(entry.id)")
    }
  }
}

@Suite struct PairedWithinMunicipalityTests {
  @Test func pairsWithinANewMunicipalityJoinASmallAndACentralPredecessorOfIt() throws {
    let run = try runScript([
      #"new "Pairs""#, "sample --suggested reform-centrality-shift --n 4 --seed 2020",
      "quit --discard",
    ])
    #expect(run.status == .success, "\(run.terminal.errors)")
    let sample = try #require(run.session.workspace?.document.sample)
    #expect(sample.plan.pairWithin == .municipality)
    let frame = try SamplingFrame(data: ReferenceData.embedded(), imports: [])
    let pairs = Dictionary(grouping: sample.units, by: { $0.cluster ?? "" })
    #expect(pairs.count == 4)
    for (cluster, members) in pairs {
      #expect(members.map { $0.pairRole ?? "" }.sorted() == ["central", "small"], "\(cluster)")
      let units = members.compactMap { member in
        frame.units.first { $0.kommunenummer == member.kommunenummer }
      }
      #expect(Set(units.map { $0.units2020.map(\.kommunenummer) }).count == 1, "\(cluster)")
      #expect(units.allSatisfy { $0.reform == .merged }, "\(cluster)")
    }
  }
}

/// Kept drafts at start-up (issue 19): each is offered, the default answer keeps it, `d` drops it.
@Suite struct KeptDraftTests {
  /// A draft kept as a stopped session leaves it (this process's id, so no live session's).
  func leaveDraft(_ title: String, in store: ProtocolStore, at date: Date) throws {
    let slot = AutosavedDraft.sessionSlot(
      for: nil, session: "\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    try store.autosave(slot: slot, baseVersion: 0, StudyProtocol(title: title), at: date)
  }

  @Test func everyKeptDraftIsOfferedAndTheDefaultAnswerKeepsIt() throws {
    let store = try ProtocolStore()
    try leaveDraft("First", in: store, at: fixedDate)
    try leaveDraft("Second", in: store, at: fixedDate.addingTimeInterval(60))
    #expect(try store.autosavedDrafts().count == 2)
    // Enter (no) on the newest, d on the older: one kept, one dropped.
    let first = try runScript(
      ["", "d", "quit"], isInteractive: true, session: try makeTestSession(store: store))
    #expect(first.terminal.transcript.contains("unsaved changes to 'Second'"))
    #expect(first.terminal.transcript.contains("kept them; the next start offers them again"))
    #expect(first.terminal.transcript.contains("unsaved changes to 'First'"))
    #expect(first.terminal.transcript.contains("dropped them"))
    #expect(try store.autosavedDrafts().map(\.document.title) == ["Second"])
    // The next start offers it again; yes restores it.
    let second = try runScript(
      ["y", "show", "quit --discard"], isInteractive: true,
      session: try makeTestSession(store: store))
    #expect(second.terminal.output.contains("title:    Second"))
  }

  @Test func undoNamesTheCommandItTookBack() throws {
    let run = try runScript([#"new "Undo""#, #"rename "Renamed""#, "undo", "quit --discard"])
    #expect(
      run.terminal.output.contains("undid 'rename \"Renamed\"' on 'Undo'"), "\(run.terminal.output)"
    )
  }
}
