import Foundation

extension DataImporter {
  /// Reads `name;kind;members` rows; members are 2019 kommunenummer separated by commas or
  /// spaces.
  static func parseCooperations(
    _ rows: [DelimitedText.Record], columns: HeaderColumns, path: String,
    reference: ReferenceData, into dataset: inout ImportedDataset
  ) throws(StudyplanError) {
    guard let nameColumn = columns.index("name", "navn"),
      let kindColumn = columns.index("kind", "type"),
      let membersColumn = columns.index("members", "medlemmer")
    else {
      throw .importInvalid(
        path: path, line: columns.record.line, column: 1,
        problem: "the header must name the columns 'name', 'kind' and 'members'")
    }
    let codes2019 = Set(reference.municipalities2019.map(\.kommunenummer))
    var seen: [String: Int] = [:]
    for row in rows {
      let nameField = try field(row, nameColumn, name: "name", path: path)
      let kindField = try field(row, kindColumn, name: "kind", path: path)
      let membersField = try field(row, membersColumn, name: "members", path: path)
      let name = nameField.text.trimmingCharacters(in: .whitespaces)
      guard !name.isEmpty else { throw invalid(path, nameField, "the cooperation has no name") }
      if let first = seen[name.lowercased()] {
        throw invalid(path, nameField, "duplicate cooperation '\(name)' (also on line \(first))")
      }
      seen[name.lowercased()] = row.line
      let kindText = kindField.text.trimmingCharacters(in: .whitespaces).lowercased()
      guard let kind = cooperationKind(kindText) else {
        throw invalid(
          path, kindField, "unknown kind '\(kindField.text)'; use byr, regionråd, iks or other")
      }
      var members: [String] = []
      var offset = 0
      var token = ""
      var tokenOffset = 0
      func finish() throws(StudyplanError) {
        defer { token = "" }
        guard !token.isEmpty else { return }
        var place = membersField
        place.column += tokenOffset
        guard token.utf8.count == 4, token.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
          throw invalid(path, place, "member '\(token)' is not a four-digit kommunenummer")
        }
        guard codes2019.contains(token) else {
          let predecessors = reference.changes.filter { $0.to == token }.map(\.from)
          let hint =
            predecessors.isEmpty
            ? ""
            : "; it is a 2020 number: use its predecessors "
              + predecessors.joined(separator: ", ")
          throw invalid(path, place, "member '\(token)' is not a 2019 municipality" + hint)
        }
        if members.contains(token) {
          throw invalid(path, place, "member '\(token)' is listed twice")
        }
        members.append(token)
      }
      for character in membersField.text {
        if character == "," || character == " " || character == "\t" {
          try finish()
        } else {
          if token.isEmpty { tokenOffset = offset }
          token.append(character)
        }
        offset += 1
      }
      try finish()
      guard !members.isEmpty else {
        throw invalid(path, membersField, "cooperation '\(name)' lists no members")
      }
      dataset.cooperations.append(Cooperation(name: name, kind: kind, members: members))
    }
    dataset.version.label = "Cooperations imported from '\(dataset.fileName)'"
  }

  private static func cooperationKind(_ text: String) -> CooperationKind? {
    switch text {
    case "byr", "byregion", "city region", "city-region": .byr
    case "regionråd", "regionrad", "regional council": .regionraad
    case "iks": .iks
    case "other", "annet": .other
    default: nil
    }
  }
}
