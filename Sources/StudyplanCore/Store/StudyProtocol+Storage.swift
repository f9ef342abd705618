import Foundation

extension StudyProtocol {
  /// The JSON the store keeps for a version: compact, keys sorted, so equal documents are equal text.
  package static func storageJSON(_ document: StudyProtocol) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    let data = try encoder.encode(document)
    return String(decoding: data, as: UTF8.self)
  }

  /// Reads a stored version's JSON back.
  package static func fromStorageJSON(_ json: String, reference: VersionReference) throws
    -> StudyProtocol
  {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    let document: StudyProtocol
    do {
      document = try decoder.decode(StudyProtocol.self, from: Data(json.utf8))
    } catch {
      throw StudyplanError.storeFailure(
        operation: "read protocol '\(reference)'", reason: "the stored document is unreadable")
    }
    // A version stored before imports were checked may hold numbers no command makes
    // (minutes = Int.max): refused here, located, instead of trapping in a later sum.
    if let problem = document.validationProblem(knownUnits: nil, scope: .storedNumbers) {
      throw StudyplanError.storeFailure(
        operation: "read protocol '\(reference)'",
        reason: "the stored document breaks a rule at \(problem.place): \(problem.reason)")
    }
    return document
  }

  /// The question text the full-text search indexes: ids of the chosen questions.
  package var searchableQuestionText: String {
    questions.map(\.id).joined(separator: " ")
  }
}
