import Foundation
import StudyplanCore
import StudyplanREPL
import Testing
import _StudyplanTestSupport

/// A season of fieldwork through the commands: plan, invite, decline with a reason, replace
/// from the log, interview; the methods text and the CSV log come from it.
@Suite struct FieldworkCommandTests {
  static let season = [
    #"new "Feltarbeid etter reformen" --purpose "Hva fikk små kommuner ut av regionalt samarbeid?""#,
    "ask capacity-expanding-or-limiting",
    #"model 1 --because "Vi går inn gjennom kommunene""#,
    "roles add ordfører rådmann",
    #"sample --n 4 --design stratified --strata reform --filter "centrality in 5,6 and reform in merged,unchanged" --allocation equal --seed 2020 --reserves 2"#,
    "consent interview-mode telephone", "consent recording audio", "consent recruitment direct",
    "fieldwork plan",
    "fieldwork plan --role ordforer --former",
    "fieldwork log ordforer@1856 invited --on 2026-03-02",
    "fieldwork log kommunedirektor@1856 invited --on 2026-03-02",
    "fieldwork log ordforer@1856 declined --on 2026-03-05 --reason no-time",
    "fieldwork log kommunedirektor@1856 declined --on 2026-03-06 --reason privacy",
    "fieldwork log former-ordforer@1856 invited --on 2026-03-02",
    "fieldwork log former-ordforer@1856 unreachable --on 2026-03-20",
    "replace 1856",
    "fieldwork log ordforer@1576 invited --on 2026-03-09",
    "fieldwork log ordforer@1576 agreed --on 2026-03-10",
    "fieldwork interview ordforer@1576 --on 2026-03-16 --mode telephone --minutes 48 --consent recorded --transcript-returned no --field-notes yes",
    "fieldwork log kommunedirektor@1439 invited --on 2026-03-02",
    "fieldwork log kommunedirektor@1439 agreed --on 2026-03-03",
    "fieldwork interview kommunedirektor@1439 --on 2026-03-11 --mode video --minutes 63 --consent recorded --transcript-returned yes --field-notes yes",
    "fieldwork log kommunedirektor@1439 withdrew --on 2026-03-30 --reason privacy",
    "fieldwork show ordforer@1576",
    "fieldwork",
  ]

  @Test func aSeasonOfFieldworkIsLoggedReplacedAndReported() throws {
    let run = try runScript(Self.season + ["save"])
    #expect(run.status == .success, "\(run.terminal.errors)")
    expectGolden(run.terminal.transcript, named: "fieldwork-season.txt")
    let output = run.terminal.output
    #expect(output.contains("1856 Røst logged as unavailable; replaced by 1576 Aure"))
    #expect(
      output.contains("planned 3 slots: ordforer@1576, kommunedirektor@1576, former-ordforer@1576"))
    let document = try #require(run.session.workspace?.document)
    let log = try #require(document.fieldwork)
    #expect(log.slots.first { $0.id == "kommunedirektor@1439" }?.status == .withdrew)
  }

  @Test func theMethodsTextsResponseTableMatchesTheLog() throws {
    let run = try runScript(Self.season + ["export methods --format md", "quit --discard"])
    #expect(run.status == .success, "\(run.terminal.errors)")
    let output = run.terminal.output
    let start = try #require(output.range(of: "# Metode:")).lowerBound
    let methods = String(output[start...])
    expectGolden(methods, named: "fieldwork-methods.md")
    #expect(methods.contains("| ordfører | 3 | 1 | 1 | 0 | 1 | 0 |"))
    #expect(methods.contains("| kommunedirektør | 2 | 0 | 1 | 1 | 0 | 0 |"))
    #expect(methods.contains("| takket nei | personvern | 1 |"))
    #expect(methods.contains("| trakk seg | personvern | 1 |"))
  }

  @Test func theCSVLogHoldsPseudonymousIdsOnly() throws {
    let run = try runScript(Self.season + ["export fieldwork --format csv", "quit --discard"])
    #expect(run.status == .success, "\(run.terminal.errors)")
    let output = run.terminal.output
    let start = try #require(output.range(of: "slot,role,holder")).lowerBound
    let csv = String(output[start...])
    expectGolden(csv, named: "fieldwork-log.csv")
    let rows = csv.split(separator: "\n").dropFirst()
    #expect(rows.count == 15)
    #expect(rows.contains { $0.hasPrefix("former-ordforer@1856,") && $0.contains(",unreachable,") })
    for row in rows {
      let id = String(row.prefix { $0 != "," })
      #expect(id.wholeMatch(of: /(former-)?(ordforer|kommunedirektor)@[0-9]{4}/) != nil, "\(id)")
    }
    #expect(PersonalDataPattern.matches(in: csv).isEmpty)
  }

  @Test func oneLetterPerRoleAndOneForTheFormerHoldersTheLogPlans() throws {
    let folder = "letters-\(UUID().uuidString)"
    let run = try runScript(
      Self.season + ["export letter --all-roles --format md -o \(folder)", "quit --discard"])
    #expect(run.status == .success, "\(run.terminal.errors)")
    let directory = URL(fileURLWithPath: run.session.environment.workingDirectory)
      .appendingPathComponent(folder)
    defer { try? FileManager.default.removeItem(at: directory) }
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    #expect(
      files == [
        "new-letter-kommunedirektor.md", "new-letter-ordforer-former.md", "new-letter-ordforer.md",
      ])
    let former = try String(
      contentsOf: directory.appendingPathComponent("new-letter-ordforer-former.md"), encoding: .utf8
    )
    #expect(former.contains("fordi du var ordfører i en kommune"))
  }

  @Test func checkNamesTheLetterPointsNotYetCovered() throws {
    let full = try runScript(
      FuzzSandbox.fullProtocolScript + [
        "consent controller-contact --clear", "check", "quit --discard",
      ])
    #expect(full.terminal.output.contains("not yet: points 2,"), "\(full.terminal.output)")
    let run = try runScript([#"new "Brev""#, "roles add ordfører", "check", "quit --discard"])
    #expect(
      run.terminal.output.contains(
        "note: the information letter covers 1 of 17 checklist points; not yet: points 1, 2, 3"))
  }

  @Test func fieldworkErrorsNameTheSlotAndWhatIsWrong() throws {
    let run = try runScript(
      Self.season.prefix(9) + [
        "fieldwork log ordforer@1856 declined --on 2026-03-05",
        "fieldwork log ordforer@1865 invited",
        "fieldwork log ordforer@1856 invited --on 2026-13-40",
        "fieldwork log ordforer@1856 maybe",
        "fieldwork lgo",
        "replace 1439",
        "quit --discard",
      ], isInteractive: true)
    let errors = run.terminal.errors
    #expect(
      errors.contains(
        "error: cannot log 'ordforer@1856': 'declined' needs a reason: no-time|not-relevant|"
          + "privacy|left-office|vacant|no-reason|other"))
    #expect(
      errors.contains("error: no informant slot 'ordforer@1865'. Did you mean 'ordforer@1856'?"))
    #expect(errors.contains("error: cannot log 'ordforer@1856': '2026-13-40' is not a date"))
    #expect(errors.contains("error: 'maybe' is not a valid status; expected 'planned', 'invited'"))
    #expect(errors.contains("error: 'fieldwork' has no sub-command 'lgo'. Did you mean 'log'?"))
    #expect(errors.contains("--reason CODE (the fieldwork log still has open or interviewed slots"))
  }

  @Test func projectContactFieldsTakeAnAddressWhileAGuideQuestionHoldingOneWarns() throws {
    let run = try runScript([
      #"new "Kontakt""#, "ask capacity-expanding-or-limiting", "roles add ordfører",
      "guide build",
      #"consent project-contact "byr-prosjekt@example.no, 55 00 00 10""#,
      #"consent controller-contact "post@institutt.example.no""#,
      #"consent dpo "personvernombud@institutt.example.no""#,
      #"consent project-leader "prosjektleder@institutt.example.no""#,
      "check",
    ])
    #expect(!run.terminal.errors.contains("looks like it holds"), "\(run.terminal.errors)")
    let question = try runScript(
      [#"guide add capacity-gain-and-drain "Ring meg på kari@kommune.no?""#, "quit --discard"],
      session: run.session)
    #expect(
      question.terminal.errors.contains(
        "warning: a guide question looks like it holds an e-mail address"),
      "\(question.terminal.errors)")
  }
}

extension FieldworkCommandTests {
  /// `replace UNIT` offers to close the refused unit's slots still open (issue 19): declined
  /// with the matching reason for a refusal; in a script only with `--close-slots`.
  @Test func replacingAUnitClosesItsOpenSlotsWhenAsked() throws {
    let setup = Array(Self.season.prefix(8)) + [
      "fieldwork log ordforer@1856 invited --on 2026-03-02"
    ]
    let run = try runScript(setup + ["replace 1856 --reason refused --close-slots"])
    #expect(run.status == .success, "\(run.terminal.errors)")
    let log = try #require(run.session.workspace?.document.fieldwork)
    let slots = log.slots.filter { $0.id.hasSuffix("@1856") }
    #expect(slots.count == 3)
    #expect(slots.allSatisfy { $0.status == .declined }, "\(slots.map(\.status))")
    #expect(run.terminal.output.contains("closed 3 slots of 1856 Røst as declined (no-reason)"))

    let unasked = try runScript(setup + ["replace 1856 --reason refused"])
    #expect(unasked.status == .success, "\(unasked.terminal.errors)")
    let open = try #require(unasked.session.workspace?.document.fieldwork).slots
      .filter { $0.id.hasSuffix("@1856") && !$0.status.isFinal }
    #expect(open.count == 3)
    #expect(unasked.terminal.output.contains("note: 3 slots of 1856 Røst still open"))
  }
}
