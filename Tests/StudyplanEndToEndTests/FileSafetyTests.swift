import Foundation
import StudyplanCore
import Testing
import _StudyplanTestSupport

/// Files studyplan writes: a private store, and exports that never clobber and never half-write.
@Suite struct FileSafetyTests {
  @Test func aStoreCreatedAnywhereIsReadableByItsOwnerOnlyWithItsJournal() throws {
    let home = try BuiltBinary.makeHome()
    // The default store, whose folders studyplan makes ($XDG_DATA_HOME/studyplan).
    let db = home.appendingPathComponent("data/studyplan/studyplan.sqlite").path
    let result = try BuiltBinary.run(["-c", "new \"Private\"", "-c", "save"], home: home)
    #expect(result.status == 0)
    let manager = FileManager.default
    for path in [db, db + "-wal", db + "-shm"] where manager.fileExists(atPath: path) {
      let mode = (try manager.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?
        .intValue
      #expect(mode == 0o600, "\(path) has mode \(String(mode ?? 0, radix: 8))")
    }
    let folder = try manager.attributesOfItem(
      atPath: home.appendingPathComponent("data/studyplan").path)
    #expect((folder[.posixPermissions] as? NSNumber)?.intValue == 0o700)
  }

  @Test func anExportNeverReplacesAFileWithoutForce() throws {
    let home = try BuiltBinary.makeHome()
    let db = home.appendingPathComponent("x.sqlite").path
    let target = home.appendingPathComponent("taken.json")
    try Data("keep me\n".utf8).write(to: target)
    let refused = try BuiltBinary.run(
      [
        "--db", db, "-c", "new \"Export\"", "-c", "save", "-c",
        "export p1 protocol --format json -o \(target.path)",
      ], home: home)
    #expect(refused.status == 1)
    #expect(refused.errors.hasPrefix("error: '\(target.path)' exists; add --force to overwrite it"))
    #expect(try Data(contentsOf: target) == Data("keep me\n".utf8))
    let forced = try BuiltBinary.run(
      ["--db", db, "-c", "export p1 protocol --format json -o \(target.path) --force"], home: home)
    #expect(forced.status == 0)
    #expect(try ProtocolJSON.decode(Data(contentsOf: target), file: "taken.json").title == "Export")
  }

  /// Kills exports of a large protocol mid-write: the file is always one whole export, old or new.
  @Test func anExportKilledMidWriteLeavesTheOldFileWhole() throws {
    let home = try BuiltBinary.makeHome()
    let db = home.appendingPathComponent("x.sqlite").path
    var big = FuzzSandbox.richProtocol
    // No lineage: an import drops one naming a version the store does not hold.
    big.lineage = Lineage()
    for (index, title) in ["Old", "New"].enumerated() {
      big.title = title
      // About 6 MB, each text within the free-text limit: 600 roles of some 9 000 characters.
      big.roles = (0..<600).map { number in
        InformantRole(
          id: "r\(number)",
          name: LocalizedText(
            nb: String(repeating: "\(title) text. ", count: 900 + index), en: "role \(number)"),
          isCustom: true)
      }
      try ProtocolJSON.encode(big).write(to: home.appendingPathComponent("\(title).json"))
      _ = try BuiltBinary.run(["--db", db, "-c", "import \(home.path)/\(title).json"], home: home)
    }
    let target = home.appendingPathComponent("out.json")
    let exports = (0..<200).map {
      "export p\($0 % 2 + 1) protocol --format json -o \(target.path) --force"
    }
    let script = home.appendingPathComponent("exports.txt")
    try (exports.joined(separator: "\n") + "\n").write(
      to: script, atomically: true, encoding: .utf8)
    let whole = try ["Old", "New"].map {
      try Data(contentsOf: home.appendingPathComponent("\($0).json"))
    }

    var random = SeededGenerator(seed: 20_261_129)
    var killedMidRun = 0
    for _ in 0..<6 {
      let process = try LineProcess(
        binary: BuiltBinary.path, arguments: ["--db", db, "-f", script.path])
      _ = process.readLine(timeout: 30)  // the first export is written
      usleep(UInt32(random.int(0...300_000)))
      process.kill()
      if process.wait() < 0 { killedMidRun += 1 }
      #expect(
        try whole.contains(Data(contentsOf: target)), "out.json is not a whole export after a kill")
    }
    #expect(killedMidRun > 0)
  }
}
