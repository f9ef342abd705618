import Foundation
import Testing

@testable import StudyplanCore

/// What analysis software does with the codebook: QualCoder's importer keys codes and
/// categories by name (a repeated name is merged into the first), Taguette's import form joins
/// the lines of a multi-line description, and the REFI-QDA schemas judge the XML.
@Suite struct CodebookInteropTests {
  static let templates = ShippedProtocol.all.map(\.id)

  /// The names QualCoder's importer would create: every code's name, kept once per name.
  static func importedNames(_ codebook: Codebook) -> Set<String> {
    Set(codebook.flattened.map(\.code.name))
  }

  @Test(arguments: templates)
  func noCodeNameRepeatsSoQualCoderImportsEveryCode(template: String) throws {
    let codebook = Codebook(
      for: try ShippedProtocol.named(template).document(), protocolID: "p1")
    #expect(Self.importedNames(codebook).count == codebook.flattened.count)
  }

  @Test func the2019TemplatesEighteenCodesStayEighteenEachThemeUnderItsResearchQuestion()
    throws
  {
    let document = try ShippedProtocol.named("byr-project-leaders-2019").document()
    let codebook = Codebook(for: document, protocolID: "p1")
    #expect(codebook.flattened.count == 18)
    #expect(Self.importedNames(codebook).count == 18)
    // Two themes serve several research questions (1–3 and 4–5): each copy is named by the
    // number of the research question it is written under; the sixth's theme is named once.
    let themes = codebook.codes.map { $0.children.map(\.name) }
    #expect(themes.map(\.count) == [1, 1, 1, 1, 1, 1])
    for (index, names) in themes.prefix(5).enumerated() {
      #expect(names[0].hasSuffix(" – forskningsspørsmål \(index + 1)"), "\(names)")
    }
    #expect(themes.last?.first?.hasSuffix("(notatets spørsmål 6)") == true)
    let benefit = codebook.codes.prefix(3).compactMap { $0.children.first?.name }
    #expect(benefit.count == 3)
    #expect(Set(benefit).count == 3)
    #expect(benefit.allSatisfy { $0.hasPrefix("Nytte og forskjeller mellom kommunene") })
  }

  @Test func aNameRepeatedUnderOneResearchQuestionTakesACounter() {
    let code = { (id: String, name: String) in
      CodebookCode(id: id, guid: id, name: name, description: "")
    }
    var top = code("rq", "rq: Hvorfor?")
    top.children = [code("a", "Tema"), code("b", "Tema"), code("c", "Tema (2)")]
    let named = Codebook.uniquelyNamed([top], language: .nb)
    let names = named[0].children.map(\.name)
    #expect(Set(names).count == 3, "\(names)")
    #expect(names[0] == "Tema – forskningsspørsmål 1")
  }

  @Test(arguments: templates)
  func everyCSVCodebookRowIsOneLineHoldingTheWholeDescription(template: String) throws {
    let codebook = Codebook(
      for: try ShippedProtocol.named(template).document(), protocolID: "p1")
    let csv = try codebook.csv()
    let lines = csv.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == codebook.flattened.count + 2, "a description spans lines")
    #expect(lines.last == "")
    for (line, (_, code)) in zip(lines.dropFirst(), codebook.flattened) {
      let firstLine = code.description.split(separator: "\n").first.map(String.init) ?? ""
      #expect(line.contains(firstLine.replacingOccurrences(of: "\"", with: "\"\"")))
      #expect(!line.contains("\r"))
    }
  }

  @Test func aOneLineDescriptionKeepsBothLanguagesAndEveryProbe() {
    let description = "Hva skjedde?\nen: What happened?\n- [follow-up] Når?\n- [probe] Hvem?"
    #expect(
      Codebook.oneLine(description)
        == "Hva skjedde? | en: What happened? | [follow-up] Når? | [probe] Hvem?")
  }
}

/// The `.qdc` codebook and the `project.qde` inside a `.qdpx`, validated by xmllint against the
/// REFI-QDA 1.0 schemas kept beside the project (`../shared/oracles/refi-qda/`).
@Suite struct REFIQDASchemaTests {
  static let xmllint = ExternalTool.find("xmllint")
  static let schemas = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/oracles/refi-qda")
  static let available =
    xmllint != nil
    && FileManager.default.fileExists(atPath: schemas.appendingPathComponent("Project.xsd").path)

  /// xmllint's verdict on `xml` against `schema`: nil when it validates, else its complaint.
  static func problems(_ xml: String, schema: String) throws -> String? {
    let directory = try ExternalTool.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("file.xml")
    try Data(xml.utf8).write(to: file)
    let result = try ExternalTool.run(
      try #require(xmllint),
      ["--noout", "--schema", schemas.appendingPathComponent(schema).path, file.path])
    return result.status == 0 ? nil : result.stderr
  }

  @Test(
    .enabled(
      if: available,
      "xmllint or the REFI-QDA schemas (../shared/oracles/refi-qda) are missing; not validated"),
    arguments: CodebookInteropTests.templates)
  func theQdcValidatesAgainstCodebookXsd(template: String) throws {
    let codebook = Codebook(
      for: try ShippedProtocol.named(template).document(), protocolID: "p1")
    let xml = try QDAXML.codebook(codebook, origin: "studyplan 1.0")
    #expect(try Self.problems(xml, schema: "Codebook.xsd") == nil)
  }

  @Test(
    .enabled(
      if: available,
      "xmllint or the REFI-QDA schemas (../shared/oracles/refi-qda) are missing; not validated"),
    arguments: [false, true])
  func theProjectInsideTheQdpxValidatesAgainstProjectXsd(municipal: Bool) throws {
    let document =
      municipal
      ? try QDASlotCaseTests.municipalStudyWithFieldwork()
      : try QDASlotCaseTests.surveyWithFieldwork()
    let context = ExportContext(
      document: document, prefix: "p1", frame: QDAProjectTests.frame, software: "studyplan 1.0")
    let artifact = try #require(
      try Exporter.artifacts(try ExportRequest(.cases, format: .qdpx), context).first)
    let xml = try QDAProjectTests.entries(of: artifact.data)["project.qde"]
    #expect(try Self.problems(try #require(xml), schema: "Project.xsd") == nil)
  }

  @Test(
    .enabled(
      if: available,
      "xmllint or the REFI-QDA schemas (../shared/oracles/refi-qda) are missing; not validated"))
  func aCodebookThatBreaksTheSchemaIsCaught() throws {
    let broken =
      "<?xml version=\"1.0\"?><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">"
      + "<Codes><Code name=\"x\" isCodable=\"true\"/></Codes></CodeBook>"
    #expect(try Self.problems(broken, schema: "Codebook.xsd") != nil, "a Code without guid")
  }
}
