import Foundation
import Testing
import _StudyplanTestSupport

@testable import StudyplanCore
@testable import StudyplanREPL

/// `purpose` changes the purpose everywhere, and a follow-up's methods text names its baseline,
/// what changed, and the baseline's response.
@Suite struct PurposeAndFollowUpTests {
  @Test func aNewPurposeReachesTheMethodsTextTheGuideAndTheLetter() throws {
    let (terminal, session, status) = try runScript([
      #"new "Ny runde" --from byr-project-leaders-2019"#,
      #"purpose "å finne ut hva småkommunene har fått igjen siden 2019""#,
      "export methods --format md", "export guide --format md", "export letter --format md",
      "quit --discard",
    ])
    #expect(status == .success, "\(terminal.errors)")
    let output = terminal.output
    #expect(output.contains("Formålet med studien er å finne ut hva småkommunene har fått igjen siden 2019."))
    #expect(output.contains("Formålet med prosjektet er å finne ut hva småkommunene har fått igjen siden 2019."))
    // The guide's introduction and the letter say it alike; the template's purpose is gone.
    #expect(
      output.components(separatedBy: "Formålet med prosjektet er å finne ut hva småkommunene").count
        == 3)
    #expect(!output.contains("Formålet med prosjektet er:"))
    #expect(!output.contains("som skulle styrke vekstkraften"))
    #expect(session.workspace?.document.consent.purpose == nil)
  }

  @Test func thePurposeInTheOtherLanguageServesEnglishExports() throws {
    let (terminal, session, status) = try runScript([
      #"new "Runde""#, #"purpose "å finne ut hva de fikk""#,
      #"purpose "to find out what they got" --lang en"#, "purpose",
      #"purpose "Første. Andre setning.""#, "quit --discard",
    ])
    #expect(status == .success)
    #expect(terminal.output.contains("purpose (nb): å finne ut hva de fikk"))
    #expect(terminal.output.contains("purpose (en): to find out what they got"))
    #expect(terminal.errors.contains("the purpose holds 2 sentences"))
    let document = try #require(session.workspace?.document)
    let english = MethodsText(for: document, sampling: nil, language: .en).document.flatText
    #expect(english.contains("The purpose of the study is to find out what they got."))
  }

  @Test func anEmptyPurposeIsRefusedWithItsColumn() throws {
    let (terminal, _, status) = try runScript([#"new "Runde""#, #"purpose "  ""#])
    #expect(status != .success)
    #expect(terminal.errors.contains("for purpose"))
  }

  @Test func aFollowUpOfThe2019TemplateNamesItsBaselineAndItsResponse() throws {
    let (terminal, _, status) = try runScript([
      #"new "ByR-prosjektledere 2019" --from byr-project-leaders-2019"#, "save",
      #"clone p1@1 "Oppfølging 2027" --follow-up"#,
      #"ask "Hva har skjedd med samarbeidet etter 2020?" --unit cooperation --compare kinds"#,
      "consent recruitment recontact", "export methods --format md",
      "export letter-checklist --format md", "quit --discard",
    ])
    #expect(status == .success, "\(terminal.errors)")
    let text = terminal.output
    #expect(text.contains("Studien følger opp «ByR-prosjektledere 2019» (p1, versjon 1)."))
    #expect(text.contains("Grunnlagsstudien hadde seks forskningsspørsmål; av dem er seks beholdt, og ett nytt er lagt til."))
    #expect(text.contains("| Kontaktet | 29 | ikke startet |"))
    #expect(text.contains("| Intervjuet | 24 | ikke startet |"))
    #expect(text.contains("| Svarandel | 83 % | – |"))
    #expect(text.contains("teksten som står nå, er grunnlagsstudiens"))
    #expect(text.contains("Grunnlagsstudien oppgir selv 29 samarbeid og 115 kommuner i rammen"))
    #expect(text.contains("bare 112 av de 115 kommunene"))
    #expect(text.contains("fordi de deltok i «ByR-prosjektledere 2019»"))
    #expect(text.contains("Sjekk hva de samtykket til den gangen"))
  }

  @Test func theTemplateItselfStatesItsOwnResponse() throws {
    let document = try ShippedProtocol.named("byr-project-leaders-2019").document()
    let text = MethodsText(
      for: document, sampling: document.sample.map { SamplingDescription($0) }
    ).document.flatText
    #expect(text.contains("Studien kontaktet 29 og intervjuet 24 (83 prosent) i desember 2019"))
    #expect(text.contains("Hvorfor de fem andre ikke ble intervjuet, oppgir ikke studien."))
    #expect(text.contains("Intervjuene varte 15–45 minutter, ifølge studien selv."))
  }
}
