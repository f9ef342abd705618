import Foundation
import Testing
import _StudyplanTestSupport

/// The shipped protocols of `Protocols/` through the built binary: import → export gives the
/// file back byte for byte, and every template opens, saves and exports in every format.
@Suite struct ShippedProtocolBinaryTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static var files: [String] {
    let folder = root.appendingPathComponent("Protocols")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted()
  }

  @Test(arguments: files)
  func importThenExportGivesTheShippedFileBack(file: String) throws {
    let home = try BuiltBinary.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let source = Self.root.appendingPathComponent("Protocols/\(file)")
    let exported = home.appendingPathComponent("exported.json")
    let run = try BuiltBinary.run(
      [
        "--db", home.appendingPathComponent("s.sqlite").path, "-c", "import \(source.path)",
        "-c", "export p1 protocol --format json -o \(exported.path)",
      ], home: home)
    #expect(run.status == 0, "\(run.errors)")
    #expect(try Data(contentsOf: exported) == Data(contentsOf: source))
  }

  @Test(arguments: files.map { String($0.dropLast(".json".count)) })
  func everyTemplateOpensSavesAndExports(template: String) throws {
    let home = try BuiltBinary.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let out = home.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    var commands = [#"new "Fra malen" --from \#(template)"#, "save --note first"]
    for format in ["md", "html", "docx", "txt"] {
      commands.append(
        "export p1 guide --all-roles --format \(format) -o \(out.path)/guides-\(format)")
      commands.append("export p1 letter --format \(format) -o \(out.path)/letter.\(format)")
      commands.append("export p1 methods --format \(format) -o \(out.path)/methods.\(format)")
    }
    commands.append("export p1 protocol --format json -o \(out.path)/protocol.json")
    commands.append("show p1")
    let run = try BuiltBinary.run(
      ["--db", home.appendingPathComponent("s.sqlite").path] + commands.flatMap { ["-c", $0] },
      home: home)
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output.contains("saved p1@1 'Fra malen'"))
    #expect(run.output.contains("started from template: \(template)"))
    let guides = try FileManager.default.contentsOfDirectory(atPath: out.path + "/guides-docx")
    #expect(!guides.isEmpty && guides.allSatisfy { $0.hasSuffix(".docx") })
    for name in ["letter.md", "letter.docx", "methods.txt", "methods.html", "protocol.json"] {
      let size =
        (try? FileManager.default.attributesOfItem(atPath: "\(out.path)/\(name)")[.size]) as? Int
      #expect((size ?? 0) > 0, "\(name)")
    }
    let json = try String(contentsOf: out.appendingPathComponent("protocol.json"), encoding: .utf8)
    #expect(json.contains(#""template" : "\#(template)""#))
    #expect(json.contains(#""title" : "Fra malen""#))
  }

  @Test func anUnknownTemplateFailsWithASuggestionAndStartsNothing() throws {
    let home = try BuiltBinary.makeHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let run = try BuiltBinary.run(
      ["--db", home.appendingPathComponent("s.sqlite").path, "new", "X", "--from", "modle-3"],
      home: home)
    #expect(run.status == 1)
    #expect(run.errors.hasPrefix("error: no template with id 'modle-3'. Did you mean 'model-3'?"))
  }
}
