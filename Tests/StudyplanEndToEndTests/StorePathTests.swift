import Foundation
import Testing
import _StudyplanTestSupport

/// Where the store may be (issue 19): `--db` never makes folders, a store URL is refused,
/// `doctor` never makes a store and notices companions another user left.
@Suite struct StorePathTests {
  @Test func dbInAMissingFolderIsAnErrorNamingItAndMakesNothing() throws {
    let home = try BuiltBinary.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let db = home.appendingPathComponent("typo/nested/s.sqlite").path
    let result = try BuiltBinary.run(["--db", db, "-c", "new \"P\"", "-c", "save"], home: home)
    #expect(result.status == 3)
    #expect(
      result.errors.contains("its folder '\(home.path)/typo/nested' does not exist"),
      "\(result.errors)")
    #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("typo").path))
  }

  @Test func theDefaultStoreStillGetsItsFolders() throws {
    let home = try BuiltBinary.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let result = try BuiltBinary.run(["-c", "new \"P\"", "-c", "save"], home: home)
    #expect(result.status == 0, "\(result.errors)")
    #expect(
      FileManager.default.fileExists(
        atPath: home.appendingPathComponent("data/studyplan/studyplan.sqlite").path))
  }

  @Test(arguments: ["https://planner@localhost/studyplan", "sqlite:///tmp/x.sqlite"])
  func aStoreURLIsAUsageErrorAndLeavesNoFolder(url: String) throws {
    let home = try BuiltBinary.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let result = try BuiltBinary.run(
      ["--db", url, "list"], home: home, workingDirectory: home)
    #expect(result.status == 2)
    #expect(result.errors.split(separator: "\n").count == 1, "\(result.errors)")
    #expect(result.errors.contains("is not a store studyplan can open"), "\(result.errors)")
    let left = try FileManager.default.contentsOfDirectory(atPath: home.path)
    #expect(!left.contains { $0.contains(":") }, "\(left)")
  }

  @Test func doctorOnAMissingStoreSaysSoAndMakesNone() throws {
    let home = try BuiltBinary.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let db = home.appendingPathComponent("none.sqlite").path
    let result = try BuiltBinary.run(["--db", db, "doctor"], home: home)
    #expect(result.status == 3)
    #expect(result.output.contains("problem open         there is no store at"), "\(result.output)")
    #expect(!FileManager.default.fileExists(atPath: db))
  }

  @Test(.enabled(if: geteuid() == 0, "needs root to give a file to another user"))
  func doctorReportsCompanionFilesAnotherUserLeft() throws {
    let home = try BuiltBinary.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let db = home.appendingPathComponent("s.sqlite").path
    #expect(
      try BuiltBinary.run(["--db", db, "-c", "new \"P\"", "-c", "save"], home: home).status == 0)
    // As another user's read leaves them: a -shm file that user owns.
    let shm = db + "-shm"
    #expect(FileManager.default.createFile(atPath: shm, contents: Data(count: 32_768)))
    #expect(chown(shm, 65_534, 65_534) == 0)
    let result = try BuiltBinary.run(["--db", db, "doctor"], home: home)
    #expect(result.status == 1, "\(result.output)")
    #expect(
      result.output.contains(
        "problem companions   's.sqlite-shm' (uid 65534) belong to another user"),
      "\(result.output)")
  }
}
