import Testing

@testable import StudyplanCore

@Test func consentFieldsAreSetByNameAndValidated() throws {
  var consent = ConsentFields()
  try consent.set(try ConsentFields.field(named: "legal-basis"), to: "samtykke")
  try consent.set(.projectEndDate, to: "2028-02-29")
  try consent.set(.transferOutsideEEA, to: "nei")
  #expect(consent.legalBasis == .consent)
  #expect(consent.value(of: .projectEndDate) == "2028-02-29")
  #expect(consent.value(of: .transferOutsideEEA) == "no")
}

@Test(arguments: [
  (ConsentField.projectEndDate, "2027-02-29", "a date written YYYY-MM-DD"),
  (.legalBasis, "maybe", "'consent' or 'public-interest'"),
  (.recording, "video", "'audio' or 'notes'"),
  (.transferOutsideEEA, "perhaps", "'yes' or 'no'"),
])
func aValueThatDoesNotFitIsRefusedWithWhatWasExpected(
  field: ConsentField, value: String, expected: String
) {
  var consent = ConsentFields()
  let error = StudyplanError.invalidConsentValue(
    field: field.rawValue, value: value, expected: expected)
  #expect(throws: error) { try consent.set(field, to: value) }
  #expect(error.kind == .usage)
}

@Test func aMistypedFieldNameGetsASuggestion() {
  #expect(throws: StudyplanError.unknownConsentField("controler", suggestion: "controller")) {
    try ConsentFields.field(named: "controler")
  }
}

@Test func missingFieldsAreListedInChecklistOrder() {
  var consent = GuideFixtures.completeConsent
  #expect(consent.missing().isEmpty)
  consent.clear(.siktReference)
  consent.clear(.controller)
  consent.clear(.interviewMode)
  #expect(consent.missing() == [.controller, .siktReference, .interviewMode])
}

@Test(arguments: [
  ("kontakt: ola.nordmann@example.no", [PersonalDataPattern.email]),
  ("ring 912 34 567", [.phone]),
  ("+47 91234567 eller per@x.no", [.email, .phone]),
  ("prosjektleder ved NORCE Samfunn", []),
  ("perioden 2014-2018", []),
])
func personLikeContactDetailsInFreeTextAreFlagged(text: String, found: [PersonalDataPattern]) {
  #expect(PersonalDataPattern.matches(in: text) == found)
}

@Test func theFlagNamesTheFieldButNeverEchoesTheValue() {
  var consent = GuideFixtures.completeConsent
  consent.recipients = "ola.nordmann@example.no"
  let findings = DesignCheck.run(GuideFixtures.studyProtocol(consent: consent))
  let flag = findings.first { if case .consentFieldLooksPersonal = $0 { true } else { false } }
  #expect(flag == .consentFieldLooksPersonal(.recipients, .email))
  #expect(flag?.message.contains("ola") == false)
  #expect(flag?.message.contains("'recipients'") == true)
}

@Test func theProjectsOwnContactFieldsTakeFunctionalAddressesWithoutAWarning() {
  var consent = GuideFixtures.completeConsent
  for field in ConsentField.contactFields {
    try? consent.set(field, to: "byregion@institutt.example.no, 55 00 00 00")
  }
  let findings = DesignCheck.run(GuideFixtures.studyProtocol(consent: consent))
  #expect(!findings.contains { if case .consentFieldLooksPersonal = $0 { true } else { false } })
  #expect(ConsentField.freeText == [.purpose, .recipients, .processors])
}
