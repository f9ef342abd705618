import Foundation
import Testing

@testable import StudyplanCore

/// The REFI-QDA codebook and the CSV codebook, checked against the rules of the published
/// schema (Codebook.xsd 1.0): root element, namespace, required attributes, GUID format,
/// unique GUIDs, nesting.
@Suite struct CodebookTests {
  static func model3() throws -> StudyProtocol {
    try ShippedProtocol.named("model-3").document()
  }

  static func qdc(_ document: StudyProtocol, id: String = "p1") throws -> XMLTree {
    let xml = try QDAXML.codebook(Codebook(for: document, protocolID: id), origin: "studyplan")
    return try #require(XMLTree.parse(Data(xml.utf8)), "the .qdc is not well-formed XML")
  }

  @Test func theQdcHasTheCodebookRootNamespaceAndWellFormedCodes() throws {
    let root = try Self.qdc(try Self.model3())
    #expect(root.name == "CodeBook")
    #expect(root.namespace == "urn:QDA-XML:codebook:1.0")
    #expect(root.attributes["origin"] == "studyplan")
    #expect(root.children.map(\.name) == ["Codes"])
    let codes = try #require(root.elements("Codes").first).elements("Code")
    #expect(!codes.isEmpty)
    for code in codes {
      #expect(QDASchemaRules.codeProblems(code, namespace: QDAXML.codebookNamespace) == [])
    }
  }

  @Test func everyResearchQuestionThemeAndMainQuestionIsACodeWithAUniqueGUID() throws {
    let document = try Self.model3()
    let root = try Self.qdc(document)
    let top = try #require(root.elements("Codes").first).elements("Code")
    #expect(top.count == document.questions.count)
    for (code, question) in zip(top, document.questions) {
      #expect(code.attributes["name"]?.hasPrefix(question.id + ": ") == true)
    }
    let names = root.all.filter { $0.name == "Code" }.compactMap { $0.attributes["name"] }
    let guide = try #require(document.guide)
    for theme in guide.themes {
      #expect(names.contains(theme.heading(in: document.language)), "theme \(theme.id) missing")
      for question in theme.questions {
        #expect(names.contains { $0.hasPrefix(question.id + ": ") }, "\(question.id) missing")
      }
    }
    let guids = root.all.filter { $0.name == "Code" }.compactMap { $0.attributes["guid"] }
    #expect(guids.count == names.count)
    #expect(Set(guids).count == guids.count, "GUIDs repeat")
    #expect(guids.allSatisfy(QDASchemaRules.isGUID))
  }

  @Test func aQuestionsDescriptionCarriesBothLanguagesAndItsProbesKinds() throws {
    let document = try Self.model3()
    let codebook = Codebook(for: document, protocolID: "p1")
    let guide = try #require(document.guide)
    let question = try #require(guide.themes.first?.questions.first)
    let code = try #require(codebook.flattened.first { $0.code.id == question.id }?.code)
    #expect(code.description.contains(question.text.nb))
    #expect(code.description.contains("en: " + question.text.en))
    for probe in question.probes {
      #expect(code.description.contains("[\(probe.kind.rawValue)] \(probe.text.nb)"))
    }
  }

  @Test func theSameVersionGivesTheSameGUIDsAndAnEditKeepsTheUntouchedOnes() throws {
    let document = try Self.model3()
    let first = Codebook(for: document, protocolID: "p1")
    #expect(Codebook(for: document, protocolID: "p1") == first)
    var edited = document
    var guide = try #require(edited.guide)
    guide.sections[guide.sections.firstIndex { $0.kind == .theme }!].questions[0].text.nb =
      "En ny ordlyd"
    edited.guide = guide
    let second = Codebook(for: edited, protocolID: "p1")
    #expect(first.flattened.map(\.code.guid) == second.flattened.map(\.code.guid))
    let other = Codebook(for: document, protocolID: "p2")
    #expect(
      Set(first.flattened.map(\.code.guid)).isDisjoint(with: other.flattened.map(\.code.guid)))
  }

  @Test func stableGUIDsAreVersionEightRFC9562UUIDs() {
    let guid = StableGUID.make(protocolID: "p1", path: ["code", "rq"])
    #expect(QDASchemaRules.isGUID(guid))
    let characters = Array(guid)
    #expect(characters[14] == "8")
    #expect("89ab".contains(characters[19]))
    #expect(guid == guid.lowercased())
  }

  @Test func markupInAnOwnQuestionIsEscapedAndReadsBackUnchanged() throws {
    var document = StudyProtocol(title: "T")
    let text = "Er <b>\"samarbeid\"</b> & nytte det samme?"
    try document.ask(
      own: text,
      dimensions: QuestionDimensions(unit: .municipality, comparison: .forms))
    let root = try Self.qdc(document)
    let code = try #require(root.all.first { $0.name == "Code" })
    #expect(code.attributes["name"] == "own-1: " + text)
    #expect(code.elements("Description").first?.text == text)
  }

  @Test func aProtocolWithoutResearchQuestionsHasNoCodebook() {
    let codebook = Codebook(for: StudyProtocol(title: "T"), protocolID: "p1")
    #expect(throws: StudyplanError.emptyCodebook) {
      try QDAXML.codebook(codebook, origin: "studyplan")
    }
    #expect(throws: StudyplanError.emptyCodebook) { try codebook.csv() }
  }

  @Test func theCSVHasOneRowPerCodeWithItsDottedPathAndGUID() throws {
    let codebook = Codebook(for: try Self.model3(), protocolID: "p1")
    let csv = try codebook.csv()
    #expect(csv.hasPrefix("path,description,guid\n"))
    for (path, code) in codebook.flattened {
      #expect(csv.contains("\n" + path.joined(separator: ".") + ","), "\(path) missing")
      #expect(csv.contains(code.guid))
    }
  }
}
