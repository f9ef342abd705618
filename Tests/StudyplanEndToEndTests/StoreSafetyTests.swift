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
    #expect(told.contains("protocol 'p1' was saved elsewhere (now at version 2; you opened version 1)"))

    let store = try ProtocolStore(path: db)
    #expect(try store.history(of: "p1").map(\.title) == ["Shared", "B's title"])
  }

  @Test func killingAProcessMidSaveLosesNoAcknowledgedVersion() throws {
    let home = try BuiltBinary.makeHome()
    let db = home.appendingPathComponent("killed.sqlite").path
    var lines = ["new \"Killed\"", "save"]
    for round in 1...400 { lines += ["rename \"Round \(round)\"", "save --note \"round \(round)\""] }
    let script = home.appendingPathComponent("loop.txt")
    try (lines.joined(separator: "\n") + "\n").write(to: script, atomically: true, encoding: .utf8)

    var generator = SystemRandomNumberGenerator()
    var acknowledgedInAll = 0
    for _ in 0..<5 {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: BuiltBinary.path)
      process.arguments = ["--db", db, "-f", script.path]
      let output = Pipe()
      process.standardOutput = output
      process.standardError = FileHandle.nullDevice
      try process.run()
      usleep(UInt32.random(in: 20_000...150_000, using: &generator))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      let acknowledged = printed.split(separator: "\n").compactMap { line -> VersionReference? in
        guard line.hasPrefix("saved "), let word = line.split(separator: " ").dropFirst().first,
          let reference = try? ProtocolID.parseReference(String(word)), let version = reference.version
        else { return nil }
        return VersionReference(id: reference.id, version: version)
      }
      acknowledgedInAll += acknowledged.count
      let store = try ProtocolStore(path: db)
      #expect(try store.integrityCheck() == ["ok"])
      for reference in acknowledged {
        #expect(throws: Never.self) { _ = try store.version(reference) }
      }
    }
    #expect(acknowledgedInAll > 0, "no save was acknowledged before the kills: the test proved nothing")
  }
}
