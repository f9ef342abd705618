import Foundation

/// The sampled units as cases for analysis software, with the frame's attributes as variables.
///
/// One case per unit of the drawn sample (refused and replaced units included, with their
/// status), named `kommunenummer name` as in the sample CSV. An attribute the frame does not
/// know stays unknown: an empty cell in the CSV, no value in the REFI-QDA project.
public struct CaseSheet: Equatable, Sendable {
  /// A variable: its name (a column header) and whether its values are whole numbers.
  public struct Variable: Equatable, Sendable {
    public var name: String
    public var isInteger: Bool
    public var description: String
  }

  /// One case with its values, in the order of `variables`; nil is unknown.
  public struct Case: Equatable, Sendable {
    public var id: String
    public var name: String
    public var values: [String?]
  }

  /// The variables, in column order.
  public var variables: [Variable]
  /// The cases, in the sample's order.
  public var cases: [Case]

  /// The frame fields that become variables after `status` and `stratum`.
  public static let frameFields: [FrameField] = [
    .kommunenummer, .name, .county, .county2020, .reform, .centrality, .centrality2020,
    .classChanged, .classChange, .byr, .population, .population2020,
  ]

  /// The case sheet of `sample`, with attributes from `frame`.
  public init(sample: ProtocolSample, frame: SamplingFrame) {
    variables =
      [
        Variable(
          name: "status", isInteger: false,
          description: "drawn, replacement or refused: the unit's status in the sample"),
        Variable(
          name: "stratum", isInteger: false, description: "the stratum the unit was drawn in"),
      ]
      + Self.frameFields.map { field in
        Variable(
          name: field.rawValue, isInteger: field.isNumeric, description: Self.describe(field))
      }
    cases = sample.units.map { unit in
      let attributes = Self.frameFields.map { field -> String? in
        guard let known = frame.unit(unit.kommunenummer) else { return nil }
        let value = field.value(of: known)
        if case .unknown = value { return nil }
        return value.csvText
      }
      return Case(
        id: unit.kommunenummer, name: "\(unit.kommunenummer) \(unit.name)",
        values: [unit.status.rawValue, unit.stratum] + attributes)
    }
  }

  static func describe(_ field: FrameField) -> String {
    switch field {
    case .kommunenummer: "the 2019 municipality number"
    case .name: "the 2019 name"
    case .county: "the 2019 county"
    case .county2020: "the 2020 county"
    case .reform: "what the 2020 reform did to the municipality"
    case .centrality: "SSB centrality class 1–6 before the reform (2018 version)"
    case .centrality2020: "SSB centrality class of the 2020 successor (2020 version)"
    case .classChanged: "whether the centrality class changed through the reform"
    case .classChange:
      "how the class changed: merger, reindex (SSB's new index), both or none"
    case .byr: "the City Region Programme (ByR) region(s) the municipality took part in"
    case .population: "population on 1 January 2019"
    case .population2020: "the successor's population on 1 January 2020"
    default: field.rawValue
    }
  }

  /// The sheet as CSV: a `case` column, then one column per variable.
  public func csv() -> String {
    var lines = [(["case"] + variables.map(\.name)).map(CSVText.field).joined(separator: ",")]
    for item in cases {
      lines.append(
        ([item.name] + item.values.map { $0 ?? "" }).map(CSVText.field).joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension QDAXML {
  /// A REFI-QDA project (`project.qde`) holding the codebook, the case variables and the cases,
  /// without documents; `name` is the project's name and `origin` the program that wrote it.
  /// An empty codebook or case sheet is left out (the schema makes each optional).
  public static func project(
    name: String, protocolID: String, codebook: Codebook, cases: CaseSheet, origin: String
  ) -> String {
    func guid(_ path: String...) -> String { StableGUID.make(protocolID: protocolID, path: path) }
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml += "<Project xmlns=\"\(projectNamespace)\" name=\"\(attribute(name))\""
    xml += " origin=\"\(attribute(origin))\">\n"
    if !codebook.codes.isEmpty {
      xml += "  <CodeBook>\n" + codes(codebook.codes, indent: "    ") + "  </CodeBook>\n"
    }
    if !cases.cases.isEmpty {
      xml += "  <Variables>\n"
      for variable in cases.variables {
        xml += "    <Variable guid=\"\(guid("variable", variable.name))\""
        xml += " name=\"\(attribute(variable.name))\""
        xml += " typeOfVariable=\"\(variable.isInteger ? "Integer" : "Text")\">\n"
        xml += "      <Description>\(text(variable.description))</Description>\n"
        xml += "    </Variable>\n"
      }
      xml += "  </Variables>\n  <Cases>\n"
      for item in cases.cases {
        xml += "    <Case guid=\"\(guid("case", item.id))\" name=\"\(attribute(item.name))\">\n"
        for (variable, value) in zip(cases.variables, item.values) {
          guard let value else { continue }
          let element = variable.isInteger ? "IntegerValue" : "TextValue"
          xml +=
            "      <VariableValue><VariableRef targetGUID=\"\(guid("variable", variable.name))\"/>"
          xml += "<\(element)>\(text(value))</\(element)></VariableValue>\n"
        }
        xml += "    </Case>\n"
      }
      xml += "  </Cases>\n"
    }
    xml += "</Project>\n"
    return xml
  }

  /// The `.qdpx` archive: `project.qde` alone (there are no source documents yet).
  public static func projectArchive(_ projectXML: String) throws(StudyplanError) -> Data {
    try DeterministicZip.archive([.init(path: "project.qde", data: Data(projectXML.utf8))])
  }
}
