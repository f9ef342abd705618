import Foundation
import Testing

@testable import StudyplanCore

/// `Examples/<protocol>/`: each shipped protocol's guides (one per role) and methods text,
/// regenerated from `Protocols/*.json`. The test fails when a committed example drifts from what
/// the code now exports; `RECORD_GOLDENS=1` rewrites them.
@Suite struct ExampleExportsTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static var shippedProtocols: [String] {
    let folder = root.appendingPathComponent("Protocols")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted()
  }

  /// The example files for one protocol: name and text.
  static func exports(of document: StudyProtocol) throws -> [(name: String, text: String)] {
    var files: [(String, String)] = []
    if document.guide != nil {
      for role in document.roles {
        let guide = try document.guideDocument(for: role)
        files.append(("guide-\(role.id).md", MarkdownRenderer.render(guide)))
      }
      files.append(
        ("guide-all-roles.md", MarkdownRenderer.render(try document.guideDocument(for: nil))))
    }
    files.append(
      ("methods.md", MarkdownRenderer.render(MethodsText(for: document, sampling: nil).document)))
    return files
  }

  @Test(arguments: shippedProtocols)
  func examplesMatchWhatTheProtocolExportsToday(file: String) throws {
    let data = try Data(contentsOf: Self.root.appendingPathComponent("Protocols/\(file)"))
    let document = try ProtocolJSON.decode(data, file: file)
    let folder = Self.root.appendingPathComponent("Examples")
      .appendingPathComponent(String(file.dropLast(".json".count)))
    let recording = ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1"
    for (name, text) in try Self.exports(of: document) {
      let url = folder.appendingPathComponent(name)
      if recording {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        continue
      }
      let committed = try? String(contentsOf: url, encoding: .utf8)
      #expect(
        committed == text,
        "Examples/\(folder.lastPathComponent)/\(name) drifted; re-record with RECORD_GOLDENS=1")
    }
  }

  @Test func theExampleSetNamesOneGuidePerRoleAndTheMethodsText() throws {
    let files = try Self.exports(of: GuideFixtures.studyProtocol()).map(\.name)
    #expect(files.count == GuideFixtures.roles.count + 2)
    #expect(files.first == "guide-ordforer.md")
    #expect(files.last == "methods.md")
  }
}
