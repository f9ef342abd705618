import Foundation
import GRDB
import StudyplanCore
import Testing
import _StudyplanTestSupport

/// Issue 16 through the built binary: first starts, stores it cannot or may not read, output
/// that cannot be written, exports over links and devices, scripts from pipes, `doctor`.
@Suite struct HardeningBinaryTests {
  static func store(_ home: URL, _ name: String = "s.sqlite") -> String {
    home.appendingPathComponent(name).path
  }

  /// A store with one saved protocol.
  static func makeStore() throws -> (home: URL, db: String) {
    let home = try BuiltBinary.makeHome()
    let db = store(home)
    let made = try BuiltBinary.run(["--db", db, "-c", "new \"P\"", "-c", "save"], home: home)
    #expect(made.status == 0)
    return (home, db)
  }

  // MARK: - The store

  /// A shortened `make reliability` (d): three processes on a missing store, 50 times.
  @Test func threeProcessesStartingOnAMissingStoreLoseNoSaveAndNeverSeeAlreadyExists() throws {
    let report = try FirstStartRace(binary: BuiltBinary.path, trials: 50).run()
    #expect(report.lost == 0)
    #expect(report.alreadyExists == 0)
    #expect(report.failures.isEmpty, "\(report.failures.prefix(5))")
    #expect(report.acknowledged == 150)
  }

  @Test(arguments: [
    "INSERT INTO grdb_migrations (identifier) VALUES ('v9: from the future')",
    "PRAGMA user_version = 99",
  ])
  func aStoreWrittenByANewerStudyplanIsRefusedAndLeftByteIdentical(change: String) throws {
    let (home, db) = try Self.makeStore()
    let queue = try DatabaseQueue(path: db)
    try queue.writeWithoutTransaction { try $0.execute(sql: change) }
    try queue.close()
    let before = try Data(contentsOf: URL(fileURLWithPath: db))
    for command in ["list", "show p1", "new \"X\""] {
      let result = try BuiltBinary.run(["--db", db, "-c", command, "-c", "save"], home: home)
      #expect(result.status == 3)
      #expect(result.errors.contains("was written by a newer studyplan"), "\(result.errors)")
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
  }

  @Test func aStoreOthersCanReadIsMadePrivateWithANotice() throws {
    let (home, db) = try Self.makeStore()
    chmod(db, 0o644)
    let result = try BuiltBinary.run(["--db", db, "list"], home: home)
    #expect(result.status == 0)
    #expect(
      result.errors.contains("was readable by other users (mode 0644); made it 0600"),
      "\(result.errors)")
    var info = stat()
    stat(db, &info)
    #expect(info.st_mode & 0o777 == 0o600)
  }

  /// Root may write anything: the test runs the binary as 'nobody', which needs root and
  /// setpriv; elsewhere it is skipped, and says so.
  static let canDropToNobody =
    geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

  @Test(
    .enabled(
      if: canDropToNobody, "needs root and /usr/bin/setpriv to run the binary as 'nobody'"))
  func aStoreThisUserCannotWriteIsListedAndExportedButNotSavedTo() throws {
    let folder = URL(fileURLWithPath: "/tmp/studyplan-readonly-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let binary = folder.appendingPathComponent("studyplan").path
    try FileManager.default.copyItem(atPath: BuiltBinary.path, toPath: binary)
    let db = folder.appendingPathComponent("s.sqlite").path
    _ = try BuiltBinary.run(["--db", db, "-c", "new \"Shared\"", "-c", "save"], home: folder)
    chmod(folder.path, 0o755)
    chmod(db, 0o444)
    func asNobody(_ arguments: [String]) throws -> BuiltBinary.Result {
      try BuiltBinary.runProgram(
        "/usr/bin/setpriv",
        ["--reuid=65534", "--regid=65534", "--clear-groups", binary, "--db", db] + arguments,
        environment: ["HOME": "/tmp", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"])
    }
    let listed = try asNobody(["list"])
    #expect(listed.status == 0, "\(listed.errors)")
    #expect(listed.output.contains("Shared"))
    #expect(listed.errors.contains("is read-only for you"))
    let exported = try asNobody(["export", "p1", "protocol", "--format", "json"])
    #expect(exported.status == 0)
    let saved = try asNobody(["-c", "open p1", "-c", "rename \"Mine\"", "-c", "save"])
    #expect(saved.status == 3)
    #expect(saved.errors.contains("read-only for this user"))
  }

  @Test func readingTheStoreNeverWaitsForAnotherProcesssWrite() throws {
    let (home, db) = try Self.makeStore()
    // Another process holds the write lock for as long as this test runs the reads.
    let queue = try DatabaseQueue(path: db)
    try queue.writeWithoutTransaction { db in
      try db.execute(sql: "BEGIN IMMEDIATE")
      for command in [["list"], ["show", "p1"], ["export", "p1", "protocol", "--format", "json"]] {
        let result = try BuiltBinary.run(["--db", Self.store(home)] + command, home: home)
        #expect(result.status == 0, "\(command): \(result.errors)")
      }
      try db.execute(sql: "ROLLBACK")
    }
    _ = db
  }

  @Test func theMemoryStoreIsInMemoryNotAFileNamedMemory() throws {
    let home = try BuiltBinary.makeHome()
    let result = try BuiltBinary.runProgram(
      "/bin/sh",
      [
        "-c",
        "cd '\(home.path)' && exec '\(BuiltBinary.path)' --db :memory: -c 'new \"M\"' -c save -c list",
      ])
    #expect(result.status == 0)
    #expect(result.output.contains("saved p1@1 'M'"))
    #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent(":memory:").path))
  }

  @Test func withoutHomeTheStoreIsNeverMadeInTheCurrentFolder() throws {
    let home = try BuiltBinary.makeHome()
    let data = home.appendingPathComponent("data").path
    let result = try BuiltBinary.runProgram(
      "/bin/sh",
      [
        "-c",
        "cd '\(home.path)' && exec env -i PATH=/usr/bin:/bin XDG_DATA_HOME='\(data)' '\(BuiltBinary.path)' list",
      ])
    #expect(result.status == 0, "\(result.errors)")
    #expect(FileManager.default.fileExists(atPath: data + "/studyplan/studyplan.sqlite"))
    #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("studyplan").path))
  }

  // MARK: - Output that cannot be written

  @Test func showToAFullDeviceEndsWithOneErrorLineAndNoBacktrace() throws {
    let (home, db) = try Self.makeStore()
    let result = try BuiltBinary.runProgram(
      "/bin/sh", ["-c", "exec '\(BuiltBinary.path)' --db '\(db)' show p1 > /dev/full"],
      environment: ["HOME": home.path, "PATH": "/usr/bin:/bin"])
    #expect(result.status == 3)
    #expect(
      result.errors == "error: could not write to standard output: no space left on the device\n")
  }

  @Test func aClosedPipeWithSIGPIPEIgnoredEndsWithOneErrorLine() throws {
    let (home, db) = try Self.makeStore()
    // The reader is gone before studyplan writes; `trap '' PIPE` is inherited across exec.
    let result = try BuiltBinary.runProgram(
      "/bin/bash",
      [
        "-c",
        "trap '' PIPE; exec 3>&1; '\(BuiltBinary.path)' --db '\(db)' show p1 2>&3 | (exec 0<&-; sleep 0); "
          + "exit ${PIPESTATUS[0]}",
      ],
      environment: ["HOME": home.path, "PATH": "/usr/bin:/bin"])
    // Either the write failed (exit 3, one line) or it fitted in the pipe before the reader
    // left (exit 0); never a trap (132/134) or a signal death.
    #expect([0, 3].contains(result.status), "\(result.status): \(result.output)")
    if result.status == 3 {
      #expect(result.output == "error: could not write to standard output: broken pipe\n")
    }
  }

  // MARK: - Exports over links, devices and taken folders

  @Test func anExportThroughASymlinkWritesItsTargetAndKeepsTheLink() throws {
    let (home, db) = try Self.makeStore()
    let target = home.appendingPathComponent("target.json")
    try Data("old\n".utf8).write(to: target)
    let link = home.appendingPathComponent("link.json").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "target.json")
    let refused = try BuiltBinary.run(
      ["--db", db, "export", "p1", "protocol", "--format", "json", "-o", link], home: home)
    #expect(refused.status == 1)
    let forced = try BuiltBinary.run(
      ["--db", db, "export", "p1", "protocol", "--format", "json", "-o", link, "--force"],
      home: home)
    #expect(forced.status == 0)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "target.json")
    #expect(try String(contentsOf: target, encoding: .utf8).contains("studyplan-protocol"))
  }

  @Test func aDanglingSymlinkIsFollowedOnlyWithForce() throws {
    let (home, db) = try Self.makeStore()
    let link = home.appendingPathComponent("dangling.json").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "missing.json")
    let refused = try BuiltBinary.run(
      ["--db", db, "export", "p1", "protocol", "--format", "json", "-o", link], home: home)
    #expect(refused.status == 3)
    #expect(refused.errors.contains("symbolic link to a file that does not exist"))
    let forced = try BuiltBinary.run(
      ["--db", db, "export", "p1", "protocol", "--format", "json", "-o", link, "--force"],
      home: home)
    #expect(forced.status == 0)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "missing.json")
    #expect(
      FileManager.default.fileExists(atPath: home.appendingPathComponent("missing.json").path))
  }

  @Test func anExportToADeviceWritesThroughItAndLeavesTheDevice() throws {
    let (home, db) = try Self.makeStore()
    let null = try BuiltBinary.run(
      ["--db", db, "export", "p1", "protocol", "--format", "json", "-o", "/dev/null", "--force"],
      home: home)
    #expect(null.status == 0)
    let full = try BuiltBinary.run(
      ["--db", db, "export", "p1", "protocol", "--format", "json", "-o", "/dev/full", "--force"],
      home: home)
    #expect(full.status == 3)
    #expect(full.errors.contains("cannot write '/dev/full': the disk is full"))
    for device in ["/dev/null", "/dev/full"] {
      var info = stat()
      lstat(device, &info)
      #expect(info.st_mode & S_IFMT == S_IFCHR, "\(device) is no longer a device")
    }
  }

  @Test func allRolesChecksEveryFileBeforeWritingAny() throws {
    let home = try BuiltBinary.makeHome()
    let db = Self.store(home)
    let folder = home.appendingPathComponent("guides")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    // The last role's file is taken: nothing at all may be written.
    try Data("keep\n".utf8).write(to: folder.appendingPathComponent("p1-guide-kommunedirektor.md"))
    let result = try BuiltBinary.run(
      [
        "--db", db, "-c", "new \"Roles\"", "-c", "roles add ordfører rådmann", "-c",
        "guide build --length 45", "-c", "save", "-c",
        "export p1 guide --all-roles --format md -o \(folder.path)",
      ], home: home)
    #expect(result.status == 1, "\(result.errors)")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(names == ["p1-guide-kommunedirektor.md"], "\(names)")
  }

  @Test func aTemporaryFileLeftByAKilledExportIsReportedAndThenCleanedUp() throws {
    let (home, db) = try Self.makeStore()
    // As a SIGKILLed export leaves it: hidden, beside the target, named after a dead process.
    let stale = home.appendingPathComponent(".p1.json.studyplan-export-999999")
    try Data("half".utf8).write(to: stale)
    let doctor = try BuiltBinary.runProgram(
      "/bin/sh", ["-c", "cd '\(home.path)' && exec '\(BuiltBinary.path)' --db '\(db)' doctor"],
      environment: ["HOME": home.path, "PATH": "/usr/bin:/bin"])
    #expect(doctor.status == 1)
    #expect(doctor.output.contains("problem temp files"), "\(doctor.output)")
    let export = try BuiltBinary.run(
      [
        "--db", db, "export", "p1", "protocol", "--format", "json", "-o",
        home.appendingPathComponent("p1.json").path,
      ], home: home)
    #expect(export.status == 0)
    #expect(!FileManager.default.fileExists(atPath: stale.path))
  }

  // MARK: - doctor

  @Test func doctorReportsOneLinePerCheckAndFailsOnAProblem() throws {
    let (home, db) = try Self.makeStore()
    let healthy = try BuiltBinary.run(["--db", db, "doctor"], home: home)
    #expect(healthy.status == 0, "\(healthy.output)\(healthy.errors)")
    let lines = healthy.output.split(separator: "\n")
    #expect(lines.count == 7)
    for check in ["permissions", "companions", "integrity", "schema", "drafts", "temp files"] {
      #expect(lines.contains { $0.hasPrefix("ok") && $0.contains(check) }, "\(check)")
    }
    chmod(db, 0o640)
    let loose = try BuiltBinary.run(["--db", db, "doctor"], home: home)
    #expect(loose.status == 1)
    #expect(loose.output.contains("problem permissions  mode 0640"))
    #expect(loose.errors.contains("error: doctor found 1 problem"))
  }

  @Test func doctorFindsADamagedStore() throws {
    let (home, db) = try Self.makeStore()
    // Overwrite the middle of the file (not the header): SQLite's own check notices.
    let handle = try FileHandle(forUpdating: URL(fileURLWithPath: db))
    let size = try handle.seekToEnd()
    try handle.seek(toOffset: size / 2)
    try handle.write(contentsOf: Data(repeating: 0xA5, count: 2048))
    try handle.close()
    let result = try BuiltBinary.run(["--db", db, "doctor"], home: home)
    #expect(result.status != 0)
    #expect(result.output.contains("problem"), "\(result.output)")
  }

  // MARK: - Scripts from pipes, CRLF, bad UTF-8

  @Test func scriptsAndImportsComeFromPipesAndFifos() throws {
    let (home, db) = try Self.makeStore()
    let json = home.appendingPathComponent("p1.json").path
    _ = try BuiltBinary.run(
      ["--db", db, "export", "p1", "protocol", "--format", "json", "-o", json], home: home)
    let result = try BuiltBinary.runProgram(
      "/bin/bash",
      [
        "-c",
        "'\(BuiltBinary.path)' --db '\(db)' -f <(printf 'list\\n') && "
          + "'\(BuiltBinary.path)' --db '\(db)' import <(cat '\(json)') && "
          + "printf 'list\\n' | '\(BuiltBinary.path)' --db '\(db)' -f /dev/stdin",
      ],
      environment: ["HOME": home.path, "PATH": "/usr/bin:/bin"])
    #expect(result.status == 0, "\(result.errors)")
    #expect(result.output.contains("imported 'P' as p2@1"))
  }

  @Test func aCRLFScriptRunsLineByLine() throws {
    let (home, db) = try Self.makeStore()
    let script = home.appendingPathComponent("windows.txt")
    try Data("show p1\r\nhistory p1\r\n".utf8).write(to: script)
    let result = try BuiltBinary.run(["--db", db, "-f", script.path], home: home)
    #expect(result.status == 0, "\(result.errors)")
    #expect(result.output.contains("p1@1"))
  }

  @Test func invalidUTF8InAScriptNamesItsLine() throws {
    let (home, db) = try Self.makeStore()
    let script = home.appendingPathComponent("bad.txt")
    try Data([0x6C, 0x69, 0x73, 0x74, 0x0A, 0x6C, 0x69, 0x73, 0x74, 0x20, 0xFF, 0xFE, 0x0A]).write(
      to: script)
    let result = try BuiltBinary.run(["--db", db, "-f", script.path], home: home)
    #expect(result.status == 3)
    #expect(result.errors == "error: script '\(script.path)' line 2 is not valid UTF-8 text\n")
  }

  // MARK: - Shortened `make reliability` scenarios of issue 16

  @Test func reliabilityBoundaryImportsAreEachRefusedAndLocated() throws {
    let report = try HardeningRun(binary: BuiltBinary.path).boundaryImports()
    #expect(report.cases > 40)
    #expect(report.failures.isEmpty, "\(report.failures.prefix(5))")
  }

  @Test func reliabilityOutputToAFullDeviceOrAClosedPipeEndsWithOneLine() throws {
    let report = try HardeningRun(binary: BuiltBinary.path).outputFaults()
    #expect(report.cases == 20)
    #expect(report.failures.isEmpty, "\(report.failures.prefix(5))")
  }

  @Test func reliabilityExportsNeverReplaceLinksOrSpecialFiles() throws {
    let report = try HardeningRun(binary: BuiltBinary.path).specialFileExports()
    #expect(report.cases == 14)
    #expect(report.failures.isEmpty, "\(report.failures.prefix(5))")
  }

  @Test func reliabilitySupersededStoresAreRefusedAndUntouched() throws {
    let report = try HardeningRun(binary: BuiltBinary.path).supersededStores()
    #expect(report.cases == 18)
    #expect(report.failures.isEmpty, "\(report.failures.prefix(5))")
  }

  @Test func reliabilityHostileTextIsEscapedAndPersonalDataWarnedEverywhere() throws {
    let report = try HardeningRun(binary: BuiltBinary.path).hostileText()
    #expect(report.cases > 100)
    #expect(report.failures.isEmpty, "\(report.failures.prefix(5))")
  }
}
