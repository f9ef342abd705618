import Foundation
import Testing
import ZIPFoundation

@testable import StudyplanCore

/// The case sheet and the REFI-QDA project (`.qdpx`), checked against the rules of the
/// published schema (Project.xsd 1.0).
@Suite struct QDAProjectTests {
  static let frame = SamplingFrame(data: ReferenceData.load(.embedded))

  static func survey() throws -> StudyProtocol {
    try ShippedProtocol.named("byr-project-leaders-2019").document()
  }

  static func project(_ document: StudyProtocol) throws -> (XMLTree, CaseSheet) {
    let sheet = CaseSheet(sample: try #require(document.sample), frame: frame)
    let xml = QDAXML.project(
      name: document.title, protocolID: "p1",
      codebook: Codebook(for: document, protocolID: "p1"), cases: sheet, origin: "studyplan")
    let archive = try Archive(data: try QDAXML.projectArchive(xml), accessMode: .read)
    #expect(archive.map(\.path) == ["project.qde"])
    var data = Data()
    _ = try archive.extract(try #require(archive["project.qde"])) { data.append($0) }
    return (try #require(XMLTree.parse(data), "project.qde is not well-formed"), sheet)
  }

  @Test func theProjectHoldsTheCodebookVariablesAndCasesInSchemaOrder() throws {
    let (root, _) = try Self.project(try Self.survey())
    #expect(root.name == "Project")
    #expect(root.namespace == "urn:QDA-XML:project:1.0")
    #expect(root.attributes["name"] != nil)
    #expect(root.children.map(\.name) == ["CodeBook", "Variables", "Cases"])
    let codes = try #require(root.elements("CodeBook").first?.elements("Codes").first)
    for code in codes.elements("Code") {
      #expect(
        QDASchemaRules.codeProblems(code, namespace: QDAXML.projectNamespace, allowNoteRef: true)
          == [])
    }
  }

  @Test func everyCaseIsASampledUnitWithValuesThatPointAtDeclaredVariables() throws {
    let document = try Self.survey()
    let sample = try #require(document.sample)
    let (root, _) = try Self.project(document)
    let variables = try #require(root.elements("Variables").first).elements("Variable")
    var types: [String: String] = [:]
    for variable in variables {
      let guid = try #require(variable.attributes["guid"])
      #expect(QDASchemaRules.isGUID(guid))
      #expect(variable.attributes["name"] != nil)
      let type = try #require(variable.attributes["typeOfVariable"])
      #expect(["Text", "Boolean", "Integer", "Float", "Date", "DateTime"].contains(type))
      types[guid] = type
    }
    let names = variables.compactMap { $0.attributes["name"] }
    for expected in [
      "status", "stratum", "centrality", "centrality2020", "reform", "county", "byr",
    ] {
      #expect(names.contains(expected), "no variable '\(expected)'")
    }
    let cases = try #require(root.elements("Cases").first).elements("Case")
    #expect(
      cases.map { $0.attributes["name"] } == sample.units.map { "\($0.kommunenummer) \($0.name)" })
    var guids = Set(types.keys)
    for item in cases {
      let guid = try #require(item.attributes["guid"])
      #expect(QDASchemaRules.isGUID(guid))
      #expect(guids.insert(guid).inserted, "GUID \(guid) repeats")
      for value in item.elements("VariableValue") {
        #expect(value.children.count == 2)
        let target = try #require(value.elements("VariableRef").first?.attributes["targetGUID"])
        let type = try #require(types[target], "a value points at no variable")
        let element = try #require(value.children.last)
        #expect(element.name == (type == "Integer" ? "IntegerValue" : "TextValue"))
        if type == "Integer" { #expect(Int(element.text) != nil) }
      }
    }
  }

  @Test func theCaseSheetLeavesUnknownAttributesEmptyAndNamesCasesAsTheSampleCSVDoes() throws {
    let document = try Self.survey()
    let sample = try #require(document.sample)
    let sheet = CaseSheet(sample: sample, frame: Self.frame)
    let lines = sheet.csv().split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      lines.first == "case,status,stratum,"
        + CaseSheet.frameFields.map(\.rawValue).joined(separator: ","))
    #expect(lines.count == sample.units.count + 2)
    let first = try #require(sample.units.first)
    #expect(lines[1].hasPrefix("\(first.kommunenummer) \(first.name),\(first.status.rawValue),"))
    #expect(!sheet.csv().contains("unknown"))
  }

  @Test func twoExportsOfTheSameProjectAreIdenticalBytes() throws {
    let document = try Self.survey()
    func bytes() throws -> Data {
      let sheet = CaseSheet(sample: try #require(document.sample), frame: Self.frame)
      return try QDAXML.projectArchive(
        QDAXML.project(
          name: document.title, protocolID: "p1",
          codebook: Codebook(for: document, protocolID: "p1"), cases: sheet, origin: "studyplan"))
    }
    #expect(try bytes() == bytes())
  }
}
