import Testing

@testable import StudyplanCore

@Test func theIntroductionIsWrittenFromTheConsentFields() {
  let script = GuideFixtures.completeConsent.introductionScript(
    language: .nb, roleName: "ordfører", minutes: 60, projectTitle: "Småkommuner",
    purpose: "")
  let text = script.map(\.text).joined(separator: "\n")
  #expect(text.contains("Institutt for samfunnsforskning (fiktivt)"))
  #expect(text.contains("omtrent 60 minutter"))
  #expect(text.contains("omtaler deg som ordfører"))
  #expect(text.contains("31. desember 2027"))
  #expect(script.contains { $0.isInstruction && $0.text.hasPrefix("Start opptaket") })
}

@Test func unsetConsentFieldsShowAsMarkedGapsInTheIntroduction() {
  let script = ConsentFields().introductionScript(
    language: .en, roleName: nil, minutes: 45, projectTitle: "", purpose: "")
  let text = script.map(\.text).joined(separator: "\n")
  #expect(text.contains("[missing: controller institution]"))
  #expect(text.contains("[missing: recording]"))
  #expect(text.contains("[missing: legal basis]"))
}

@Test func theProtocolPurposeStandsInWhenConsentHasNone() {
  let script = ConsentFields().introductionScript(
    language: .nb, roleName: nil, minutes: 60, projectTitle: "", purpose: "å lære")
  #expect(script.contains { $0.text == "Formålet med prosjektet er å lære." })
}
