import Foundation
import Testing
import _StudyplanTestSupport

/// `--force` never deletes what is not studyplan's (issue 19): a package replaces only the files
/// its old `SHA256SUMS` listed; the working folder, its ancestors, the store's folder, links and
/// devices are refused with and without `--force`; replaced files keep mode and links.
@Suite struct ExportTargetSafetyTests {
  /// Whether this process may make device nodes (root in a container): the device tests need one
  /// that is no real device of this machine's.
  static let canMakeDevices: Bool = {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("studyplan-mknod-\(UUID().uuidString)").path
    defer { unlink(path) }
    return mknod(path, S_IFBLK | 0o600, makedev(7, 200)) == 0
  }()

  static func makedev(_ major: UInt32, _ minor: UInt32) -> dev_t {
    dev_t(minor & 0xFF) | (dev_t(major & 0xFFF) << 8) | (dev_t(minor & ~0xFF) << 12)
  }

  /// A home with a `work` folder holding the store, a file of the user's, and a saved protocol.
  func makeWork() throws -> (home: URL, work: URL, db: String) {
    let home = try BuiltBinary.makeHome()
    let work = home.appendingPathComponent("work")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    let db = work.appendingPathComponent("s.sqlite").path
    try Data("mine\n".utf8).write(to: work.appendingPathComponent("notes.txt"))
    let made = try BuiltBinary.run(
      ["--db", db, "-c", "new --from model-3 \"Pkg\"", "-c", "save"], home: home)
    #expect(made.status == 0, "\(made.errors)")
    return (home, work, db)
  }

  func export(_ db: String, _ target: String, force: Bool, home: URL, in folder: URL) throws
    -> BuiltBinary.Result
  {
    try BuiltBinary.run(
      ["--db", db, "export", "p1", "package", "--format", "md", "-o", target]
        + (force ? ["--force"] : []), home: home, workingDirectory: folder)
  }

  func names(_ folder: URL) throws -> Set<String> {
    Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
  }

  @Test func forceOverAPackageReplacesOnlyItsFilesAndKeepsTheRest() throws {
    let (home, work, db) = try makeWork()
    defer { try? FileManager.default.removeItem(at: home) }
    let first = try export(db, "pkg", force: false, home: home, in: work)
    #expect(first.status == 0, "\(first.errors)")
    let package = work.appendingPathComponent("pkg")
    // The user's own files in the package folder, and a stale file in a sub-folder it had.
    try Data("my notes\n".utf8).write(to: package.appendingPathComponent("my-notes.txt"))
    try Data("x\n".utf8).write(to: package.appendingPathComponent("guides/my-draft.md"))
    let readme = package.appendingPathComponent("README.md")
    chmod(readme.path, 0o600)
    let again = try export(db, "pkg", force: true, home: home, in: work)
    #expect(again.status == 0, "\(again.errors)")
    #expect(try names(package).contains("my-notes.txt"))
    #expect(try names(package.appendingPathComponent("guides")).contains("my-draft.md"))
    #expect(try names(package).isSuperset(of: ["README.md", "SHA256SUMS", "protocol.json"]))
    var info = stat()
    stat(readme.path, &info)
    #expect(info.st_mode & 0o777 == 0o600, "README lost its mode")
    // sha256sum agrees with the new manifest.
    let check = try BuiltBinary.runProgram(
      "/bin/sh", ["-c", "cd '\(package.path)' && sha256sum -c --quiet SHA256SUMS"])
    #expect(check.status == 0, "\(check.output)\(check.errors)")
    // The store and the user's file beside the package were never touched.
    #expect(try names(work).isSuperset(of: ["s.sqlite", "notes.txt", "pkg"]))
  }

  @Test(arguments: [".", "..", "../.."])
  func forceOverTheWorkingFolderOrAnAncestorIsRefused(target: String) throws {
    let (home, work, db) = try makeWork()
    defer { try? FileManager.default.removeItem(at: home) }
    let inner = work.appendingPathComponent("inner")
    try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
    let before = try names(work)
    let result = try export(db, target, force: true, home: home, in: inner)
    #expect(result.status == 1)
    #expect(result.errors.hasPrefix("error: will not write '\(target)', with or without --force"))
    #expect(result.errors.split(separator: "\n").count == 1, "\(result.errors)")
    #expect(try names(work) == before)
    #expect(FileManager.default.fileExists(atPath: db))
  }

  @Test func forceOverTheStoresFolderIsRefused() throws {
    let (home, work, db) = try makeWork()
    defer { try? FileManager.default.removeItem(at: home) }
    // From outside: the folder holds the store.
    let result = try export(db, work.path, force: true, home: home, in: home)
    #expect(result.status == 1)
    #expect(result.errors.contains("it holds the protocol store"), "\(result.errors)")
    #expect(try names(work).isSuperset(of: ["s.sqlite", "notes.txt"]))
  }

  @Test func forceOverAFolderThatIsNoPackageIsRefusedAndAnEmptyOneIsWritten() throws {
    let (home, work, db) = try makeWork()
    defer { try? FileManager.default.removeItem(at: home) }
    let other = home.appendingPathComponent("other")
    try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
    try Data("keep\n".utf8).write(to: other.appendingPathComponent("thesis.docx"))
    let refused = try export(db, other.path, force: true, home: home, in: work)
    #expect(refused.status == 1)
    #expect(refused.errors.contains("not a studyplan package"), "\(refused.errors)")
    #expect(try names(other) == ["thesis.docx"])
    // A manifest that names a file outside the folder is no package either.
    try Data("\(String(repeating: "0", count: 64))  ../notes.txt\n".utf8)
      .write(to: other.appendingPathComponent("SHA256SUMS"))
    let crafted = try export(db, other.path, force: true, home: home, in: work)
    #expect(crafted.status == 1)
    #expect(try names(work).contains("notes.txt"))
    let empty = home.appendingPathComponent("empty")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let written = try export(db, empty.path, force: true, home: home, in: work)
    #expect(written.status == 0, "\(written.errors)")
    #expect(try names(empty).contains("SHA256SUMS"))
  }

  @Test func aLinkToAFolderAndADeviceAreRefusedWithAndWithoutForce() throws {
    let (home, work, db) = try makeWork()
    defer { try? FileManager.default.removeItem(at: home) }
    #expect(try export(db, "pkg", force: false, home: home, in: work).status == 0)
    let link = work.appendingPathComponent("link").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "pkg")
    for force in [false, true] {
      for target in [link, "/dev/null"] {
        var before = stat()
        lstat(target, &before)
        let result = try export(db, target, force: force, home: home, in: work)
        #expect(result.status != 0)
        #expect(result.errors.split(separator: "\n").count == 1, "\(result.errors)")
        var after = stat()
        lstat(target, &after)
        #expect(before.st_ino == after.st_ino && before.st_mode == after.st_mode)
      }
    }
  }

  @Test(.enabled(if: canMakeDevices, "needs to make device nodes (root)"))
  func aDiskOrAnUnknownDeviceIsNeverWrittenWithOrWithoutForce() throws {
    let (home, work, db) = try makeWork()
    defer { try? FileManager.default.removeItem(at: home) }
    // Nodes for a loop disk and /dev/mem: refused before anything opens them.
    let disk = work.appendingPathComponent("disk").path
    let memory = work.appendingPathComponent("mem").path
    #expect(mknod(disk, S_IFBLK | 0o600, Self.makedev(7, 200)) == 0)
    #expect(mknod(memory, S_IFCHR | 0o600, Self.makedev(1, 1)) == 0)
    for target in [disk, memory] {
      for force in [false, true] {
        let result = try BuiltBinary.run(
          ["--db", db, "export", "p1", "protocol", "--format", "json", "-o", target]
            + (force ? ["--force"] : []), home: home)
        #expect(result.status == 1, "\(target): \(result.errors)")
        #expect(result.errors.contains("with or without --force"), "\(result.errors)")
      }
    }
  }

  @Test func aReplacedFileKeepsItsModeAndItsHardLinks() throws {
    let (home, work, db) = try makeWork()
    defer { try? FileManager.default.removeItem(at: home) }
    let file = work.appendingPathComponent("p1.json")
    let twin = work.appendingPathComponent("twin.json")
    try Data("old\n".utf8).write(to: file)
    chmod(file.path, 0o600)
    let plain = work.appendingPathComponent("plain.json")
    try Data("old\n".utf8).write(to: plain)
    chmod(plain.path, 0o640)
    link(file.path, twin.path)
    for target in [file, plain] {
      let result = try BuiltBinary.run(
        ["--db", db, "export", "p1", "protocol", "--format", "json", "-o", target.path, "--force"],
        home: home)
      #expect(result.status == 0, "\(result.errors)")
    }
    var info = stat()
    stat(file.path, &info)
    #expect(info.st_mode & 0o777 == 0o600)
    #expect(info.st_nlink == 2, "the hard link was broken")
    #expect(try String(contentsOf: twin, encoding: .utf8).contains("studyplan-protocol"))
    stat(plain.path, &info)
    #expect(info.st_mode & 0o777 == 0o640)
    #expect(try String(contentsOf: plain, encoding: .utf8).contains("studyplan-protocol"))
  }

  @Test func aStagingFolderLeftByAKilledPackageExportIsReportedThenRemoved() throws {
    let (home, work, db) = try makeWork()
    defer { try? FileManager.default.removeItem(at: home) }
    // As a SIGKILLed package export leaves it: hidden, beside the target, named after a dead
    // process, holding the protocol.
    let staging = work.appendingPathComponent(".pkg.studyplan-partial-999999")
    try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
    try Data("{}".utf8).write(to: staging.appendingPathComponent("protocol.json"))
    let doctor = try BuiltBinary.run(["--db", db, "doctor"], home: home, workingDirectory: work)
    #expect(doctor.status == 1)
    #expect(doctor.output.contains("problem temp files"), "\(doctor.output)")
    #expect(doctor.output.contains(".pkg.studyplan-partial-999999"), "\(doctor.output)")
    #expect(try export(db, "pkg", force: false, home: home, in: work).status == 0)
    #expect(!FileManager.default.fileExists(atPath: staging.path))
  }
}
