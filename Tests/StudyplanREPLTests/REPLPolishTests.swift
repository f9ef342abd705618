import Foundation
import StudyplanCore
import StudyplanREPL
import Testing
import _StudyplanTestSupport

/// The REPL points of issue 19 that need no terminal: drafts in one language, Norwegian value
/// words, one-shot errors, replacements with open slots.
@Suite struct REPLPolishTests {
  @Test func aNorwegianOnlyStudysRewrittenDraftIsNoLongerADraft() throws {
    let (_, built, _) = try runScript([
      #"new "Kyst""#,
      #"ask "Hvordan deler kystkommunene planleggere?" --unit both --compare forms"#,
      "roles add ordfører", "guide build --length 45",
    ])
    let drafted = try #require(
      built.workspace?.document.guide?.allQuestions.first {
        $0.question.text.nb.hasPrefix("[UTKAST]")
      }?.question.id)
    let (terminal, _, _) = try runScript(
      [#"guide edit \#(drafted) "Hvordan deler dere planleggere med nabokommunene?""#, "check"],
      session: built)
    #expect(!terminal.transcript.contains("is a draft"), "\(terminal.transcript)")
    #expect(
      terminal.transcript.contains("not yet written in English:")
        && terminal.transcript.contains(drafted), "\(terminal.transcript)")
  }
}

extension REPLPolishTests {
  @Test func norwegianValueWordsWorkWhereEnglishOnesDo() throws {
    let (terminal, session, status) = try runScript([
      #"new "Norsk""#, "roles add ordfører",
      "sample --suggested capacity-expanding-or-limiting --n 2 --seed 2020 --allocation lik",
      "fieldwork plan", "fieldwork log ordforer@5036 invitert --on 2026-03-02",
      "fieldwork interview ordforer@5036 --on 2026-03-09 --mode telefon --minutes 40"
        + " --consent muntlig --transcript-returned nei --field-notes ja",
      "consent interview-mode telefon", "consent consent-form skriftlig",
      "consent legal-basis allmenn-interesse", "consent transfer-outside-eea nei", "save",
    ])
    #expect(status == .success, "\(terminal.errors)")
    let document = try #require(session.workspace?.document)
    let slot = try #require(document.fieldwork?.slots.first { $0.id == "ordforer@5036" })
    #expect(slot.history.map(\.status) == [.invited, .interviewed])
    #expect(slot.interview?.mode == .telephone)
    #expect(slot.interview?.consent == .oral)
    #expect(slot.interview?.transcriptReturned == false)
    #expect(slot.interview?.fieldNotes == true)
    #expect(document.consent.interviewMode == .telephone)
    #expect(document.consent.consentForm == .written)
    #expect(document.consent.legalBasis == .publicInterest)
    #expect(document.consent.transferOutsideEEA == false)
  }
}
