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
    let sheet = CaseSheet(
      sample: try #require(document.sample), frame: frame, fieldwork: document.fieldwork)
    let xml = QDAXML.project(
      name: document.title, protocolID: "p1",
      codebook: Codebook(for: document, protocolID: "p1"), cases: sheet, origin: "studyplan")
    let archive = try Archive(data: try QDAXML.projectArchive(xml), accessMode: .read)
    #expect(archive.map(\.path) == ["project.qde"])
    var data = Data()
    _ = try archive.extract(try #require(archive["project.qde"])) { data.append($0) }
    return (try #require(XMLTree.parse(data), "project.qde is not well-formed"), sheet)
  }

  /// The entries of a zip archive (a `.qdpx`, an `.xlsx`), as text by path.
  static func entries(of data: Data) throws -> [String: String] {
    let archive = try Archive(data: data, accessMode: .read)
    var out: [String: String] = [:]
    for entry in archive {
      var bytes = Data()
      _ = try archive.extract(entry) { bytes.append($0) }
      out[entry.path] = String(decoding: bytes, as: UTF8.self)
    }
    return out
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
    // A census of cooperations: each case is named by the cooperation's name, once.
    #expect(sample.units.allSatisfy { $0.kommunenummer == $0.name })
    #expect(cases.map { $0.attributes["name"] } == sample.units.map(\.name))
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
    #expect(lines[1].hasPrefix("\(first.name),\(first.status.rawValue),"))
    #expect(!sheet.csv().contains("\(first.name) \(first.name)"))
    #expect(!sheet.csv().contains("unknown"))
    let sampleCSV = SampleCSVRenderer.render(sample, frame: Self.frame)
    #expect(sampleCSV.split(separator: "\n")[1].hasPrefix("\(first.name),"))
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

/// With a fieldwork log, every informant slot is a case of its own, by pseudonymous id.
@Suite struct QDASlotCaseTests {
  /// The survey (a census of ByR cooperations) with a fieldwork plan for every role, one
  /// interview and one decline logged.
  static func surveyWithFieldwork() throws -> StudyProtocol {
    try withFieldwork(try QDAProjectTests.survey())
  }

  /// A stratified sample of municipalities with mayors, chief executives and former mayors.
  static func municipalStudyWithFieldwork() throws -> StudyProtocol {
    var document = try QDAProjectTests.survey()
    let frame = QDAProjectTests.frame
    document.sample = try SampleDrawer.draw(
      SampleRequest(
        design: .stratified, size: 6, strata: [.reform], seed: "2020", reserves: 2,
        filter: try FrameFilter.parse(
          "centrality in 5,6 and reform in merged,unchanged", frame: frame)),
      frame: frame)
    document.roles = [GuideFixtures.mayor, GuideFixtures.chiefExecutive]
    var study = try withFieldwork(document)
    var log = try #require(study.fieldwork)
    log.plan(
      sample: try #require(study.sample), roles: [GuideFixtures.mayor], holder: .former)
    study.fieldwork = log
    return study
  }

  static func withFieldwork(_ plain: StudyProtocol) throws -> StudyProtocol {
    var document = plain
    let sample = try #require(document.sample)
    var log = FieldworkLog()
    log.plan(sample: sample, roles: document.roles)
    let first = try #require(log.slots.first).id
    try log.log(first, status: .agreed, on: "2026-03-02")
    try log.recordInterview(
      first, on: "2026-03-10",
      record: InterviewRecord(mode: .video, minutes: 52, consent: .recorded))
    let second = try #require(log.slots.dropFirst().first).id
    try log.log(second, status: .invited, on: "2026-03-02")
    try log.log(second, status: .declined, on: "2026-03-05", reason: .privacy)
    document.fieldwork = log
    return document
  }

  static func sheet(_ document: StudyProtocol) throws -> CaseSheet {
    CaseSheet(
      sample: try #require(document.sample), frame: QDAProjectTests.frame,
      fieldwork: document.fieldwork)
  }

  @Test(arguments: [false, true])
  func theCaseSheetHasOneRowPerSlotWithTheSlotsVariablesAndItsUnitsAttributes(
    municipal: Bool
  ) throws {
    let document =
      municipal ? try Self.municipalStudyWithFieldwork() : try Self.surveyWithFieldwork()
    let sample = try #require(document.sample)
    let log = try #require(document.fieldwork)
    #expect(log.slots.count > 0)
    let csv = try Self.sheet(document).csv()
    let rows = csv.split(separator: "\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    let header = try #require(rows.first)
    #expect(
      header
        == ["case", "status", "stratum"] + CaseSheet.frameFields.map(\.rawValue)
        + CaseSheet.slotVariables.map(\.name))
    #expect(rows.count == 1 + sample.units.count + log.slots.count)
    func column(_ name: String, of row: [String]) throws -> String {
      row[try #require(header.firstIndex(of: name))]
    }
    for row in rows.dropFirst().prefix(sample.units.count) {
      #expect(try column("case-kind", of: row) == "unit")
      #expect(try column("slot-role", of: row) == "")
    }
    let slotRows = Array(rows.dropFirst(1 + sample.units.count))
    #expect(slotRows.map { $0[0] } == log.slots.map(\.id))
    for (row, slot) in zip(slotRows, log.slots) {
      #expect(row[0].wholeMatch(of: /(former-)?[a-z-]+@[0-9a-z-]+/) != nil)
      #expect(try column("case-kind", of: row) == "slot")
      #expect(try column("slot-role", of: row) == slot.roleID)
      #expect(try column("slot-holder", of: row) == slot.holder.rawValue)
      #expect(try column("slot-unit-kind", of: row) == (municipal ? "municipality" : "cooperation"))
      #expect(try column("slot-status", of: row) == slot.status.rawValue)
      #expect(try column("status", of: row) == "drawn")
      if municipal {
        let unit = try #require(sample.units.last { $0.kommunenummer == slot.unit })
        let known = try #require(QDAProjectTests.frame.unit(unit.kommunenummer))
        #expect(try column("kommunenummer", of: row) == unit.kommunenummer)
        #expect(try column("name", of: row) == known.name)
        #expect(try column("stratum", of: row) == unit.stratum)
        #expect(["5", "6"].contains(try column("centrality", of: row)))
        #expect(try column("reform", of: row) == FrameField.reform.value(of: known).csvText)
      } else {
        #expect(try column("kommunenummer", of: row) == "")
        #expect(try column("stratum", of: row) == "census")
      }
    }
    if municipal {
      #expect(slotRows.contains { (try? column("slot-holder", of: $0)) == "former" })
    }
    let interviewed = try #require(slotRows.first)
    #expect(try column("slot-status", of: interviewed) == "interviewed")
    #expect(try column("interview-mode", of: interviewed) == "video")
    #expect(try column("interview-minutes", of: interviewed) == "52")
    #expect(try column("consent", of: interviewed) == "recorded")
    let declined = slotRows[1]
    #expect(try column("slot-status", of: declined) == "declined")
    #expect(try column("slot-reason", of: declined) == "privacy")
    #expect(try column("interview-mode", of: declined) == "")
  }

  @Test func theSheetWithoutAFieldworkLogKeepsItsColumns() throws {
    let document = try QDAProjectTests.survey()
    let plain = CaseSheet(sample: try #require(document.sample), frame: QDAProjectTests.frame)
    let empty = CaseSheet(
      sample: try #require(document.sample), frame: QDAProjectTests.frame,
      fieldwork: FieldworkLog())
    #expect(plain == empty)
    #expect(!plain.variables.map(\.name).contains("case-kind"))
  }

  @Test(arguments: [false, true])
  func theProjectHoldsASlotCasePerSlotWithDeclaredTypedValuesAndUniqueGUIDs(
    municipal: Bool
  ) throws {
    let document =
      municipal ? try Self.municipalStudyWithFieldwork() : try Self.surveyWithFieldwork()
    let sample = try #require(document.sample)
    let log = try #require(document.fieldwork)
    let (root, _) = try QDAProjectTests.project(document)
    let variables = try #require(root.elements("Variables").first).elements("Variable")
    var types: [String: String] = [:]
    var names: [String: String] = [:]
    for variable in variables {
      let guid = try #require(variable.attributes["guid"])
      #expect(QDASchemaRules.isGUID(guid))
      let type = try #require(variable.attributes["typeOfVariable"])
      types[guid] = type
      names[guid] = variable.attributes["name"]
    }
    #expect(Set(names.values).isSuperset(of: CaseSheet.slotVariables.map(\.name)))
    let cases = try #require(root.elements("Cases").first).elements("Case")
    #expect(cases.count == sample.units.count + log.slots.count)
    #expect(
      cases.suffix(log.slots.count).map { $0.attributes["name"] } == log.slots.map(\.id))
    var guids = Set(types.keys)
    for item in cases {
      let guid = try #require(item.attributes["guid"])
      #expect(QDASchemaRules.isGUID(guid))
      #expect(guids.insert(guid).inserted, "GUID \(guid) repeats")
      for value in item.elements("VariableValue") {
        let target = try #require(value.elements("VariableRef").first?.attributes["targetGUID"])
        let type = try #require(types[target], "a value points at no variable")
        let element = try #require(value.children.last)
        #expect(element.name == (type == "Integer" ? "IntegerValue" : "TextValue"))
        if type == "Integer" { #expect(Int(element.text) != nil) }
      }
    }
    let interviewed = try #require(cases.suffix(log.slots.count).first)
    var values: [String: String] = [:]
    for value in interviewed.elements("VariableValue") {
      let target = try #require(value.elements("VariableRef").first?.attributes["targetGUID"])
      values[try #require(names[target])] = value.children.last?.text
    }
    #expect(values["case-kind"] == "slot")
    #expect(values["interview-minutes"] == "52")
    #expect(values["consent"] == "recorded")
    #expect(values["slot-reason"] == nil)
    // Same protocol, same GUIDs.
    let again = try QDAProjectTests.project(document).0
    #expect(
      again.elements("Cases").first?.elements("Case").map { $0.attributes["guid"] }
        == cases.map { $0.attributes["guid"] })
  }
}
