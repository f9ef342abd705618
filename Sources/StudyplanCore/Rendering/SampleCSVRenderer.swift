import Foundation

/// Renders a sample as CSV: one row per sampled unit and per reserve, with the frame's
/// attributes, usable as an NVivo case classification sheet (first column: the case name).
public enum SampleCSVRenderer {
  /// The attribute columns taken from the frame, for a sample of 2019 units.
  public static let attributeFields: [FrameField] = [
    .kommunenummer, .name, .county, .county2020, .reform, .centrality, .centrality2020,
    .centralityIndex2020, .centrality2020Basis, .classChange, .byr, .population, .population2020,
    .kommunenummer2020, .name2020, .kommunenummer2024, .name2024,
  ]

  /// The attribute columns for a sample of `layer`'s units: the units' own values of their
  /// year, their lineage, and what the reforms did (no 2020 county in a 2024 sample).
  public static func attributeFields(for layer: UnitLayer) -> [FrameField] {
    switch layer {
    case .year2019: attributeFields
    case .year2020:
      [
        .kommunenummer, .name, .county, .reform, .centrality2020, .centralityIndex2020,
        .centrality2020Basis, .byr, .population2020, .kommunenummer2019, .name2019,
        .kommunenummer2024, .name2024, .reform2024,
      ]
    case .year2024:
      [
        .kommunenummer, .name, .county, .reform2024, .centrality2024, .centralityIndex2024,
        .population2024, .reform, .byr, .kommunenummer2020, .name2020, .kommunenummer2019,
        .name2019,
      ]
    }
  }

  /// The CSV text; unknown attributes are empty cells.
  public static func render(_ sample: ProtocolSample, frame: SamplingFrame) -> String {
    table(sample, frame: frame).csv()
  }

  /// The sample as a table (the CSV file's and the workbook's rows); unknown attributes are
  /// empty cells.
  public static func table(_ sample: ProtocolSample, frame: SamplingFrame) -> ExportTable {
    let attributeFields = attributeFields(for: frame.layer)
    let header =
      [
        "case", "status", "stratum", "draw-order", "rank", "inclusion-probability", "replaces",
        "cluster", "pair-role", "reason",
      ] + attributeFields.map(\.rawValue)
    var rows: [[String]] = []
    func row(_ number: String, _ name: String, _ sampleColumns: [String]) {
      let unit = frame.unit(number)
      let attributes = attributeFields.map { field in unit.map { field.value(of: $0).csvText } ?? ""
      }
      rows.append([CaseSheet.caseName(number, name)] + sampleColumns + attributes)
    }
    for unit in sample.units {
      row(
        unit.kommunenummer, unit.name,
        [
          unit.status.rawValue, unit.stratum, String(unit.drawOrder),
          unit.rank.map(String.init) ?? "",
          unit.inclusionProbability.map(probabilityText) ?? "", unit.replaces ?? "",
          unit.cluster ?? "", unit.pairRole ?? "", unit.reason ?? "",
        ])
    }
    let memberStrata = Set(sample.units.map(\.stratum))
    for list in sample.reserves where memberStrata.contains(list.stratum) {
      for reserve in list.units where !reserve.taken {
        row(
          reserve.kommunenummer, reserve.name,
          ["reserve", list.stratum, "", String(reserve.rank), "", "", "", "", ""])
      }
    }
    let numeric =
      ["draw-order", "rank", "inclusion-probability"]
      + attributeFields.filter(\.isNumeric).map(\.rawValue)
    return ExportTable(header: header, rows: rows, numericColumns: Set(numeric))
  }

  /// Six significant decimals, without trailing zeros.
  static func probabilityText(_ value: Double) -> String {
    var text = String(format: "%.6f", value)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }
}
