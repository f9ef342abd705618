import Foundation

/// Parses and validates import files into `ImportedDataset` values; nothing is stored here.
///
/// Every error names `file:line:column`. A file is accepted whole or not at all.
public enum DataImporter {
  /// Parses `data` (the bytes of the file at `path`) as `kind`, checking it against `reference`.
  public static func parse(
    _ data: Data, path: String, kind: ImportKind, reference: ReferenceData
  ) throws(StudyplanError) -> ImportedDataset {
    let table = try DelimitedText(data: data, path: path)
    let fileName = path.split(separator: "/").last.map(String.init) ?? path
    let hash = DataHash.sha256Hex(of: [UInt8](data))
    var dataset = ImportedDataset(
      kind: kind,
      version: DatasetVersion(
        id: "import-\(kind.rawValue)-\(hash.prefix(8))", label: "", sha256: hash),
      fileName: fileName, encoding: table.encoding, centrality: [:], codes: [], cooperations: [],
      unmatchedCodes: [])
    guard let header = table.records.first else {
      throw .importInvalid(path: path, line: 1, column: 1, problem: "the file is empty")
    }
    let rows = Array(table.records.dropFirst())
    guard !rows.isEmpty else {
      throw .importInvalid(path: path, line: 1, column: 1, problem: "the file has no rows")
    }
    let columns = HeaderColumns(header)
    switch kind {
    case .klass:
      try parseKlass(rows, columns: columns, path: path, reference: reference, into: &dataset)
    case .cooperations:
      try parseCooperations(
        rows, columns: columns, path: path, reference: reference, into: &dataset)
    }
    return dataset
  }

  /// Column positions by lowercased header name.
  struct HeaderColumns {
    var positions: [String: Int] = [:]
    var record: DelimitedText.Record

    init(_ record: DelimitedText.Record) {
      self.record = record
      for (index, field) in record.fields.enumerated() {
        let name = field.text.trimmingCharacters(in: .whitespaces).lowercased()
        if positions[name] == nil { positions[name] = index }
      }
    }

    func index(_ names: String...) -> Int? {
      names.lazy.compactMap { positions[$0.lowercased()] }.first
    }
  }

  /// The field at `index` of `row`, or an error pointing past the row's end.
  static func field(
    _ row: DelimitedText.Record, _ index: Int, name: String, path: String
  ) throws(StudyplanError) -> DelimitedText.Field {
    guard index < row.fields.count else {
      throw .importInvalid(
        path: path, line: row.line, column: row.endColumn,
        problem: "the row ends before the '\(name)' column")
    }
    return row.fields[index]
  }

  static func invalid(_ path: String, _ field: DelimitedText.Field, _ problem: String)
    -> StudyplanError
  {
    .importInvalid(
      path: path, line: field.line, column: field.column + (field.quoted ? 1 : 0),
      problem: problem)
  }

  private static func parseKlass(
    _ rows: [DelimitedText.Record], columns: HeaderColumns, path: String,
    reference: ReferenceData, into dataset: inout ImportedDataset
  ) throws(StudyplanError) {
    let codes2020 = Set(reference.municipalities2020.map(\.kommunenummer))
    let validFrom = columns.index("validfrom")
    var firstLine: [String: Int] = [:]
    var unmatched: [String] = []
    var dates: Set<String> = []
    if let source = columns.index("sourcecode"), let target = columns.index("targetcode") {
      for row in rows {
        let code = try field(row, source, name: "sourceCode", path: path)
        let value = try field(row, target, name: "targetCode", path: path)
        let number = code.text.trimmingCharacters(in: .whitespaces)
        try checkCode(number, code, path)
        let text = value.text.trimmingCharacters(in: .whitespaces)
        guard let centralityClass = Int(text), (1...6).contains(centralityClass) else {
          throw invalid(path, value, "centrality class '\(text)' is outside 1–6")
        }
        if let first = firstLine[number] {
          throw invalid(path, code, "duplicate code '\(number)' (also on line \(first))")
        }
        firstLine[number] = row.line
        if let validFrom, validFrom < row.fields.count, !row.fields[validFrom].text.isEmpty {
          dates.insert(row.fields[validFrom].text)
        }
        if codes2020.contains(number) {
          dataset.centrality[number] = centralityClass
        } else {
          unmatched.append(number)
        }
      }
      let date = dates.count == 1 ? dates.first.map { ", valid from \($0)" } ?? "" : ""
      dataset.version.label =
        "SSB KLASS 131→128 centrality correspondence\(date), imported from '\(dataset.fileName)'"
    } else if let codeColumn = columns.index("code"), let nameColumn = columns.index("name") {
      for row in rows {
        let code = try field(row, codeColumn, name: "code", path: path)
        let name = try field(row, nameColumn, name: "name", path: path)
        let number = code.text.trimmingCharacters(in: .whitespaces)
        try checkCode(number, code, path)
        if let first = firstLine[number] {
          throw invalid(path, code, "duplicate code '\(number)' (also on line \(first))")
        }
        firstLine[number] = row.line
        dataset.codes.append(ImportedCode(code: number, name: name.text))
        if !codes2020.contains(number) { unmatched.append(number) }
      }
      dataset.version.label =
        "SSB KLASS 131 municipality codes, imported from '\(dataset.fileName)'"
    } else {
      throw .importInvalid(
        path: path, line: columns.record.line, column: 1,
        problem: "the header names neither 'sourceCode' and 'targetCode' (a KLASS "
          + "correspondence) nor 'code' and 'name' (a KLASS code list)")
    }
    dataset.unmatchedCodes = unmatched
  }

  private static func checkCode(
    _ number: String, _ field: DelimitedText.Field, _ path: String
  ) throws(StudyplanError) {
    guard number.utf8.count == 4, number.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
      throw invalid(path, field, "'\(number)' is not a four-digit municipality code")
    }
  }
}
