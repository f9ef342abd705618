import Foundation
import StudyplanCore
import Testing
import ZIPFoundation
import _StudyplanTestSupport

/// `export ID package` through the built binary, for every shipped template: the zip unpacks,
/// its manifest holds every file's SHA-256, LibreOffice opens every DOCX, and two runs give the
/// same bytes.
@Suite struct StudyPackageBinaryTests {
  static let templates = ShippedProtocol.all.map(\.id)
  static let soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// A store holding the template `id` saved as p1.
  func prepared(_ id: String) throws -> (home: URL, db: String) {
    let home = try BuiltBinary.makeHome()
    let db = home.appendingPathComponent("s.sqlite").path
    let made = try BuiltBinary.run(
      ["--db", db, "-c", "new \"Pakke\" --from \(id)", "-c", "save"], home: home)
    #expect(made.status == 0, "\(made.errors)")
    return (home, db)
  }

  /// The entries of a zip, in order.
  static func unzip(_ data: Data) throws -> [(path: String, data: Data)] {
    let archive = try Archive(data: data, accessMode: .read)
    return try archive.map { entry in
      var bytes = Data()
      _ = try archive.extract(entry) { bytes.append($0) }
      return (entry.path, bytes)
    }
  }

  @Test(arguments: templates)
  func thePackageUnzipsItsManifestHoldsEveryFileAndTwoRunsAreIdentical(template: String) throws {
    let (home, db) = try prepared(template)
    let target = home.appendingPathComponent("pkg.zip")
    let first = try BuiltBinary.run(
      ["--db", db, "export", "p1", "package", "-o", target.path], home: home)
    #expect(first.status == 0, "\(first.errors)")
    #expect(first.output.contains("from p1@1"))
    let bytes = try Data(contentsOf: target)
    let files = try Self.unzip(bytes)
    #expect(files.allSatisfy { $0.path.hasPrefix("studyplan-p1-v1/") })
    let byName = Dictionary(
      uniqueKeysWithValues: files.map {
        (String($0.path.dropFirst("studyplan-p1-v1/".count)), $0.data)
      })
    let manifest = String(decoding: try #require(byName["SHA256SUMS"]), as: UTF8.self)
    let lines = manifest.split(separator: "\n")
    #expect(lines.count == files.count - 1)
    for line in lines {
      let hash = String(line.prefix(64))
      let name = String(line.dropFirst(66))
      let data = try #require(byName[name], "the manifest names '\(name)', which is not there")
      #expect(DataHash.sha256Hex(of: Array(data)) == hash, "\(name) does not match its hash")
    }
    let document = try ShippedProtocol.named(template).document()
    let readme = String(decoding: try #require(byName["README.md"]), as: UTF8.self)
    #expect(readme.contains("p1@1"))
    for name in byName.keys where name != "README.md" {
      #expect(readme.contains("`\(name)`"), "the README does not list \(name)")
    }
    for role in document.roles where document.guide != nil {
      #expect(byName["guides/guide-\(role.id).docx"] != nil, "no guide for \(role.id)")
    }
    #expect(byName["protocol.json"] != nil && byName["letters/letter-checklist.docx"] != nil)
    for role in document.roles {
      #expect(byName["letters/letter-\(role.id).docx"] != nil, "no letter for \(role.id)")
    }
    #expect(byName["methods.docx"] != nil)
    #expect((byName["sample.csv"] != nil) == (document.sample != nil))
    #expect(byName["figures/map.svg"] != nil)
    #expect((byName["figures/chart-reform.svg"] != nil) == (document.sample != nil))

    let again = try BuiltBinary.run(
      ["--db", db, "export", "p1", "package", "-o", target.path, "--force"], home: home)
    #expect(again.status == 0)
    #expect(try Data(contentsOf: target) == bytes, "two runs gave different bytes")
  }

  @Test(
    .enabled(
      if: soffice != nil,
      "LibreOffice (soffice) is not installed; install libreoffice-writer-nogui to open the DOCX"),
    .timeLimit(.minutes(5)), arguments: templates)
  func libreOfficeOpensEveryDocxOfThePackage(template: String) throws {
    let (home, db) = try prepared(template)
    let folder = home.appendingPathComponent("pkg")
    let made = try BuiltBinary.run(
      ["--db", db, "export", "p1", "package", "-o", folder.path], home: home)
    #expect(made.status == 0, "\(made.errors)")
    let docx = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".docx") }.sorted()
    #expect(docx.count >= 3)
    let out = home.appendingPathComponent("txt")
    let converted = try BuiltBinary.runProgram(
      try #require(Self.soffice),
      [
        "-env:UserInstallation=file://\(home.path)/profile", "--headless", "--convert-to",
        "txt:Text (encoded):UTF8", "--outdir", out.path,
      ] + docx.map { folder.appendingPathComponent($0).path })
    #expect(converted.status == 0, "soffice failed: \(converted.errors)")
    for name in docx {
      let stem = URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent
      let text = try String(
        contentsOf: out.appendingPathComponent("\(stem).txt"), encoding: .utf8)
      #expect(text.count > 200, "LibreOffice read little of \(name)")
    }
  }

  @Test func aFolderPackageIsNeverWrittenOverAnExistingFolderUnasked() throws {
    let (home, db) = try prepared("model-1")
    let folder = home.appendingPathComponent("pkg")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data("keep".utf8).write(to: folder.appendingPathComponent("mine.txt"))
    let refused = try BuiltBinary.run(
      ["--db", db, "export", "p1", "package", "-o", folder.path, "--format", "md"], home: home)
    #expect(refused.status == 1)
    #expect(refused.errors.contains("exists; add --force to overwrite it"))
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("mine.txt").path))
    // --force does not empty a folder that is not a package studyplan wrote.
    let notOurs = try BuiltBinary.run(
      ["--db", db, "export", "p1", "package", "-o", folder.path, "--format", "md", "--force"],
      home: home)
    #expect(notOurs.status == 1)
    #expect(notOurs.errors.contains("not a studyplan package"), "\(notOurs.errors)")
    // Over a package it wrote, --force replaces the package's files and keeps the planner's.
    try FileManager.default.removeItem(at: folder.appendingPathComponent("mine.txt"))
    let first = try BuiltBinary.run(
      ["--db", db, "export", "p1", "package", "-o", folder.path, "--format", "md", "--force"],
      home: home)
    #expect(first.status == 0, "\(first.errors)")
    try Data("keep".utf8).write(to: folder.appendingPathComponent("mine.txt"))
    let forced = try BuiltBinary.run(
      ["--db", db, "export", "p1", "package", "-o", folder.path, "--format", "md", "--force"],
      home: home)
    #expect(forced.status == 0, "\(forced.errors)")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(
      names == [
        "README.md", "SHA256SUMS", "figures", "guides", "letters", "methods.md", "mine.txt",
        "protocol.json",
      ])
    let siblings = try FileManager.default.contentsOfDirectory(atPath: home.path)
    #expect(!siblings.contains { $0.hasPrefix(".pkg.") }, "a staging folder was left behind")
    let hidden = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(!hidden.contains { $0.hasPrefix(".") }, "a temporary file was left behind")
  }

  @Test func aPackageNeedsATargetAndADocumentFormat() throws {
    let (home, db) = try prepared("model-1")
    let noTarget = try BuiltBinary.run(["--db", db, "export", "p1", "package"], home: home)
    #expect(noTarget.status == 2)
    #expect(noTarget.errors.contains("'export package' needs -o DIR|FILE.zip"))
    let badFormat = try BuiltBinary.run(
      ["--db", db, "export", "p1", "package", "--format", "txt", "-o", "x.zip"], home: home)
    #expect(badFormat.status == 2)
    #expect(badFormat.errors.contains("'docx', 'md' or 'html'"))
  }
}
