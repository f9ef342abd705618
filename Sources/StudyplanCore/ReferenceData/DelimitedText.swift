import Foundation

/// A `;`- or `,`-separated file as records of fields, each field knowing its line and column.
///
/// Reads UTF-8 (with or without a byte-order mark) and falls back to Windows-1252/latin-1, the
/// encodings SSB's exports come in. Quoted fields may hold separators, doubled quotes and
/// line breaks.
struct DelimitedText {
  /// One field with the place where its text starts (both counted from 1).
  struct Field {
    var text: String
    var line: Int
    var column: Int
    /// Whether the field was quoted (its content starts one column after `column`).
    var quoted: Bool
  }

  /// One record: its fields and the line it starts on, and the column just past its end.
  struct Record {
    var fields: [Field]
    var line: Int
    var endColumn: Int
  }

  var records: [Record] = []
  /// The encoding the bytes were read as: `UTF-8` or `latin-1`.
  var encoding: String
  /// The separator found in the first line.
  var separator: Character

  /// Decodes and splits `data`; `path` names the file in errors.
  init(data: Data, path: String) throws(StudyplanError) {
    var bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    let text: String
    if let utf8 = String(validating: bytes, as: UTF8.self) {
      text = utf8
      encoding = "UTF-8"
    } else {
      text =
        String(data: Data(bytes), encoding: .windowsCP1252)
        ?? String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
      encoding = "latin-1"
    }
    let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
    separator = firstLine.contains(";") ? ";" : ","
    records = try Self.split(text, separator: separator, path: path)
  }

  private static func split(
    _ text: String, separator: Character, path: String
  ) throws(StudyplanError) -> [Record] {
    var records: [Record] = []
    var fields: [Field] = []
    var current = ""
    var line = 1
    var column = 1
    var fieldLine = 1
    var fieldColumn = 1
    var recordLine = 1
    var inQuotes = false
    var quoted = false
    var afterQuote = false
    var iterator = text.makeIterator()
    var pending: Character? = nil

    func endField() {
      fields.append(Field(text: current, line: fieldLine, column: fieldColumn, quoted: quoted))
      current = ""
      quoted = false
      afterQuote = false
    }

    while let character = pending ?? iterator.next() {
      pending = nil
      if inQuotes {
        if character == "\"" {
          let next = iterator.next()
          if next == "\"" {
            current.append("\"")
            column += 2
            continue
          }
          inQuotes = false
          afterQuote = true
          column += 1
          pending = next
          continue
        }
        current.append(character)
        if character == "\n" || character == "\r\n" {
          line += 1
          column = 1
        } else {
          column += 1
        }
        continue
      }
      switch character {
      case separator:
        endField()
        column += 1
        fieldLine = line
        fieldColumn = column
      case "\n", "\r\n", "\r":
        endField()
        if !(fields.count == 1 && fields[0].text.isEmpty && !fields[0].quoted) {
          records.append(Record(fields: fields, line: recordLine, endColumn: column))
        }
        fields = []
        line += 1
        column = 1
        fieldLine = line
        fieldColumn = 1
        recordLine = line
      case "\"" where current.isEmpty && !quoted:
        inQuotes = true
        quoted = true
        column += 1
      default:
        if afterQuote {
          throw .importInvalid(
            path: path, line: line, column: column,
            problem: "unexpected '\(character)' after a closing quote")
        }
        current.append(character)
        column += 1
      }
    }
    if inQuotes {
      throw .importInvalid(
        path: path, line: fieldLine, column: fieldColumn, problem: "a quoted field is not closed")
    }
    endField()
    if !(fields.count == 1 && fields[0].text.isEmpty && !fields[0].quoted) {
      records.append(Record(fields: fields, line: recordLine, endColumn: column))
    }
    return records
  }
}
