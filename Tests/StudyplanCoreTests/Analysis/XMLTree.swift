import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A parsed XML element, with namespaces resolved, for checking REFI-QDA files against the
/// rules of their schemas.
final class XMLTree {
  let name: String
  let namespace: String?
  let attributes: [String: String]
  var children: [XMLTree] = []
  var text = ""

  init(name: String, namespace: String?, attributes: [String: String]) {
    self.name = name
    self.namespace = namespace
    self.attributes = attributes
  }

  /// The children named `name`.
  func elements(_ name: String) -> [XMLTree] { children.filter { $0.name == name } }

  /// This element and every element below it, depth first.
  var all: [XMLTree] { [self] + children.flatMap(\.all) }

  /// Parses `data`; nil when it is not well-formed XML.
  static func parse(_ data: Data) -> XMLTree? {
    let builder = Builder()
    let parser = XMLParser(data: data)
    parser.shouldProcessNamespaces = true
    parser.delegate = builder
    guard parser.parse() else { return nil }
    return builder.root
  }

  private final class Builder: NSObject, XMLParserDelegate {
    var root: XMLTree?
    var stack: [XMLTree] = []

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String] = [:]
    ) {
      let element = XMLTree(name: elementName, namespace: namespaceURI, attributes: attributes)
      if let parent = stack.last { parent.children.append(element) } else { root = element }
      stack.append(element)
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
      qualifiedName: String?
    ) {
      stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      stack.last?.text += string
    }
  }
}

/// The rules of the REFI-QDA 1.0 schemas the exports must follow, as checks.
enum QDASchemaRules {
  /// The GUID pattern of the schemas' `GUIDType` (without braces, as studyplan writes them).
  static func isGUID(_ text: String) -> Bool {
    let groups = text.split(separator: "-", omittingEmptySubsequences: false)
    guard groups.map(\.count) == [8, 4, 4, 4, 12] else { return false }
    return text.allSatisfy { $0 == "-" || $0.isHexDigit }
  }

  /// Problems of a `Code` element and its sub-codes: required attributes, `isCodable` a
  /// boolean, only `Description` (first, at most once), `NoteRef` (project files only) and
  /// `Code` children.
  static func codeProblems(_ code: XMLTree, namespace: String, allowNoteRef: Bool = false)
    -> [String]
  {
    var problems: [String] = []
    for required in ["guid", "name", "isCodable"] where code.attributes[required] == nil {
      problems.append("a Code lacks '\(required)'")
    }
    if let guid = code.attributes["guid"], !isGUID(guid) { problems.append("bad guid \(guid)") }
    if let codable = code.attributes["isCodable"], !["true", "false"].contains(codable) {
      problems.append("isCodable '\(codable)'")
    }
    let allowed = ["Description", "Code"] + (allowNoteRef ? ["NoteRef"] : [])
    for child in code.children where !allowed.contains(child.name) || child.namespace != namespace {
      problems.append("unexpected <\(child.name)> in a Code")
    }
    let names = code.children.map(\.name)
    if names.filter({ $0 == "Description" }).count > 1 { problems.append("two Descriptions") }
    if let index = names.firstIndex(of: "Description"), index != 0 {
      problems.append("Description is not first")
    }
    for child in code.elements("Code") {
      problems += codeProblems(child, namespace: namespace, allowNoteRef: allowNoteRef)
    }
    return problems
  }
}
