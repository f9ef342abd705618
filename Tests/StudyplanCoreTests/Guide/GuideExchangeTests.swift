import Foundation
import Testing

@testable import StudyplanCore

@Test func aProtocolWithGuideAndConsentRoundTripsThroughItsJSONFile() throws {
  var guide = GuideFixtures.guide()
  try guide.setTargetMinutes(45, forRole: "prosjektleder")
  try guide.addProbe(LocalizedText(nb: "Hvorfor?", en: "Why?"), toQuestion: "q5")
  let original = GuideFixtures.studyProtocol(guide: guide)
  let data = try ProtocolJSON.encode(original)
  let read = try ProtocolJSON.decode(data, file: "round-trip.json")
  #expect(read == original)
  #expect(try ProtocolJSON.encode(read) == data)
  let text = String(decoding: data, as: UTF8.self)
  for key in [
    "\"indirectRoleIDs\"", "\"roleTargetMinutes\"", "\"researchQuestionIDs\"",
    "\"priority\" : \"if-time\"", "\"kind\" : \"warm-up\"", "\"legalBasis\" : \"consent\"",
    "\"transferOutsideEEA\" : false",
  ] {
    #expect(text.contains(key), "the protocol file lacks \(key)")
  }
}
