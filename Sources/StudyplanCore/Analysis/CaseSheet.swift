import Foundation

/// The sampled units as cases for analysis software, with the frame's attributes as variables.
///
/// One case per unit of the drawn sample (refused and replaced units included, with their
/// status), named `kommunenummer name` as in the sample CSV (a cooperation by its name alone). An attribute the frame does not
/// know stays unknown: an empty cell in the CSV, no value in the REFI-QDA project.
///
/// When the protocol has a fieldwork log, each informant slot is a case too, after the units:
/// named by its pseudonymous id (`ordforer@1850`, never a person's name), with its unit's
/// status, stratum and frame attributes and the slot's own variables (`slot-*`).
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

  /// The frame fields that become variables after `status` and `stratum`, for 2019 units.
  public static let frameFields: [FrameField] = [
    .kommunenummer, .name, .county, .county2020, .reform, .centrality, .centrality2020,
    .classChanged, .classChange, .byr, .population, .population2020,
  ]

  /// The frame fields that become variables for units of `layer`.
  public static func frameFields(for layer: UnitLayer) -> [FrameField] {
    switch layer {
    case .year2019: frameFields
    case .year2020:
      [
        .kommunenummer, .name, .county, .reform, .centrality2020, .byr, .population2020,
        .kommunenummer2019, .kommunenummer2024, .reform2024,
      ]
    case .year2024:
      [
        .kommunenummer, .name, .county, .reform2024, .centrality2024, .population2024, .reform,
        .byr, .kommunenummer2019,
      ]
    }
  }

  /// The variables an informant slot adds, after the frame fields; a unit case leaves them
  /// empty except `case-kind`.
  public static let slotVariables: [Variable] = [
    Variable(
      name: "case-kind", isInteger: false,
      description: "unit (a sampled unit) or slot (an informant slot in the fieldwork log)"),
    Variable(
      name: "slot-role", isInteger: false, description: "the informant role the slot asks"),
    Variable(
      name: "slot-holder", isInteger: false,
      description: "current or former holder of the role"),
    Variable(
      name: "slot-unit-kind", isInteger: false,
      description: "municipality or cooperation: what the slot's unit is"),
    Variable(
      name: "slot-status", isInteger: false,
      description: "the slot's latest status in the fieldwork log"),
    Variable(
      name: "slot-reason", isInteger: false,
      description: "the reason code given with the latest decline or withdrawal"),
    Variable(
      name: "interview-mode", isInteger: false,
      description: "in-person, telephone or video, when logged"),
    Variable(
      name: "interview-minutes", isInteger: true,
      description: "the interview's length in minutes, when logged"),
    Variable(
      name: "consent", isInteger: false,
      description: "how consent was given (written, oral, recorded), when logged"),
  ]

  /// The case sheet of `sample`, with attributes from `frame`, and a case per informant slot
  /// when `fieldwork` has any.
  public init(sample: ProtocolSample, frame: SamplingFrame, fieldwork: FieldworkLog? = nil) {
    let frameFields = Self.frameFields(for: frame.layer)
    func attributes(_ kommunenummer: String) -> [String?] {
      frameFields.map { field -> String? in
        guard let known = frame.unit(kommunenummer) else { return nil }
        let value = field.value(of: known)
        if case .unknown = value { return nil }
        return value.csvText
      }
    }
    let slots = fieldwork?.slots ?? []
    let slotColumns = slots.isEmpty ? [] : Self.slotVariables
    variables =
      [
        Variable(
          name: "status", isInteger: false,
          description: "drawn, replacement or refused: the unit's status in the sample"),
        Variable(
          name: "stratum", isInteger: false, description: "the stratum the unit was drawn in"),
      ]
      + frameFields.map { field in
        Variable(
          name: field.rawValue, isInteger: field.isNumeric,
          description: Self.describe(field, layer: frame.layer))
      } + slotColumns
    let unitExtras: [String?] =
      slots.isEmpty ? [] : ["unit"] + Array(repeating: nil, count: slotColumns.count - 1)
    cases = sample.units.map { unit in
      Case(
        id: unit.kommunenummer, name: Self.caseName(unit.kommunenummer, unit.name),
        values: [unit.status.rawValue, unit.stratum] + attributes(unit.kommunenummer)
          + unitExtras)
    }
    cases += slots.map { slot in
      // A cooperation slot takes the status of a sampled unit that is the cooperation itself
      // (a census of cooperations), not of one of its member municipalities.
      let unit =
        slot.unitKind == .municipality
        ? sample.units.last(where: { $0.kommunenummer == slot.unit })
        : sample.units.last(where: { RoleCatalogue.slug($0.kommunenummer) == slot.unit })
      let frameValues =
        slot.unitKind == .municipality
        ? attributes(slot.unit) : Array(repeating: nil, count: frameFields.count)
      let own: [String?] = [
        "slot", slot.roleID, slot.holder.rawValue, slot.unitKind.rawValue, slot.status.rawValue,
        slot.reason?.rawValue, slot.interview?.mode?.rawValue,
        slot.interview?.minutes.map(String.init), slot.interview?.consent?.rawValue,
      ]
      return Case(
        id: slot.id, name: slot.id,
        values: [unit?.status.rawValue, slot.stratum ?? unit?.stratum] + frameValues + own)
    }
  }

  static func describe(_ field: FrameField, layer: UnitLayer = .year2019) -> String {
    switch field {
    case .kommunenummer: "the \(layer.rawValue) municipality number"
    case .name: "the \(layer.rawValue) name"
    case .county: "the \(layer.rawValue) county"
    case .county2020: "the 2020 county"
    case .reform:
      layer == .year2019
        ? "what the 2020 reform did to the municipality"
        : "what the 2020 reform did to its 2019 predecessors"
    case .centrality: "SSB centrality class 1–6 before the reform (2018 version)"
    case .centrality2020: "SSB centrality class of the 2020 successor (2020 version)"
    case .classChanged: "whether the centrality class changed through the reform"
    case .classChange:
      "how the class changed: merger, reindex (SSB's new index), both or none"
    case .byr: "the City Region Programme (ByR) region(s) the municipality took part in"
    case .population: "population on 1 January 2019"
    case .population2020: "the successor's population on 1 January 2020"
    case .centrality2024: "SSB centrality class 1–6 of the 2024 municipality (2024 version)"
    case .population2024: "population on 1 January 2024"
    case .reform2024: "what the changes of 2022–2024 did (split, renumbered, renamed, unchanged)"
    case .kommunenummer2019: "the numbers of its 2019 predecessors"
    case .kommunenummer2024: "the numbers of its 2024 successors"
    default: field.rawValue
    }
  }

  /// A unit's case name: `kommunenummer name`, or the name once for a cooperation (whose id is
  /// its name).
  public static func caseName(_ number: String, _ name: String) -> String {
    number == name ? name : "\(number) \(name)"
  }

  /// The sheet as a table: a `case` column, then one column per variable.
  public var table: ExportTable {
    ExportTable(
      header: ["case"] + variables.map(\.name),
      rows: cases.map { [$0.name] + $0.values.map { $0 ?? "" } },
      numericColumns: Set(variables.filter(\.isInteger).map(\.name)))
  }

  /// The sheet as CSV: a `case` column, then one column per variable.
  public func csv() -> String { table.csv() }
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
