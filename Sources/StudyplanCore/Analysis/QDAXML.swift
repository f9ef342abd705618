/// The REFI-QDA XML files: the codebook (`.qdc`, namespace `urn:QDA-XML:codebook:1.0`) and the
/// project (`project.qde` inside a `.qdpx`, namespace `urn:QDA-XML:project:1.0`).
///
/// Written to the structure of the REFI-QDA 1.0 schemas (Codebook.xsd, Project.xsd): a
/// `CodeBook` root holding `Codes`, each `Code` with the required `guid`, `name` and
/// `isCodable`, an optional `Description` first and its sub-codes after. No dates are written,
/// so the same protocol version gives the same bytes.
public enum QDAXML {
  /// The codebook namespace.
  public static let codebookNamespace = "urn:QDA-XML:codebook:1.0"
  /// The project namespace.
  public static let projectNamespace = "urn:QDA-XML:project:1.0"

  /// The codebook as a `.qdc` file; `origin` names the program that wrote it.
  public static func codebook(_ codebook: Codebook, origin: String) throws(StudyplanError)
    -> String
  {
    guard !codebook.codes.isEmpty else { throw .emptyCodebook }
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml += "<CodeBook xmlns=\"\(codebookNamespace)\" origin=\"\(attribute(origin))\">\n"
    xml += codes(codebook.codes, indent: "  ")
    xml += "</CodeBook>\n"
    return xml
  }

  /// `<Codes>` with every code, indented by `indent`.
  static func codes(_ codes: [CodebookCode], indent: String) -> String {
    var xml = "\(indent)<Codes>\n"
    func write(_ code: CodebookCode, _ pad: String) {
      xml += "\(pad)<Code guid=\"\(code.guid)\" name=\"\(attribute(code.name))\" isCodable=\"true\""
      if code.description.isEmpty && code.children.isEmpty {
        xml += "/>\n"
        return
      }
      xml += ">\n"
      if !code.description.isEmpty {
        xml += "\(pad)  <Description>\(text(code.description))</Description>\n"
      }
      for child in code.children { write(child, pad + "  ") }
      xml += "\(pad)</Code>\n"
    }
    for code in codes { write(code, indent + "  ") }
    xml += "\(indent)</Codes>\n"
    return xml
  }

  /// Escapes text for an attribute value; line breaks are kept as character references.
  public static func attribute(_ value: String) -> String {
    escape(value, inAttribute: true)
  }

  /// Escapes text for element content.
  public static func text(_ value: String) -> String {
    escape(value, inAttribute: false)
  }

  private static func escape(_ value: String, inAttribute: Bool) -> String {
    var out = ""
    out.reserveCapacity(value.utf8.count)
    for scalar in value.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"" where inAttribute: out += "&quot;"
      case "\n" where inAttribute: out += "&#10;"
      case "\t" where inAttribute: out += "&#9;"
      case "\r": out += "&#13;"
      case "\n", "\t": out.unicodeScalars.append(scalar)
      default:
        let code = scalar.value
        if code < 0x20 || (0xFFFE...0xFFFF).contains(code) { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}

extension Codebook {
  /// The codebook as CSV with `path`, `description` and `guid` columns, one row per code, the
  /// path being the ids from the top joined with dots (`rq-kapasitet.kapasitet.q5`), so each
  /// row names its place in the tree; the description is on one line (``oneLine(_:)``), its
  /// code's text first.
  public func csv() throws(StudyplanError) -> String {
    guard !codes.isEmpty else { throw .emptyCodebook }
    var lines = ["path,description,guid"]
    for (path, code) in flattened {
      lines.append(
        [path.joined(separator: "."), Self.oneLine(code.description), code.guid].map(CSVText.field)
          .joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
