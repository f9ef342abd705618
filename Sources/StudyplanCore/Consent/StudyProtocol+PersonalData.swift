import Foundation

/// A free-text field of a protocol that looks like it holds a person's contact details.
public struct PersonalDataFinding: Hashable, Sendable {
  /// Which field, in words: "the title", "a guide question".
  public var place: String
  /// What it looks like.
  public var pattern: PersonalDataPattern

  public init(place: String, pattern: PersonalDataPattern) {
    self.place = place
    self.pattern = pattern
  }
}

extension StudyProtocol {
  /// The places a planner types prose into, outside the consent fields (which `consent` and
  /// `check` watch themselves): exchange-format paths, array indices written `[]`.
  static let freeTextPlaces: [String: String] = [
    "title": "the title",
    "purpose": "the purpose",
    "model.justification": "the model's justification",
    "questions[].text": "a research question",
    "roles[].name.nb": "a role's name",
    "roles[].name.en": "a role's name",
    "roles[].aliases[]": "a role's alias",
    "guide.sections[].title.nb": "a guide section's title",
    "guide.sections[].title.en": "a guide section's title",
    "guide.sections[].questions[].text.nb": "a guide question",
    "guide.sections[].questions[].text.en": "a guide question",
    "guide.sections[].questions[].probes[].text.nb": "a probe",
    "guide.sections[].questions[].probes[].text.en": "a probe",
  ].merging(
    MethodsField.allCases.map {
      ("methods.values.\($0.rawValue)", "the methods field '\($0.rawValue)'")
    },
    uniquingKeysWith: { first, _ in first })

  /// Free-text fields that look like they hold an e-mail address or a phone number, each once.
  ///
  /// A protocol keeps roles, never people: such text is a warning, not an error, since a
  /// switchboard number or a department's address can be fine.
  public var personalDataFindings: [PersonalDataFinding] {
    guard let data = try? JSONEncoder().encode(self),
      let tree = try? JSONSerialization.jsonObject(with: data)
    else { return [] }
    var findings: [PersonalDataFinding] = []
    Self.visitStrings(in: tree, path: "") { path, text in
      guard let place = Self.freeTextPlaces[path] else { return }
      for pattern in PersonalDataPattern.matches(in: text) {
        let finding = PersonalDataFinding(place: place, pattern: pattern)
        if !findings.contains(finding) { findings.append(finding) }
      }
    }
    return findings
  }

  private static func visitStrings(
    in node: Any, path: String, _ visit: (String, String) -> Void
  ) {
    if let text = node as? String {
      visit(path, text)
    } else if let object = node as? [String: Any] {
      for (key, value) in object.sorted(by: { $0.key < $1.key }) {
        visitStrings(in: value, path: path.isEmpty ? key : "\(path).\(key)", visit)
      }
    } else if let array = node as? [Any] {
      for value in array { visitStrings(in: value, path: path + "[]", visit) }
    }
  }
}
