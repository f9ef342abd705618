import Foundation

/// Renders frame units as an aligned text table or as CSV (UTF-8, `,`-separated, a header row).
public enum FrameRenderer {
  /// The columns of the text table, narrow enough for a terminal.
  public static let tableFields: [FrameField] = [
    .kommunenummer, .name, .reform, .centrality, .centrality2020, .classChange, .kommunenummer2020,
    .byr,
  ]

  /// The columns of the text table for units of `layer`: their number, name, own centrality
  /// class and reform, and their lineage.
  public static func tableFields(for layer: UnitLayer) -> [FrameField] {
    switch layer {
    case .year2019: tableFields
    case .year2020:
      [
        .kommunenummer, .name, .county, .centrality2020, .reform, .kommunenummer2019,
        .kommunenummer2024,
      ]
    case .year2024:
      [.kommunenummer, .name, .county, .centrality2024, .reform2024, .kommunenummer2019, .byr]
    }
  }

  /// An aligned table of `units`, unknown values shown as `unknown`, with a closing count line.
  public static func table(
    _ units: [FrameUnit], fields: [FrameField] = tableFields, note: String? = nil
  ) -> String {
    let header = fields.map(\.rawValue)
    let rows = units.map { unit in fields.map { $0.value(of: unit).text } }
    var out = alignedRows([header] + rows)
    out.append("\(units.count) unit(s)" + (note.map { "; \($0)" } ?? ""))
    return out.joined(separator: "\n") + "\n"
  }

  /// Pads each column to its widest cell; the last column is not padded.
  static func alignedRows(_ rows: [[String]]) -> [String] {
    guard let width = rows.first?.count else { return [] }
    var widths = Array(repeating: 0, count: width)
    for row in rows {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
    }
    return rows.map { row in
      row.enumerated().map { index, cell in
        index == width - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
      }.joined(separator: "  ")
    }.map { line in
      var line = line
      while line.hasSuffix(" ") { line.removeLast() }
      return line
    }
  }

  /// Every field of every unit as CSV; unknown values are empty cells.
  public static func csv(_ units: [FrameUnit], fields: [FrameField] = FrameField.allCases) -> String
  {
    var lines = [fields.map { CSVText.field($0.rawValue) }.joined(separator: ",")]
    for unit in units {
      lines.append(fields.map { CSVText.field($0.value(of: unit).csvText) }.joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

/// CSV quoting (RFC 4180): a field with a comma, quote or line break is quoted, quotes doubled.
///
/// A text cell that starts like a formula (`=`, `+`, `-`, `@`, or a tab or carriage return) is
/// prefixed with `'`, so Excel, LibreOffice and NVivo show it as text instead of running it
/// (OWASP, "CSV Injection"). Numbers such as `-3.5` stay numbers.
enum CSVText {
  static func field(_ raw: String) -> String {
    let text = isFormulaLike(raw) ? "'" + raw : raw
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return text
    }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// Whether a spreadsheet would read `text` as a formula.
  static func isFormulaLike(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first,
      ["=", "+", "-", "@", "\t", "\r"].contains(first)
    else { return false }
    if first == "-" || first == "+", Double(text.dropFirst()) != nil { return false }
    return true
  }
}
