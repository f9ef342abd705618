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

/// A field of a protocol a planner (or an imported file) types prose into.
///
/// **The one list of free-text fields.** The length limit (``FreeText/maximumLength``), the
/// personal-data scan (warnings after a command and on `import`), and the validation of saves
/// and imports all read ``StudyProtocol/freeTextFields``. A new free-text field joins them all
/// with one entry here: its exchange-format path (array elements written `[]`), how a warning
/// names it, and whether it is scanned. Output escaping of control characters
/// (``FreeText/displayable(_:)``) applies to everything printed, so it needs no entry.
public struct FreeTextField: Sendable {
  /// Whether the personal-data scan looks at the field.
  public enum Scan: Sendable {
    /// Scanned: a warning after the command that changed it, and on `import`.
    case warn
    /// A consent field: `consent` and `check` warn about it themselves; `import` scans it.
    case consentCommand
    /// Not scanned: the project's own contact fields (controller, project leader, data
    /// protection officer) are meant to hold functional addresses and numbers.
    case exempt
  }

  /// The exchange-format path, e.g. `guide.sections[].questions[].text.nb`: array elements
  /// written `[]`, the values of an object keyed by ids (a role's wording) written `{}`.
  public var path: String
  /// How a warning names it: "the purpose", "a guide question".
  public var place: String
  /// Whether and by whom it is scanned for personal data.
  public var scan: Scan

  public init(_ path: String, _ place: String, scan: Scan = .warn) {
    self.path = path
    self.place = place
    self.scan = scan
  }
}

extension StudyProtocol {
  /// Every free-text field of a protocol. Add new fields here (see ``FreeTextField``).
  public static let freeTextFields: [FreeTextField] =
    [
      FreeTextField("title", "the title"),
      FreeTextField("purpose", "the purpose"),
      FreeTextField("purposeTranslation.text", "the purpose"),
      FreeTextField("fieldwork.reported.source", "the source of the reported figures"),
      FreeTextField("model.justification", "the model's justification"),
      FreeTextField("questions[].text", "a research question"),
      FreeTextField("roles[].name.nb", "a role's name"),
      FreeTextField("roles[].name.en", "a role's name"),
      FreeTextField("roles[].aliases[]", "a role's alias"),
      FreeTextField("guide.sections[].title.nb", "a guide section's title"),
      FreeTextField("guide.sections[].title.en", "a guide section's title"),
      FreeTextField("guide.sections[].questions[].text.nb", "a guide question"),
      FreeTextField("guide.sections[].questions[].text.en", "a guide question"),
      FreeTextField("guide.sections[].questions[].indirectText.nb", "a guide question"),
      FreeTextField("guide.sections[].questions[].indirectText.en", "a guide question"),
      FreeTextField("guide.sections[].questions[].probes[].text.nb", "a probe"),
      FreeTextField("guide.sections[].questions[].probes[].text.en", "a probe"),
      FreeTextField("guide.sections[].questions[].roleTexts{}.nb", "a guide question"),
      FreeTextField("guide.sections[].questions[].roleTexts{}.en", "a guide question"),
      FreeTextField("sample.plan.purposive[].reason", "a purposive reason"),
      FreeTextField("sample.units[].reason", "a purposive reason"),
      // Text the sample carries from the frame and the planner's filter: a cooperation name
      // from an imported table, a stratum label, a unit's name. Scanned because an imported
      // file (or an imported cooperation table) can put anything there.
      FreeTextField("sample.plan.filter", "the sample's filter"),
      FreeTextField("sample.plan.strata[]", "a stratum field"),
      FreeTextField("sample.plan.strataPlan[].key", "a stratum"),
      FreeTextField("sample.plan.dataVersions[].label", "a data version's label"),
      FreeTextField("sample.units[].name", "a unit's name"),
      FreeTextField("sample.units[].stratum", "a stratum"),
      FreeTextField("sample.units[].cluster", "a unit's name"),
      FreeTextField("sample.reserves[].stratum", "a stratum"),
      FreeTextField("sample.reserves[].units[].name", "a unit's name"),
      FreeTextField("sample.plan.replacementStrata[].key", "a stratum"),
      FreeTextField("sample.plan.purposive[].cell", "a purposive cell"),
      FreeTextField("sample.log[].stratum", "a stratum"),
      FreeTextField("fieldwork.slots[].unitName", "a unit's name"),
      FreeTextField("fieldwork.slots[].stratum", "a stratum"),
      // Ids made from names (a custom role's, an imported cooperation's): the pseudonymous
      // slot ids are built from them, so they are scanned too, and named as the names are
      // (one warning for a name and the id made of it).
      FreeTextField("roles[].id", "a role's name"),
      FreeTextField("fieldwork.slots[].roleID", "a role's name"),
      FreeTextField("fieldwork.slots[].unit", "a unit's name"),
      FreeTextField("consent.purpose", "the consent purpose", scan: .consentCommand),
      FreeTextField("consent.recipients", "the consent recipients", scan: .consentCommand),
      FreeTextField("consent.siktReference", "the Sikt reference", scan: .consentCommand),
      FreeTextField("consent.processors", "the consent processors", scan: .consentCommand),
      // The project's own contact fields (`ConsentField.contactFields`): functional addresses.
      FreeTextField("consent.controller", "the controller", scan: .exempt),
      FreeTextField("consent.controllerContact", "the controller's contact", scan: .exempt),
      FreeTextField("consent.projectLeader", "the project leader", scan: .exempt),
      FreeTextField("consent.projectContact", "the project's contact", scan: .exempt),
      FreeTextField("consent.dataProtectionOfficer", "the data protection officer", scan: .exempt),
      FreeTextField("consent.siktContact", "Sikt's contact", scan: .exempt),
    ]
    + MethodsField.allCases.map {
      FreeTextField("methods.values.\($0.rawValue)", "the methods field '\($0.rawValue)'")
    }

  private static let freeTextFieldsByPath: [String: FreeTextField] = Dictionary(
    freeTextFields.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })

  /// The text of every registered free-text field with its path (indices written out:
  /// `questions[2].text`), in a fixed order.
  public func freeTexts() -> [(path: String, text: String)] {
    var texts: [(String, String)] = []
    visitFreeTexts { field, path, text in texts.append((path, text)) }
    return texts
  }

  /// The objects whose keys are ids (`roleTexts`): their values are matched as `{}`.
  static let keyedObjectPaths: Set<String> = Set(
    freeTextFields.compactMap { field in
      field.path.range(of: "{}").map { String(field.path[..<$0.lowerBound]) }
    })

  private func visitFreeTexts(_ visit: (FreeTextField, String, String) -> Void) {
    visitTextLeaves { pattern, path, text in
      guard let field = Self.freeTextFieldsByPath[pattern] else { return }
      visit(field, path, text)
    }
  }

  /// Calls `visit` with every text value of the protocol's exchange format: its path pattern
  /// (`roles[].name.nb`, `guide.sections[].questions[].roleTexts{}.nb`), its path with indices
  /// and keys written out, and the text. Tests use it to find text no list names.
  public func visitTextLeaves(_ visit: (String, String, String) -> Void) {
    guard let data = try? JSONEncoder().encode(self),
      let tree = try? JSONSerialization.jsonObject(with: data)
    else { return }
    Self.visitStrings(in: tree, pattern: "", path: "", visit)
  }

  /// Free-text fields that look like they hold personal data, each once: the fields scanned
  /// after commands, and with `includingConsent` (on `import`) the consent fields too.
  public func personalDataFindings(includingConsent: Bool) -> [PersonalDataFinding] {
    var findings: [PersonalDataFinding] = []
    visitFreeTexts { field, _, text in
      switch field.scan {
      case .warn: break
      case .consentCommand where includingConsent: break
      case .consentCommand, .exempt: return
      }
      for pattern in PersonalDataPattern.matches(in: text) {
        let finding = PersonalDataFinding(place: field.place, pattern: pattern)
        if !findings.contains(finding) { findings.append(finding) }
      }
    }
    return findings
  }

  /// The findings in texts that differ from `before`'s at the same path (the fields a command
  /// just filled or changed), each once (consent fields left to `consent` and `check`). Texts a
  /// command left alone are not scanned again, so a command's cost does not grow with the
  /// protocol's size.
  public func personalDataFindings(since before: StudyProtocol?) -> [PersonalDataFinding] {
    var earlier: [String: String] = [:]
    before?.visitFreeTexts { _, path, text in earlier[path] = text }
    var findings: [PersonalDataFinding] = []
    visitFreeTexts { field, path, text in
      guard field.scan == .warn, earlier[path] != text else { return }
      for pattern in PersonalDataPattern.matches(in: text) {
        let finding = PersonalDataFinding(place: field.place, pattern: pattern)
        if !findings.contains(finding) { findings.append(finding) }
      }
    }
    return findings
  }

  /// Free-text fields that look like they hold an e-mail address, a phone number or a
  /// fødselsnummer, each once (consent fields left to `consent` and `check`).
  ///
  /// A protocol keeps roles, never people: such text is a warning, not an error, since a
  /// switchboard number or a department's address can be fine.
  public var personalDataFindings: [PersonalDataFinding] {
    personalDataFindings(includingConsent: false)
  }

  private static func visitStrings(
    in node: Any, pattern: String, path: String, _ visit: (String, String, String) -> Void
  ) {
    if let text = node as? String {
      visit(pattern, path, text)
    } else if let object = node as? [String: Any] {
      let keyed = keyedObjectPaths.contains(pattern)
      for (key, value) in object.sorted(by: { $0.key < $1.key }) {
        visitStrings(
          in: value,
          pattern: keyed ? pattern + "{}" : pattern.isEmpty ? key : "\(pattern).\(key)",
          path: path.isEmpty ? key : "\(path).\(key)", visit)
      }
    } else if let array = node as? [Any] {
      for (index, value) in array.enumerated() {
        visitStrings(in: value, pattern: pattern + "[]", path: path + "[\(index)]", visit)
      }
    }
  }
}
