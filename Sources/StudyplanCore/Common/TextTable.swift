/// A plain-text table with aligned columns, for terminal output.
public struct TextTable: Sendable {
  /// Column headings.
  public var headers: [String]
  /// Rows of cells; a short row is padded with empty cells.
  public var rows: [[String]]
  /// Columns aligned right (numbers), by index. An array, not a set: a set's first use costs a
  /// scan of every protocol conformance in the binary, at the start of every `list`.
  public var rightAligned: [Int]

  public init(headers: [String], rows: [[String]] = [], rightAligned: some Sequence<Int> = []) {
    self.headers = headers
    self.rows = rows
    self.rightAligned = Array(rightAligned)
  }

  /// The table as lines joined by newlines, without a trailing newline; trailing blanks trimmed.
  public func render() -> String {
    let all = [headers] + rows
    var widths = [Int](repeating: 0, count: headers.count)
    for row in all {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], cell.count)
      }
    }
    return all.map { row in
      var line = ""
      for index in widths.indices {
        let cell = index < row.count ? row[index] : ""
        let pad = String(repeating: " ", count: widths[index] - cell.count)
        let padded = rightAligned.contains(index) ? pad + cell : cell + pad
        line += (index == 0 ? "" : "  ") + padded
      }
      return Self.trimmingTrailingSpaces(line)
    }.joined(separator: "\n")
  }

  /// `line` without the spaces at its end, compared as characters (as `reversed()` would), but
  /// looking only at its end: a listing is printed on every `list`, and reversing each line
  /// twice cost more than the rest of drawing the table.
  static func trimmingTrailingSpaces(_ line: String) -> String {
    var end = line.endIndex
    while end > line.startIndex {
      let before = line.index(before: end)
      guard line[before] == " " else { break }
      end = before
    }
    return String(line[..<end])
  }
}
