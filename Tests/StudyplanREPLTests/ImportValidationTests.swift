import Foundation
import StudyplanCore
import StudyplanREPL
import Testing
import _StudyplanTestSupport

/// `import` keeps the rules the commands keep for everything a protocol holds (issue 19): the
/// fieldwork log, the sample's unit names, the methods fields, every free-text path.
@Suite struct ImportValidationTests {
  static func base() throws -> [String: Any] { try CraftedImports.base() }

  @Test(arguments: CraftedImports.cases.map(\.name))
  func aCraftedFileIsRefusedWithOneLineNamingItsPlace(name: String) throws {
    let crafted = try #require(CraftedImports.cases.first { $0.name == name })
    let sandbox = try FuzzSandbox()
    defer { sandbox.remove() }
    let failure = try CraftedImports.check(crafted, base: Self.base(), folder: sandbox.folder)
    #expect(failure == nil, "\(failure ?? "")")
  }

  @Test func theUnchangedBaseIsImported() throws {
    let sandbox = try FuzzSandbox()
    defer { sandbox.remove() }
    let file = sandbox.folder.appendingPathComponent("base.json")
    try JSONSerialization.data(withJSONObject: Self.base()).write(to: file)
    let (terminal, _, status) = try runScript(["import \(file.path)"])
    #expect(status == .success, "\(terminal.errors)")
  }

  @Test(arguments: [
    ("protocol.sample.units.0.stratum", "ring 912 34 567", "a stratum", "a phone number"),
    (
      "protocol.sample.plan.filter", "name = 010190-12345", "the sample's filter", "a fødselsnummer"
    ),
    ("protocol.fieldwork.slots.0.stratum", "kari@kommune.no", "a stratum", "an e-mail address"),
  ])
  func personalDataInTheSampleAndTheLogIsWarnedAbout(
    path: String, text: String, place: String, pattern: String
  ) throws {
    let sandbox = try FuzzSandbox()
    defer { sandbox.remove() }
    let crafted = CraftedImports.Case("warn", at: "", [(path, .text(text))])
    let file = sandbox.folder.appendingPathComponent("warn.json")
    try CraftedImports.file(crafted, base: Self.base()).write(to: file)
    let (terminal, _, status) = try runScript(["import \(file.path)"])
    #expect(status == .success, "\(terminal.errors)")
    #expect(
      terminal.errors.hasPrefix("warning: \(place) in '")
        && terminal.errors.contains("looks like it holds \(pattern)"), "\(terminal.errors)")
  }

  @Test func removingARoleDropsItsPlannedSlotsAndKeepsALoggedOne() throws {
    let (terminal, session, status) = try runScript([
      #"new "Roles""#, "roles add ordfører rådmann",
      "sample --suggested capacity-expanding-or-limiting --n 2 --seed 2020", "fieldwork plan",
      "roles remove rådmann", "fieldwork log ordforer@5036 invited --on 2026-03-02",
      "roles remove ordfører",
    ])
    #expect(status == .commandFailed)
    #expect(terminal.transcript.contains("removed kommunedirektør"))
    #expect(terminal.transcript.contains("and its 2 planned fieldwork slots"))
    #expect(
      terminal.errors.contains(
        "error: role 'ordfører' stays: the fieldwork log has events for its slots ('ordforer@5036')"
      ),
      "\(terminal.errors)")
    let slots = session.workspace?.document.fieldwork?.slots.map(\.roleID) ?? []
    #expect(Set(slots) == ["ordforer"])
  }

  @Test func textOverTheLimitIsRefusedWhenItIsTypedNotAtSave() throws {
    let long = String(repeating: "a", count: FreeText.maximumLength + 1)
    let (terminal, session, status) = try runScript([
      #"new "Limits""#, #"methods piloting "\#(long)""#,
    ])
    #expect(status == .commandFailed)
    #expect(
      terminal.errors.contains("nothing was changed")
        && terminal.errors.contains("protocol.methods.values.piloting"), "\(terminal.errors)")
    #expect(session.workspace?.document.methods?[.piloting] == nil)
  }
}

extension ImportValidationTests {
  @Test func aCooperationNameHoldingContactDetailsIsWarnedAboutOnDataImport() throws {
    let sandbox = try FuzzSandbox()
    defer { sandbox.remove() }
    let file = sandbox.folder.appendingPathComponent("coops.csv")
    try Data("name;kind;members\nKari 912 34 567;other;1106,1149\n".utf8).write(to: file)
    let (terminal, _, status) = try runScript(["data import \(file.path) --kind cooperations"])
    #expect(status == .success, "\(terminal.errors)")
    #expect(
      terminal.errors.contains(
        "the cooperation 'Kari 912 34 567' in '\(file.path)' looks like it holds a phone number"),
      "\(terminal.errors)")
  }
}
