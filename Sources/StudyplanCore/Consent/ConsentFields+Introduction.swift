import Foundation

/// The interviewer's opening, generated from the consent fields.
extension ConsentFields {
  /// The introduction's script in `language`: thanks, who and why, duration, voluntariness, how
  /// the informant is referred to, recording, and the legal basis. Unset fields show as a marked
  /// gap (`[mangler: …]`) so the interviewer sees what to fill in.
  public func introductionScript(
    language: Language, roleName: String?, minutes: Int, projectTitle: String, purpose: String
  ) -> [GuideScriptLine] {
    let nb = language == .nb
    func gap(_ field: ConsentField) -> String {
      nb ? "[mangler: \(field.label(in: .nb))]" : "[missing: \(field.label(in: .en))]"
    }
    let institution = controller ?? gap(.controller)
    let why = self.purpose ?? (purpose.isEmpty ? nil : purpose) ?? gap(.purpose)
    let role = roleName ?? (nb ? "din rolle" : "your role")
    var lines: [GuideScriptLine] = []
    let project = projectTitle.isEmpty ? "" : (nb ? " «\(projectTitle)»" : " ‘\(projectTitle)’")
    lines.append(
      GuideScriptLine(
        nb
          ? "Takk for at du vil snakke med oss. Jeg er forsker ved \(institution), og samtalen "
            + "inngår i prosjektet\(project)."
          : "Thank you for agreeing to talk to us. I am a researcher at \(institution), and this "
            + "conversation is part of the project\(project)."))
    lines.append(GuideScriptLine(Self.purposeSentence(why, nb: nb)))
    lines.append(
      GuideScriptLine(
        nb
          ? "Intervjuet tar omtrent \(minutes) minutter. Det er frivillig å være med: du kan "
            + "la være å svare på et spørsmål og trekke deg når du vil, uten å begrunne det."
          : "The interview takes about \(minutes) minutes. Taking part is voluntary: you may "
            + "skip any question and withdraw at any time without giving a reason."))
    switch identificationRisk {
    case .recognisable:
      lines.append(
        GuideScriptLine(
          nb
            ? "Vi bruker ikke navnet ditt, men omtaler deg som \(role). I en liten kommune er det "
              + "bare én som har den rollen, så andre kan likevel kjenne deg igjen. Si fra hvis "
              + "noe skal holdes utenfor."
            : "We will not use your name but will refer to you as \(role). A small municipality "
              + "has only one person in that role, so others may still recognise you. Tell us "
              + "if anything should stay off the record."))
    case .regionLevel:
      lines.append(
        GuideScriptLine(
          nb
            ? "Vi bruker ikke navnet ditt, og vi rapporterer for regioner eller typer av "
              + "kommuner, ikke for enkeltkommuner, slik at du ikke skal kunne kjennes igjen."
            : "We will not use your name, and we report by region or kind of municipality, not "
              + "by single municipality, so that you cannot be recognised."))
    case nil:
      lines.append(GuideScriptLine(gap(.identificationRisk), isInstruction: true))
    }
    let end = projectEndDate.map { ProseDate.text($0, in: language) } ?? gap(.projectEndDate)
    switch recording {
    case .audio:
      lines.append(
        GuideScriptLine(
          nb
            ? "Vi vil gjerne ta lydopptak. Opptaket oppbevares trygt hos \(institution) og "
              + "slettes senest ved prosjektslutt (\(end)). Er det i orden?"
            : "We would like to make an audio recording. It is kept securely at \(institution) "
              + "and deleted at the latest when the project ends (\(end)). Is that all right?"))
      lines.append(
        GuideScriptLine(
          nb
            ? "Start opptaket og be om samtykket til opptak på nytt mens det går."
            : "Start the recording and ask for consent to record again while it runs.",
          isInstruction: true))
    case .notes:
      lines.append(
        GuideScriptLine(
          nb
            ? "Vi tar ikke opp samtalen; jeg skriver notater underveis. Notatene slettes eller "
              + "anonymiseres ved prosjektslutt (\(end))."
            : "We are not recording; I will take notes as we talk. The notes are deleted or "
              + "anonymised when the project ends (\(end))."))
    case nil:
      lines.append(GuideScriptLine(gap(.recording), isInstruction: true))
    }
    switch legalBasis {
    case .consent where consentForm == .oral:
      lines.append(
        GuideScriptLine(
          nb
            ? "Les opp det muntlige samtykket fra informasjonsskrivet og få et tydelig ja"
              + (recording == .audio ? " på opptaket." : "; noter svaret, dato og klokkeslett.")
            : "Read out the oral consent from the information letter and get a clear yes"
              + (recording == .audio
                ? " on the recording." : "; note the answer, the date and the time."),
          isInstruction: true))
    case .consent:
      lines.append(
        GuideScriptLine(
          nb
            ? "Bekreft at informanten har fått informasjonsskrivet og har samtykket."
            : "Confirm that the informant has received the information letter and has consented.",
          isInstruction: true))
    case .publicInterest:
      lines.append(
        GuideScriptLine(
          nb
            ? "Opplysningene behandles fordi forskningen er en oppgave i allmennhetens interesse. "
              + "Informasjonsskrivet forklarer rettighetene dine."
            : "The data are processed because the research is a task in the public interest. "
              + "The information letter explains your rights."))
    case nil:
      lines.append(GuideScriptLine(gap(.legalBasis), isInstruction: true))
    }
    return lines
  }

  /// The purpose as a sentence of the script, written as in every document
  /// (``PurposeSentence``): «Formålet med prosjektet er å finne ut ….».
  static func purposeSentence(_ purpose: String, nb: Bool) -> String {
    PurposeSentence.text(purpose, nb ? .nb : .en, subject: .project)
  }
}
