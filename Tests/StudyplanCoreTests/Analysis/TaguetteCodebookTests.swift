import Foundation
import Testing

@testable import StudyplanCore

/// Taguette (PyPI `taguette`) reads the CSV codebook with its own reader
/// (`taguette.import_codebook.list_tags`, what its "Import codebook" page calls) and finds every
/// code. `make test` installs Taguette with pip when it can; without it the test is skipped.
@Suite struct TaguetteCodebookTests {
  static let python = ExternalTool.find("python3")
  static let hasTaguette: Bool = {
    guard let python else { return false }
    let probe = try? ExternalTool.run(python, ["-c", "import taguette.import_codebook"])
    return probe?.status == 0
  }()

  static let reader = """
    import json, sys
    from taguette.import_codebook import list_tags
    with open(sys.argv[1], 'rb') as f:
        print(json.dumps(list_tags(f)))
    """

  @Test(
    .enabled(
      if: hasTaguette,
      "Taguette is not installed (pip install taguette); its codebook reader was not run"),
    arguments: ["model-1", "model-2", "model-3", "byr-project-leaders-2019"])
  func taguettesCodebookReaderFindsEveryCode(template: String) throws {
    let document = try ShippedProtocol.named(template).document()
    let codebook = Codebook(for: document, protocolID: "p1")
    let directory = try ExternalTool.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("codebook.csv")
    try Data(try codebook.csv().utf8).write(to: file)
    let result = try ExternalTool.run(try #require(Self.python), ["-c", Self.reader, file.path])
    #expect(result.status == 0, "Taguette refused the codebook: \(result.stderr)")
    let tags = try JSONDecoder().decode(
      [[String: String]].self, from: Data(result.stdout.utf8))
    let expected = codebook.flattened.map { $0.path.joined(separator: ".") }
    #expect(tags.map { $0["path"] ?? "" } == expected)
    for (tag, (_, code)) in zip(tags, codebook.flattened) {
      // The whole description, on one line: nothing glued together.
      #expect(tag["description"] == Codebook.oneLine(code.description))
      #expect(tag["description"]?.contains("\n") == false)
    }
  }
}
