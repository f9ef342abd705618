import Foundation

extension StudyProtocol {
  /// The JSON the store keeps for a version: compact, keys sorted, so equal documents are equal text.
  static func storageJSON(_ document: StudyProtocol) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    let data = try encoder.encode(document)
    return String(decoding: data, as: UTF8.self)
  }

  /// Reads a stored version's JSON back.
  static func fromStorageJSON(_ json: String, reference: VersionReference) throws -> StudyProtocol {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    do {
      return try decoder.decode(StudyProtocol.self, from: Data(json.utf8))
    } catch {
      throw StudyplanError.storeFailure(
        operation: "read protocol '\(reference)'", reason: "the stored document is unreadable")
    }
  }

  /// The question text the full-text search indexes: ids of the chosen questions.
  var searchableQuestionText: String {
    questions.map(\.id).joined(separator: " ")
  }
}
