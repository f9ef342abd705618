/// A table of text cells under a header row: what a data export's CSV file and its XLSX
/// workbook are both written from, so the two hold the same values.
///
/// Cells are the values as text, never escaped; an empty cell is unknown or not applicable.
/// `numericColumns` names the columns whose values are numbers (a workbook writes them as
/// number cells); every other column is text, so a kommunenummer such as `0301` keeps its
/// leading zero in a spreadsheet.
public struct ExportTable: Equatable, Sendable {
  /// The column names, in order.
  public var header: [String]
  /// The rows, each with one cell per column.
  public var rows: [[String]]
  /// The columns whose non-empty cells are numbers.
  public var numericColumns: Set<String>

  /// Creates a table.
  public init(header: [String], rows: [[String]] = [], numericColumns: Set<String> = []) {
    self.header = header
    self.rows = rows
    self.numericColumns = numericColumns
  }

  /// The table as CSV (RFC 4180, `CSVText`): the header row, then one line per row.
  public func csv() -> String {
    var lines = [header.map(CSVText.field).joined(separator: ",")]
    for row in rows { lines.append(row.map(CSVText.field).joined(separator: ",")) }
    return lines.joined(separator: "\n") + "\n"
  }
}
