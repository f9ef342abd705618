import Foundation

/// A protocol that ships with studyplan: one file of `Protocols/`, embedded as its JSON text.
///
/// The texts live in `ShippedProtocols.swift`, which `Scripts/make-protocols.sh` generates from
/// `Protocols/*.json`; a test fails when the two differ. `templates` lists them and
/// `new "TITLE" --from ID` starts a protocol from one.
public struct ShippedProtocol: Equatable, Sendable {
  /// The template id: the file name without `.json` (`model-1`).
  public var id: String
  /// The file's exact text, in the exchange format (docs/protocol-format.md).
  public var json: String

  /// Creates an entry from its id and JSON text.
  public init(id: String, json: String) {
    self.id = id
    self.json = json
  }

  /// The file name in `Protocols/`.
  public var fileName: String { "\(id).json" }

  /// The protocol the file holds.
  ///
  /// - Throws: `StudyplanError.malformedJSON` when the embedded text does not decode (a test
  ///   keeps this from shipping).
  public func document() throws -> StudyProtocol {
    try ProtocolJSON.decode(Data(json.utf8), file: "Protocols/\(fileName)")
  }

  /// Every shipped protocol, in id order.
  public static var all: [ShippedProtocol] { embedded.sorted { $0.id < $1.id } }

  /// The shipped protocol with this id (case-insensitive).
  ///
  /// - Throws: `StudyplanError.unknownTemplate`, with the closest id as a suggestion.
  public static func named(_ id: String) throws(StudyplanError) -> ShippedProtocol {
    let key = id.lowercased()
    if let found = all.first(where: { $0.id == key }) { return found }
    throw .unknownTemplate(id, suggestion: Suggestion.closest(to: id, in: all.map(\.id)))
  }
}

extension StudyProtocol {
  /// A new, unsaved protocol titled `title`, started from the shipped protocol `template`.
  ///
  /// It keeps the template's questions, model, roles, guide, sample and consent fields; it is a
  /// draft, and its lineage names the template and nothing else.
  public static func started(
    from template: ShippedProtocol, title: String
  ) throws -> StudyProtocol {
    var document = try template.document()
    document.title = title
    document.status = .draft
    document.lineage = Lineage(template: template.id)
    return document
  }

  /// A one-line description: the first sentence of the purpose, shortened to `limit` characters.
  public func oneLineDescription(limit: Int = 72) -> String {
    let flat = purpose.split(whereSeparator: \.isNewline).joined(separator: " ")
    let sentence = flat.range(of: ". ").map { String(flat[..<$0.lowerBound]) } ?? flat
    let trimmed = sentence.hasSuffix(".") ? String(sentence.dropLast()) : sentence
    guard trimmed.count > limit else { return trimmed }
    return String(trimmed.prefix(limit - 1)).trimmingCharacters(in: .whitespaces) + "…"
  }
}
