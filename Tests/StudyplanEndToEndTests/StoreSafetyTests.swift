import Foundation
import StudyplanCore
import Testing
import _StudyplanTestSupport

/// The store under the faults that lose work elsewhere: a second planner, and a killed process.
@Suite struct StoreSafetyTests {
  @Test func whenTwoPlannersSaveTheSameProtocolTheSecondIsRefusedAndBothVersionsSurvive() throws {
    let home = try BuiltBinary.makeHome()
    let db = home.appendingPathComponent("shared.sqlite").path
    _ = try BuiltBinary.run(["--db", db, "-c", "new \"Shared\"", "-c", "save"], home: home)

    // Planner A opens the protocol and edits it, but has not saved yet.
    let plannerA = Process()
    plannerA.executableURL = URL(fileURLWithPath: BuiltBinary.path)
    plannerA.arguments = ["--db", db, "--continue-on-error"]
    let input = Pipe()
    let output = Pipe()
    let errors = Pipe()
    plannerA.standardInput = input
    plannerA.standardOutput = output
    plannerA.standardError = errors
    try plannerA.run()
    input.fileHandleForWriting.write(Data("open p1\nrename \"A's title\"\n".utf8))
    var seen = ""
    while !seen.contains("renamed to") {
      let chunk = output.fileHandleForReading.availableData
      guard !chunk.isEmpty else { break }
      seen += String(decoding: chunk, as: UTF8.self)
    }

    // Planner B saves in between.
    let plannerB = try BuiltBinary.run(
      ["--db", db, "-c", "open p1", "-c", "rename \"B's title\"", "-c", "save"], home: home)
    #expect(plannerB.status == 0)

    // Planner A's save is refused, and A is told what happened.
    input.fileHandleForWriting.write(Data("save\nquit --discard\n".utf8))
    try input.fileHandleForWriting.close()
    plannerA.waitUntilExit()
    let told = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(plannerA.terminationStatus == 1)
    #expect(
      told.contains("protocol 'p1' was saved elsewhere (now at version 2; you opened version 1)"))

    let store = try ProtocolStore(path: db)
    #expect(try store.history(of: "p1").map(\.title) == ["Shared", "B's title"])
  }

  /// A shortened `make reliability` (a): ten kills during saves, imports and data imports.
  @Test func killingAProcessMidSaveOrImportLosesNoAcknowledgedVersion() throws {
    let report = try KillRun(
      binary: BuiltBinary.path, kills: 10, seed: 20_261_129,
      examples: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/data")
    ).run()
    #expect(report.kills == 10, "too many scripts finished before their kill")
    #expect(report.integrityFailures == 0)
    #expect(report.lost == 0)
    #expect(report.failures.isEmpty, "\(report.failures.joined(separator: "\n"))")
    #expect(
      report.acknowledged > 0,
      "no version was acknowledged before the kills: the test proved nothing")
  }

  /// A shortened `make reliability` (b): two processes saving one protocol, 30 saves each.
  @Test func twoProcessesSavingOneProtocolLoseNoUpdateAndEveryLoserIsTold() throws {
    let report = try SaveRace(binary: BuiltBinary.path, savesPerPlanner: 30, seed: 20_261_129).run()
    #expect(report.acknowledged == 60)
    #expect(report.versions == 61)
    #expect(report.lost == 0)
    #expect(report.failures.isEmpty, "\(report.failures.joined(separator: "\n"))")
  }
}
