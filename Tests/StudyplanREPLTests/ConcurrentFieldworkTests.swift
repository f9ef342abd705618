import Foundation
import StudyplanCore
import StudyplanREPL
import Testing
import _StudyplanTestSupport

/// Two planners logging fieldwork on one protocol at once (issue 19): the recovery a save
/// conflict prescribes keeps both planners' events, the conflict names the events at stake,
/// and `diff` shows fieldwork and methods changes.
@Suite struct ConcurrentFieldworkTests {
  /// p1 saved with a fieldwork plan, in a store both planners share.
  func planned() throws -> (ProtocolStore, [String]) {
    let store = try ProtocolStore()
    let (_, session, status) = try runScript(
      [
        #"new "Two planners""#, "roles add ordfører",
        "sample --suggested capacity-expanding-or-limiting --n 2 --seed 2020", "fieldwork plan",
        "save",
      ], session: makeTestSession(store: store))
    #expect(status == .success)
    let slots = session.workspace?.document.fieldwork?.slots.map(\.id) ?? []
    return (store, slots)
  }

  @Test func theRecoveryAfterAConflictKeepsTheOtherPlannersEvents() throws {
    let (store, slots) = try planned()
    let (first, second) = (try #require(slots.first), try #require(slots.last))
    let sandbox = try FuzzSandbox()
    defer { sandbox.remove() }
    let file = sandbox.folder.appendingPathComponent("mine.json").path
    // B opens p1 first; A logs and saves; then B logs and saves.
    let (_, bOpened, _) = try runScript(["open p1"], session: makeTestSession(store: store))
    let (aTerminal, _, aStatus) = try runScript(
      ["open p1", "fieldwork log \(first) invited --on 2026-03-02", "save"],
      session: makeTestSession(store: store))
    #expect(aStatus == .success, "\(aTerminal.errors)")
    let (conflict, bSession, conflictStatus) = try runScript(
      ["fieldwork log \(second) invited --on 2026-03-03", "save"], session: bOpened)
    #expect(conflictStatus == .commandFailed)
    #expect(
      conflict.errors.contains(
        "keeping the fieldwork events only theirs has (1: \(first) invited 2026-03-02)"),
      "\(conflict.errors)")
    // The recovery the message prescribes.
    let (recovery, bAfter, recoveryStatus) = try runScript(
      [
        "export protocol --format json -o \(file)", "import \(file) --into p1", "save",
        "diff p1@1 p1@3",
      ], session: bSession)
    #expect(recoveryStatus == .success, "\(recovery.errors)")
    let said = recovery.transcript
    #expect(
      said.contains("kept 1 fieldwork event of p1@2 the file lacks: \(first) invited 2026-03-02"))
    #expect(said.contains("imported 'Two planners' as p1@3"))
    #expect(said.contains("the open protocol is now p1@3"))
    #expect(said.contains("nothing to save: p1@3 is up to date"), "\(said)")
    #expect(said.contains("+ \(first) invited 2026-03-02"))
    #expect(said.contains("+ \(second) invited 2026-03-03"))
    let head = try store.head(of: "p1").document.fieldwork
    let logged = head?.slots.filter { !$0.history.isEmpty }.map(\.id) ?? []
    #expect(Set(logged) == [first, second])
    #expect(bAfter.workspace?.isDirty == false)
  }

  @Test func diffShowsMethodsChanges() throws {
    let (terminal, _, status) = try runScript([
      #"new "Methods""#, "save", #"methods piloting "One pilot interview""#, "save",
      #"methods piloting "Two pilot interviews""#, "save", "diff p1@1 p1@3",
    ])
    #expect(status == .success, "\(terminal.errors)")
    #expect(terminal.transcript.contains("methods:\n  + piloting: 'Two pilot interviews'"))
  }

  @Test func deletingTheOpenProtocolKeepsItsUnsavedChangesOpen() throws {
    let (terminal, _, status) = try runScript([
      #"new "Doomed""#, "save", #"rename "Renamed""#, "delete p1 --yes", "save",
    ])
    #expect(status == .success, "\(terminal.errors)")
    #expect(terminal.transcript.contains("unsaved changes stay open as a new protocol"))
    #expect(terminal.transcript.contains("saved p2@1 'Renamed'"), "\(terminal.transcript)")
  }
}
