import Foundation

/// Reading and writing consent fields by name, as `consent FIELD [VALUE]` does.
extension ConsentFields {
  /// The field's value as the user would type it, or nil when unset.
  public func value(of field: ConsentField) -> String? {
    switch field {
    case .controller: controller
    case .projectLeader: projectLeader
    case .dataProtectionOfficer: dataProtectionOfficer
    case .purpose: purpose
    case .legalBasis: legalBasis?.rawValue
    case .siktReference: siktReference
    case .projectEndDate: projectEndDate
    case .recording: recording?.rawValue
    case .identificationRisk: identificationRisk?.rawValue
    case .recipients: recipients
    case .transferOutsideEEA: transferOutsideEEA.map { $0 ? "yes" : "no" }
    case .recruitment: recruitment?.rawValue
    case .interviewMode: interviewMode?.rawValue
    case .controllerContact: controllerContact
    case .projectContact: projectContact
    case .siktContact: siktContact
    case .processors: processors
    case .archiving: archiving?.rawValue
    case .specialCategories: specialCategories?.rawValue
    case .consentForm: consentForm?.rawValue
    }
  }

  /// The required fields still unset, in checklist order. `fallbackPurpose` (the protocol's own
  /// purpose) counts for `purpose` when it is not blank.
  public func missing(fallbackPurpose: String = "") -> [ConsentField] {
    ConsentField.required.filter { field in
      if field == .purpose, !fallbackPurpose.trimmingCharacters(in: .whitespaces).isEmpty {
        return false
      }
      return value(of: field) == nil
    }
  }

  /// Sets a field from the user's text, validating enumerated values and dates.
  public mutating func set(_ field: ConsentField, to text: String) throws(StudyplanError) {
    let value = text.split(whereSeparator: \.isNewline).joined(separator: " ")
      .trimmingCharacters(in: .whitespaces)
    func invalid(_ expected: String) -> StudyplanError {
      .invalidConsentValue(field: field.rawValue, value: value, expected: expected)
    }
    func choice<T: RawRepresentable & CaseIterable>(
      _ type: T.Type, aliases: [String: T] = [:]
    ) throws(StudyplanError) -> T where T.RawValue == String {
      let key = value.lowercased()
      if let match = ValueWords.value(key, of: T.self) ?? aliases[key] { return match }
      throw invalid(T.allCases.map { "'\($0.rawValue)'" }.joined(separator: " or "))
    }
    guard !value.isEmpty else { throw invalid("a value; use 'consent \(field.rawValue) --clear'") }
    switch field {
    case .controller: controller = value
    case .projectLeader: projectLeader = value
    case .dataProtectionOfficer: dataProtectionOfficer = value
    case .purpose: purpose = value
    case .recipients: recipients = value
    case .controllerContact: controllerContact = value
    case .projectContact: projectContact = value
    case .siktContact: siktContact = value
    case .processors: processors = value
    case .archiving:
      archiving = try choice(Archiving.self, aliases: ["anonymize": .anonymise, "arkiv": .archive])
    case .specialCategories:
      specialCategories = try choice(
        SpecialCategories.self, aliases: ["political": .politicalOpinion, "ingen": .none])
    case .consentForm:
      consentForm = try choice(
        ConsentForm.self, aliases: ["skriftlig": .written, "muntlig": .oral])
    case .legalBasis:
      legalBasis = try choice(
        LegalBasis.self, aliases: ["samtykke": .consent, "allmenn-interesse": .publicInterest])
    case .recording:
      recording = try choice(RecordingMode.self, aliases: ["lydopptak": .audio, "none": .notes])
    case .identificationRisk:
      identificationRisk = try choice(IdentificationRisk.self)
    case .recruitment:
      recruitment = try choice(Recruitment.self)
    case .interviewMode:
      interviewMode = try choice(InterviewMode.self, aliases: ["phone": .telephone])
    case .transferOutsideEEA:
      switch ValueWords.value(value, in: ["yes", "no", "true", "false"]) {
      case "yes", "true": transferOutsideEEA = true
      case "no", "false": transferOutsideEEA = false
      default: throw invalid("'yes' or 'no'")
      }
    case .siktReference:
      guard value.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "/" }) else {
        throw invalid("the reference Sikt gave, e.g. '123456'")
      }
      siktReference = value
    case .projectEndDate:
      guard Self.isCalendarDate(value) else { throw invalid("a date written YYYY-MM-DD") }
      projectEndDate = value
    }
  }

  /// Unsets a field.
  public mutating func clear(_ field: ConsentField) {
    switch field {
    case .controller: controller = nil
    case .projectLeader: projectLeader = nil
    case .dataProtectionOfficer: dataProtectionOfficer = nil
    case .purpose: purpose = nil
    case .legalBasis: legalBasis = nil
    case .siktReference: siktReference = nil
    case .projectEndDate: projectEndDate = nil
    case .recording: recording = nil
    case .identificationRisk: identificationRisk = nil
    case .recipients: recipients = nil
    case .transferOutsideEEA: transferOutsideEEA = nil
    case .recruitment: recruitment = nil
    case .interviewMode: interviewMode = nil
    case .controllerContact: controllerContact = nil
    case .projectContact: projectContact = nil
    case .siktContact: siktContact = nil
    case .processors: processors = nil
    case .archiving: archiving = nil
    case .specialCategories: specialCategories = nil
    case .consentForm: consentForm = nil
    }
  }

  /// Resolves a field name the user typed, with a suggestion when it is close to one.
  public static func field(named name: String) throws(StudyplanError) -> ConsentField {
    let key = name.lowercased()
    if let field = ConsentField(rawValue: key) { return field }
    let aliases: [String: ConsentField] = [
      "data-protection-officer": .dataProtectionOfficer, "personvernombud": .dataProtectionOfficer,
      "project-end-date": .projectEndDate, "prosjektslutt": .projectEndDate,
      "sikt": .siktReference, "basis": .legalBasis, "behandlingsansvarlig": .controller,
      "switchboard": .controllerContact, "sentralbord": .controllerContact,
      "project-mailbox": .projectContact, "databehandlere": .processors,
      "special-category": .specialCategories, "consent-kind": .consentForm,
    ]
    if let field = aliases[key] { return field }
    throw .unknownConsentField(
      name,
      suggestion: Suggestion.closest(to: key, in: ConsentField.allCases.map(\.rawValue)))
  }

  /// Whether `text` is a real calendar date written `YYYY-MM-DD`.
  static func isCalendarDate(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      (1...12).contains(month), day >= 1
    else { return false }
    let isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    let days = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return day <= days[month - 1]
  }
}
