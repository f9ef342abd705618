import Foundation
import StudyplanREPL
import Testing
import _StudyplanTestSupport

@testable import StudyplanCore

/// `Examples/<protocol>/`: each shipped protocol's guides (one per role, and the whole guide),
/// one guide as DOCX, the methods text with the drawn sample, and the information letter,
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

  /// One example file: its name and bytes.
  struct ExampleFile {
    var name: String
    var data: Data
    var isDocx: Bool { name.hasSuffix(".docx") }
  }

  /// The example files for one protocol, as `export` writes them.
  static func exports(of document: StudyProtocol) throws -> [ExampleFile] {
    var files: [ExampleFile] = []
    func text(_ name: String, _ text: String) {
      files.append(ExampleFile(name: name, data: Data(text.utf8)))
    }
    if document.guide != nil {
      for role in document.roles {
        let guide = try document.guideDocument(for: role)
        text("guide-\(role.id).md", MarkdownRenderer.render(guide))
      }
      text("guide-all-roles.md", MarkdownRenderer.render(try document.guideDocument(for: nil)))
      if let first = document.roles.first {
        files.append(
          ExampleFile(
            name: "guide-\(first.id).docx",
            data: try DocxRenderer.render(try document.guideDocument(for: first))))
      }
    }
    let sampling = document.sample.map {
      SamplingDescription($0, software: "studyplan \(StudyplanVersion.current)")
    }
    text(
      "methods.md", MarkdownRenderer.render(MethodsText(for: document, sampling: sampling).document)
    )
    text("letter.md", MarkdownRenderer.render(InformationLetter(for: document).document))
    return files
  }

  /// What is compared: the text, or for DOCX the document part (zip bytes may differ between
  /// zlib builds while the document is the same).
  static func comparable(_ file: ExampleFile, _ data: Data) throws -> String {
    file.isDocx
      ? try DocxTestReader.part("word/document.xml", of: data)
      : String(decoding: data, as: UTF8.self)
  }

  @Test(arguments: shippedProtocols)
  func examplesMatchWhatTheProtocolExportsToday(file: String) throws {
    let data = try Data(contentsOf: Self.root.appendingPathComponent("Protocols/\(file)"))
    let document = try ProtocolJSON.decode(data, file: file)
    let folder = Self.root.appendingPathComponent("Examples")
      .appendingPathComponent(String(file.dropLast(".json".count)))
    for example in try Self.exports(of: document) {
      expectGolden(
        data: example.data, at: folder.appendingPathComponent(example.name),
        comparable: { try Self.comparable(example, $0) })
    }
  }

  @Test func everyShippedProtocolHasItsExamples() {
    #expect(!Self.shippedProtocols.isEmpty)
    for file in Self.shippedProtocols {
      let folder = Self.root.appendingPathComponent("Examples/\(file.dropLast(".json".count))")
      #expect(
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("methods.md").path))
    }
  }

  @Test func theExampleSetNamesOneGuidePerRoleTheMethodsTextAndTheLetter() throws {
    let files = try Self.exports(of: GuideFixtures.studyProtocol()).map(\.name)
    #expect(files.count == GuideFixtures.roles.count + 4)
    #expect(files.first == "guide-ordforer.md")
    #expect(files.suffix(3) == ["guide-ordforer.docx", "methods.md", "letter.md"])
  }

  @Test func theSurveysMethodsTextDescribesItsCensus() throws {
    let document = try ShippedProtocol.named("byr-project-leaders-2019").document()
    let methods = try #require(try Self.exports(of: document).first { $0.name == "methods.md" })
    let text = String(decoding: methods.data, as: UTF8.self)
    #expect(text.contains("totalutvalg av samarbeid"))
    #expect(!text.contains("byr = any"))
    #expect(text.contains("kommuner i sentralitetsklasse 5 eller 6 som var med i en byregion"))
    #expect(text.contains("Studien kontaktet 29 og intervjuet 24 (83 prosent) i desember 2019"))
  }
}
