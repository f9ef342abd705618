import Foundation
import StudyplanCore

/// The 2019 frame (422 municipalities, every column of `frame --format csv`) written as an XLSX
/// workbook (`SpreadsheetML`, what `export sample|cases|fieldwork --format xlsx` use), next to
/// Python's openpyxl (write-only mode) writing the same cells in the same run. Python times
/// itself, its start-up and reading the table left out. Target: no slower than openpyxl.
enum SpreadsheetBenchmark {
  static let name = "XLSX workbook of the 2019 frame (422 rows): writing"
  static let target = "≤ 1× python3 openpyxl"

  static func run() throws -> [BenchmarkResult] {
    let frame = SamplingFrame(data: ReferenceData.load(.embedded))
    let fields = FrameField.columns(for: frame.layer)
    let table = ExportTable(
      header: fields.map(\.rawValue),
      rows: frame.units.map { unit in fields.map { $0.value(of: unit).csvText } },
      numericColumns: Set(fields.filter(\.isNumeric).map(\.rawValue)))
    var bytes = 0
    let ours = try Measure.median(runs: 21) {
      bytes = try SpreadsheetML.workbook(table, sheetName: "frame").count
    }
    let input = FileManager.default.temporaryDirectory
      .appendingPathComponent("studyplan-bench-xlsx-\(UUID().uuidString).csv")
    try Data(table.csv().utf8).write(to: input)
    defer { try? FileManager.default.removeItem(at: input) }
    let numeric = table.numericColumns.sorted().joined(separator: ",")
    guard let peer = Measure.pythonPeer("xlsx_reference.py", [input.path, numeric, "21"]),
      peer.checksum == String(table.rows.count)
    else {
      print("xlsx: \(Measure.ms(ours)) (\(bytes) bytes); python3 with openpyxl not available")
      return [
        BenchmarkResult(
          name: name, value: ours * 1000, unit: "ms", peer: "python3 openpyxl (not installed)",
          peerValue: nil, ratio: nil, target: target, meetsTarget: false)
      ]
    }
    let ratio = ours / peer.median
    print(
      "xlsx: \(table.rows.count) rows in \(Measure.ms(ours)) (\(bytes) bytes); python3 openpyxl "
        + "\(Measure.ms(peer.median)); ratio " + String(format: "%.3f", ratio) + "×")
    return [
      BenchmarkResult(
        name: name, value: ours * 1000, unit: "ms",
        peer: "python3 openpyxl (same cells, write-only, in-process)",
        peerValue: peer.median * 1000, ratio: ratio, target: target, meetsTarget: ratio <= 1)
    ]
  }
}
