import Foundation
import StudyplanCore
import Testing
import _StudyplanTestSupport

@testable import StudyplanREPL

@Suite struct GuideCommandTests {
  @Test func guideBuildMakesAGuideFromTheQuestionsThemes() throws {
    let run = try GuideCommandFixtures.run(["open p1", "guide build --length 45", "quit --discard"])
    #expect(run.status == .success)
    #expect(run.terminal.output.contains("built the guide: 3 themes, 11 questions, 45 min"))
    #expect(run.terminal.errors.contains("warning: research question 'rq-reform' is not covered"))
    let guide = try #require(run.session.workspace?.document.guide)
    #expect(guide.themes.map(\.id) == ["kapasitet", "nytte", "nettverk"])
  }

  @Test func buildingOverAnExistingGuideNeedsReplace() throws {
    let run = try GuideCommandFixtures.run(["open p1", "guide build", "guide build"])
    #expect(run.status == .usage)
    #expect(
      run.terminal.errors.contains(
        "the protocol already has a guide; 'guide' shows it, 'guide build --replace' builds it anew"
      ))
  }

  @Test func editsChangeTheGuideAndRaiseItsRevision() throws {
    let run = try GuideCommandFixtures.run([
      "open p1", "guide build",
      #"guide add kapasitet "Hva ville skjedd uten samarbeidet?" --priority if-time --serves rq-kapasitet"#,
      #"guide probe q5 "Hvem tok initiativet?" --kind specifying"#,
      "guide move q12 nytte --at 1", "guide time q5 12", "guide priority q7 should",
      "guide roles q7 ordforer,næringsansvarlig", "guide link q7 rq-nytte,rq-reform",
      "guide length 40 --role prosjektleder", "quit --discard",
    ])
    #expect(run.status == .success, "\(run.terminal.errors)")
    let guide = try #require(run.session.workspace?.document.guide)
    #expect(guide.revision == 9)
    #expect(guide.section("nytte")?.questions.map(\.id) == ["q12", "q6"])
    #expect(guide.question("q5")?.minutes == 12)
    #expect(guide.question("q5")?.probes.last?.text.nb == "Hvem tok initiativet?")
    #expect(guide.question("q7")?.roleIDs == ["ordforer", "naeringssjef"])
    #expect(guide.question("q7")?.researchQuestionIDs == ["rq-nytte", "rq-reform"])
    #expect(guide.roleTargetMinutes == ["prosjektleder": 40])
  }

  @Test func showingARoleGivesItsVariantWithIds() throws {
    let run = try GuideCommandFixtures.run(["open p1", "guide build", "guide prosjektleder"])
    let output = run.terminal.output
    #expect(output.contains("guide for prosjektleder: "))
    // Asked directly, with the indirect wording as its first probe.
    #expect(output.contains("q6  Hva fikk kommunen ut av samarbeidet?"))
    #expect(
      output.contains("q6.1  indirect: Hvordan tror du de minste kommunene vurderer utbyttet?"))
    #expect(!output.contains("kapasitet: "))
  }

  @Test func anUnknownRoleOrMistypedSubcommandIsNamed() throws {
    let role = try GuideCommandFixtures.run(["open p1", "guide build", "guide borgermester"])
    #expect(
      role.terminal.errors.contains(
        "'borgermester' is not a valid role; expected one of 'ordforer', 'naeringssjef', "
          + "'prosjektleder'"))
    let typo = try GuideCommandFixtures.run(["open p1", "guide build", "guide buld"])
    #expect(
      typo.terminal.errors.contains("'guide' has no sub-command 'buld'. Did you mean 'build'?"))
  }

  @Test func editingWithoutAGuideSaysHowToBuildOne() throws {
    let run = try GuideCommandFixtures.run(["open p1", "guide time q1 5"])
    #expect(run.status == .commandFailed)
    #expect(
      run.terminal.errors.hasPrefix("error: the protocol has no guide yet; run 'guide build'"))
  }

  @Test func checkReportsCoverageTimeAndConsent() throws {
    let run = try GuideCommandFixtures.run([
      "open p1", "guide build --length 30", "guide length 20 --role naeringssjef", "check",
      "quit --discard",
    ])
    #expect(run.status == .success)
    let errors = run.terminal.errors
    #expect(errors.contains("warning: research question 'rq-reform' is not covered"))
    #expect(errors.contains("warning: the guide for 'naeringssjef' is planned at"))
    #expect(errors.contains("over its 20 min target"))
    #expect(
      errors.contains(
        "warning: consent fields not set: controller, controller-contact, project-leader"))
    #expect(run.terminal.output.contains("problems found"))
  }

  @Test func consentValuesAreValidatedAndPersonLikeDetailsFlagged() throws {
    let run = try GuideCommandFixtures.run(
      [
        "open p1", "consent end-date 2027-12-31", "consent recipients \"ola@example.no\"",
        "consent legal-basis maybe", "quit --discard",
      ], isInteractive: true)
    #expect(run.session.workspace?.document.consent.projectEndDate == "2027-12-31")
    #expect(
      run.terminal.errors.contains(
        "warning: consent field 'recipients' looks like it holds an e-mail address"))
    #expect(!run.terminal.errors.contains("ola@"))
    #expect(
      run.terminal.errors.contains(
        "error: 'maybe' is not a valid value for consent legal-basis; expected 'consent' or "
          + "'public-interest'"))
  }

  @Test func indirectWordingsFollowTheRolesNamed() throws {
    let run = try GuideCommandFixtures.run([
      "open p1", "guide build", "guide indirect ordforer", "guide ordforer", "guide prosjektleder",
      "quit --discard",
    ])
    #expect(run.terminal.output.contains("indirect wordings for ordforer"))
    let outlines = run.terminal.output.components(separatedBy: "guide for ")
    #expect(outlines.count == 3)
    #expect(outlines[1].contains("Hvordan tror du de minste kommunene vurderer utbyttet?"))
    #expect(outlines[2].contains("Hva fikk kommunen ut av samarbeidet?"))
  }

  @Test func aRoleBeforeTheSubcommandScopesAddAndLength() throws {
    let run = try GuideCommandFixtures.run([
      "open p1", "guide build", #"guide prosjektleder add nytte "Hvem drev prosjektet?""#,
      "guide prosjektleder length 40", "quit --discard",
    ])
    #expect(run.status == .success, "\(run.terminal.errors)")
    let guide = try #require(run.session.workspace?.document.guide)
    #expect(guide.question("q12")?.roleIDs == ["prosjektleder"])
    #expect(guide.roleTargetMinutes == ["prosjektleder": 40])
  }
}
