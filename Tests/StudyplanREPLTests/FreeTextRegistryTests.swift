import Foundation
import StudyplanCore
import Testing
import _StudyplanTestSupport

/// Every text a protocol's exchange format holds is either free text — in
/// `StudyProtocol.freeTextFields`, so length-limited and scanned for personal data — or a code
/// listed here with what keeps it to its values. The paths come from the JSON encoding of
/// protocols with every part filled in, so a new text field fails this test until it is placed.
@Suite struct FreeTextRegistryTests {
  /// Text that is a code, an id, a date or a hash, with what keeps it to its values.
  static let coded: [String: String] = [
    "language": "enum Language",
    "status": "enum ProtocolStatus",
    "questions[].id": "own-N or a catalogue id (validation)",
    "questions[].dimensions.unit": "enum", "questions[].dimensions.comparison": "enum",
    "lineage.clonedFrom.id": "pN (validation)", "lineage.followUpOf.id": "pN (validation)",
    "lineage.template": "a shipped template's id",
    "guide.indirectRoleIDs[]": "role id slug (validation)",
    "guide.sections[].id": "unique (validation)", "guide.sections[].kind": "enum",
    "guide.sections[].questions[].id": "unique, qN (validation)",
    "guide.sections[].questions[].kind": "enum",
    "guide.sections[].questions[].priority": "enum",
    "guide.sections[].questions[].probes[].kind": "enum",
    "guide.sections[].questions[].researchQuestionIDs[]": "research question ids",
    "guide.sections[].questions[].roleIDs[]": "role id slug (validation)",
    "sample.plan.algorithm": "the ranking algorithm's id", "sample.plan.design": "enum",
    "sample.plan.allocation": "enum", "sample.plan.level": "enum", "sample.plan.logic": "enum",
    "sample.plan.pairWithin": "enum", "sample.plan.pairWith": "enum",
    "sample.plan.seed": "the seed as given (digits or a word; a number is no contact detail)",
    "sample.plan.criteria[]": "frame field names", "sample.plan.measure": "a frame field name",
    "sample.plan.membersBy": "a frame field name",
    "sample.plan.dataVersions[].id": "dataset id", "sample.plan.dataVersions[].sha256": "hash",
    "sample.plan.strataPlan[].units[]": "units of the frame (validation)",
    "sample.plan.replacementStrata[].units[]": "units of the frame (validation)",
    "sample.plan.purposive[].kommunenummer": "units of the frame (validation)",
    "sample.plan.purposive[].swappedFor": "a unit id",
    "sample.plan.units": "the year of the units (UnitLayer)",
    "sample.plan.purposive[].basis.position": "enum-like word the tool writes",
    "sample.plan.purposive[].basis.measure": "a frame field name",
    "sample.units[].kommunenummer": "units of the frame (validation)",
    "sample.units[].status": "enum", "sample.units[].replaces": "a unit id",
    "sample.units[].pairRole": "small or central",
    "sample.reserves[].units[].kommunenummer": "units of the frame (validation)",
    "sample.log[].refused": "units of the frame (validation)",
    "sample.log[].replacement": "units of the frame (validation)",
    "sample.log[].reason": "enum",
    "consent.legalBasis": "enum", "consent.recording": "enum",
    "consent.identificationRisk": "enum", "consent.recruitment": "enum",
    "consent.interviewMode": "enum", "consent.archiving": "enum",
    "consent.specialCategories": "enum", "consent.consentForm": "enum",
    "consent.projectEndDate": "a date (validation)",
    "fieldwork.slots[].unitKind": "enum", "fieldwork.slots[].holder": "enum",
    "fieldwork.slots[].history[].status": "enum",
    "fieldwork.slots[].history[].date": "a date (validation)",
    "fieldwork.slots[].history[].reason": "enum",
    "fieldwork.reported.level": "enum", "fieldwork.reported.period": "a month YYYY-MM (validation)",
    "fieldwork.slots[].interview.mode": "enum", "fieldwork.slots[].interview.consent": "enum",
  ]

  /// Protocols with every part filled in: the shipped ones, the fuzzing base, and the crafted
  /// imports' base (an interview logged, an end date set).
  static func protocols() throws -> [StudyProtocol] {
    var documents = try ShippedProtocol.all.map { try $0.document() }
    if let full = FuzzSandbox.fullProtocol { documents.append(full) }
    let base = try JSONSerialization.data(withJSONObject: CraftedImports.base())
    documents.append(try ProtocolJSON.decode(base, file: "base"))
    return documents
  }

  @Test func everyTextOfTheExchangeFormatIsFreeTextOrACode() throws {
    let free = Set(StudyProtocol.freeTextFields.map(\.path))
    var unplaced: Set<String> = []
    var seen: Set<String> = []
    for document in try Self.protocols() {
      document.visitTextLeaves { pattern, _, _ in
        seen.insert(pattern)
        if !free.contains(pattern), Self.coded[pattern] == nil { unplaced.insert(pattern) }
      }
    }
    #expect(
      unplaced.isEmpty,
      "text fields in no list (add to StudyProtocol.freeTextFields, or here if a code): \(unplaced.sorted())"
    )
    // The walk saw the fields the issue found unscanned.
    for path in [
      "sample.units[].name", "sample.units[].stratum", "fieldwork.slots[].unitName",
      "guide.sections[].questions[].roleTexts{}.nb", "methods.values.piloting",
    ] {
      #expect(seen.contains(path), "\(path) not in any test protocol")
    }
  }

  @Test func everyFreeTextFieldIsLengthLimitedOnImport() throws {
    // The registered paths are the ones the length rule reads: a text over the limit in a
    // newly registered field is refused at its path.
    var document = try #require(FuzzSandbox.fullProtocol)
    let long = String(repeating: "x", count: FreeText.maximumLength + 1)
    document.sample?.units[0].stratum = long
    let problem = try #require(document.validationProblem())
    #expect(problem.place == "protocol.sample.units[0].stratum", "\(problem)")
  }
}
