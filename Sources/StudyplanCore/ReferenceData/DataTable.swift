/// A dataset text split into a header and rows, each row knowing its line number.
struct DataTable {
  /// One data row.
  struct Row {
    /// The line number in the text (header = 1).
    var line: Int
    /// The fields, in header order; empty means unknown.
    var fields: [Substring]
  }

  var rows: [Row] = []

  /// Splits `dataset.text`, checking the header and each row's field count.
  ///
  /// Rows with the wrong number of fields are reported and left out.
  init(_ dataset: EmbeddedDataset, header: [String], problems: inout [DataProblem]) {
    var lineNumber = 0
    for line in dataset.text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let fields = line.split(separator: "|", omittingEmptySubsequences: false)
      if lineNumber == 1 {
        if fields.map(String.init) != header {
          problems.append(
            DataProblem(
              dataset: dataset.id, line: 1,
              problem: "header '\(line)' should be '\(header.joined(separator: "|"))'"))
          return
        }
        continue
      }
      if line.isEmpty { continue }
      guard fields.count == header.count else {
        problems.append(
          DataProblem(
            dataset: dataset.id, line: lineNumber,
            problem: "row '\(line)' has \(fields.count) fields, expected \(header.count)"))
        continue
      }
      rows.append(Row(line: lineNumber, fields: fields))
    }
  }
}

extension Substring {
  /// Whether this is a four-digit municipality number.
  var isKommunenummer: Bool {
    utf8.count == 4 && utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
  }
}
