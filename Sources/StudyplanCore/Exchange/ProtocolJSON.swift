import Foundation

/// The protocol exchange format: the whole protocol as JSON, documented in docs/protocol-format.md.
///
/// The file holds a format name, a `schemaVersion` and the protocol. Keys are sorted and the
/// layout fixed, so export → import → export gives the same bytes. Store details (ids, dates)
/// stay out: an imported protocol gets an id in the store it is imported into.
public enum ProtocolJSON {
  /// The format name every file carries.
  public static let formatName = "studyplan-protocol"
  /// The schema version this studyplan writes and the newest it reads.
  public static let schemaVersion = 1

  private struct FormatField: Decodable {
    var format: String
  }

  private struct VersionField: Decodable {
    var schemaVersion: Int
  }

  private struct Envelope: Codable {
    var format: String
    var schemaVersion: Int
    var `protocol`: StudyProtocol
  }

  /// The largest file `import` reads: far above any protocol the commands can make (every
  /// field at its length limit), far below what would exhaust memory.
  public static let maximumFileSize = 16 * 1024 * 1024

  /// The JSON text of `document`, ending in a newline.
  public static func encode(_ document: StudyProtocol) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(
      Envelope(format: formatName, schemaVersion: schemaVersion, protocol: document))
    data.append(0x0A)
    return data
  }

  /// Reads a protocol from `data`; `file` names the source in errors.
  ///
  /// Errors say where: the line and column of a syntax error, or the JSON path of a value that
  /// does not fit (`$.protocol.questions[2].id`).
  public static func decode(_ data: Data, file: String, knownUnits: KnownUnits? = nil) throws
    -> StudyProtocol
  {
    guard data.count <= maximumFileSize else {
      throw StudyplanError.malformedJSON(
        file: file, place: "$",
        reason: "the file holds \(data.count) bytes; a protocol file is at most \(maximumFileSize)")
    }
    do {
      _ = try JSONSerialization.jsonObject(with: data)
    } catch {
      throw StudyplanError.malformedJSON(
        file: file, place: syntaxErrorPlace(error, in: data), reason: "this is not valid JSON")
    }
    // Each header field on its own, so a wrong type is reported at its own path.
    let decoder = JSONDecoder()
    guard (try? decoder.decode(FormatField.self, from: data))?.format == formatName else {
      throw StudyplanError.malformedJSON(
        file: file, place: "$.format",
        reason: "expected \"\(formatName)\"; is this a studyplan protocol?")
    }
    guard let version = (try? decoder.decode(VersionField.self, from: data))?.schemaVersion,
      version >= 1
    else {
      throw StudyplanError.malformedJSON(
        file: file, place: "$.schemaVersion", reason: "expected a whole number from 1")
    }
    guard version <= schemaVersion else {
      throw StudyplanError.malformedJSON(
        file: file, place: "$.schemaVersion",
        reason:
          "version \(version) is newer than this studyplan reads (\(schemaVersion)); upgrade studyplan"
      )
    }
    let document: StudyProtocol
    do {
      document = try decoder.decode(Envelope.self, from: data).protocol
    } catch let error as DecodingError {
      let (path, reason) = describe(error)
      throw StudyplanError.malformedJSON(file: file, place: path, reason: reason)
    }
    // The rules every save keeps, so an import cannot make a protocol the commands refuse.
    if let problem = document.validationProblem(knownUnits: knownUnits) {
      throw StudyplanError.malformedJSON(
        file: file, place: "$." + problem.place, reason: problem.reason)
    }
    return document
  }

  /// `$.a.b[2].c` for a decoding path.
  static func jsonPath(_ codingPath: [any CodingKey]) -> String {
    codingPath.reduce("$") { path, key in
      key.intValue.map { "\(path)[\($0)]" } ?? "\(path).\(key.stringValue)"
    }
  }

  private static func describe(_ error: DecodingError) -> (String, String) {
    switch error {
    case .typeMismatch(let type, let context):
      return (jsonPath(context.codingPath), "expected \(typeName(type))")
    case .valueNotFound(let type, let context):
      return (jsonPath(context.codingPath), "expected \(typeName(type)), found null")
    case .keyNotFound(let key, let context):
      return (jsonPath(context.codingPath + [key]), "this field is required")
    case .dataCorrupted(let context):
      return (jsonPath(context.codingPath), corruptionReason(context.debugDescription))
    @unknown default:
      return ("$", "unreadable")
    }
  }

  /// Foundation's "Cannot initialize Language from invalid String value x" in the planner's
  /// voice: the value quoted, on one line, never a Swift type name.
  private static func corruptionReason(_ description: String) -> String {
    guard let range = description.range(of: " value ", options: .backwards),
      description.hasPrefix("Cannot initialize")
    else {
      return description.lowercased().filter { !$0.isNewline }
    }
    let value = String(description[range.upperBound...]).unicodeScalars
      .map { $0.properties.generalCategory == .control ? $0.escaped(asASCII: true) : String($0) }
      .joined()
    let shown = value.count > 60 ? value.prefix(59) + "…" : Substring(value)
    return "'\(shown)' is not one of the values this field allows"
  }

  private static func typeName(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: "a text"
    case is Int.Type, is Int64.Type: "a whole number"
    case is Double.Type: "a number"
    case is Bool.Type: "true or false"
    default: "a value of the right kind"
    }
  }

  /// `line L, column C` from Foundation's "around character N", when it says so.
  private static func syntaxErrorPlace(_ error: any Error, in data: Data) -> String {
    let text = (error as NSError).userInfo["NSDebugDescription"] as? String ?? ""
    guard let range = text.range(of: #"character (\d+)"#, options: .regularExpression),
      let offset = Int(text[range].dropFirst("character ".count))
    else { return "$" }
    var line = 1
    var column = 1
    for byte in data.prefix(offset) {
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return "line \(line), column \(column)"
  }
}
