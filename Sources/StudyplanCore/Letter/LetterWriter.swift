/// Writes the information letter's text in one language.
struct LetterWriter {
  var studyProtocol: StudyProtocol
  var language: Language
  var missing: [ConsentField]
  var blocks: [DocumentBlock] = []

  init(studyProtocol: StudyProtocol, language: Language, missing: [ConsentField]) {
    self.studyProtocol = studyProtocol
    self.language = language
    self.missing = missing
  }

  var consent: ConsentFields { studyProtocol.consent }
  var nb: Bool { language == .nb }

  func t(_ nb: String, _ en: String) -> String { self.nb ? nb : en }

  func gap(_ field: ConsentField) -> String {
    t("[mangler: \(field.label(in: .nb))]", "[missing: \(field.label(in: .en))]")
  }

  func value(_ field: ConsentField) -> String {
    if field == .purpose, consent.purpose == nil, !studyProtocol.purpose.isEmpty {
      return studyProtocol.purpose
    }
    return consent.value(of: field) ?? gap(field)
  }

  mutating func heading(_ nb: String, _ en: String) {
    blocks.append(.heading(level: 1, text: t(nb, en)))
  }

  mutating func paragraph(_ text: String) { blocks.append(.paragraph([.plain(text)])) }

  mutating func document(covered: [LetterChecklistItem]) -> ExportDocument {
    let title = studyProtocol.title
    if !missing.isEmpty {
      let list = missing.map { "\($0.label(in: language)) (consent \($0.rawValue))" }
      blocks.append(
        .note([
          .strong(
            t(
              "Utkast – dette mangler før brevet kan sendes: ",
              "Draft – missing before "
                + "the letter can be sent: ")),
          .plain(list.joined(separator: "; ") + "."),
        ]))
    }
    invitation()
    responsibility()
    participation()
    voluntary()
    privacy()
    projectEnd()
    legalBasis()
    rights()
    if consent.legalBasis != .publicInterest { declaration() }
    checklist(covered: covered)
    let heading = t(
      "Vil du delta i forskningsprosjektet «\(title)»?",
      "Would you take part in the research project ‘\(title)’?")
    return ExportDocument(
      title: heading, subtitle: [t("Informasjonsskriv – utkast", "Information letter – draft")],
      language: language, blocks: blocks)
  }

  var roleNames: String {
    let names = studyProtocol.roles.map { $0.name.text(in: language) }
    guard let last = names.last else { return t("din rolle", "your role") }
    if names.count == 1 { return last }
    return names.dropLast().joined(separator: ", ") + t(" eller ", " or ") + last
  }

  mutating func invitation() {
    heading("Formålet med prosjektet", "What the project is for")
    paragraph(
      t(
        "Dette er en invitasjon til å delta i et forskningsprosjekt. Du blir spurt fordi du har "
          + "rollen som \(roleNames) i en kommune eller et regionalt samarbeid som inngår i "
          + "studien. Det er rollen, ikke deg som person, som gjør at du blir spurt.",
        "This is an invitation to take part in a research project. You are asked because you "
          + "hold the role of \(roleNames) in a municipality or regional cooperation the study "
          + "covers. It is the role, not you as a person, that makes us ask."))
    paragraph(t("Formålet er: ", "The purpose is: ") + value(.purpose))
  }

  mutating func responsibility() {
    heading("Hvem er ansvarlig for prosjektet?", "Who is responsible for the project?")
    paragraph(
      t(
        "\(value(.controller)) er ansvarlig for prosjektet (behandlingsansvarlig). "
          + "Prosjektleder: \(value(.projectLeader)).",
        "\(value(.controller)) is responsible for the project (the controller). Project leader: "
          + "\(value(.projectLeader))."))
  }

  mutating func participation() {
    heading("Hva innebærer det å delta?", "What does taking part involve?")
    let minutes = studyProtocol.guide?.targetMinutes ?? 60
    let mode: String =
      switch consent.interviewMode {
      case .inPerson: t("et intervju der vi møtes", "an interview in person")
      case .telephone: t("et telefonintervju", "a telephone interview")
      case .video: t("et intervju på video", "a video interview")
      case nil: t("et intervju", "an interview")
      }
    let record: String =
      switch consent.recording {
      case .audio:
        t(
          "Vi tar lydopptak av intervjuet og skriver det ut.",
          "We make an audio recording of the interview and transcribe it.")
      case .notes:
        t("Vi tar ikke lydopptak, men skriver notater.", "We do not record; we take notes.")
      case nil: gap(.recording)
      }
    paragraph(
      t(
        "Å delta betyr \(mode) på omtrent \(minutes) minutter. ",
        "Taking part means \(mode) of about \(minutes) minutes. ") + record)
    paragraph(
      t(
        "Vi spør om erfaringene dine med regionalt samarbeid og utviklingsarbeid i kommunen. "
          + "Vi registrerer rollen din, kommunen og det du forteller. Vi ber deg ikke om "
          + "opplysninger om helse eller andre særlige kategorier, og vi ber deg unngå å nevne "
          + "andre personer ved navn.",
        "We ask about your experience of regional cooperation and development work in the "
          + "municipality. We record your role, the municipality and what you tell us. We do "
          + "not ask about health or other special categories of data, and we ask you not to "
          + "name other people."))
  }

  mutating func voluntary() {
    heading("Det er frivillig å delta", "Taking part is voluntary")
    paragraph(
      t(
        "Du bestemmer selv om du vil delta. Du kan når som helst trekke samtykket uten å oppgi "
          + "noen grunn, og det får ingen følger for deg. Trekker du deg, sletter vi "
          + "opplysningene om deg.",
        "You decide whether to take part. You may withdraw at any time without giving a "
          + "reason, and it has no consequences for you. If you withdraw, we delete the data "
          + "about you."))
  }

  mutating func privacy() {
    heading(
      "Ditt personvern – hvordan vi oppbevarer og bruker opplysningene",
      "Your privacy – how we store and use the data")
    let access =
      consent.recipients.map {
        t(
          "Bare prosjektgruppen har tilgang til opplysningene. I tillegg: \($0).",
          "Only the project group has access to the data. Also: \($0).")
      } ?? gap(.recipients)
    paragraph(access)
    let transfer: String =
      switch consent.transferOutsideEEA {
      case false?:
        t(
          "Opplysningene overføres ikke til land utenfor EU/EØS.",
          "The data are not transferred to countries outside the EU/EEA.")
      case true?:
        t(
          "Noen opplysninger overføres til land utenfor EU/EØS; se vedlegg.",
          "Some data are transferred to countries outside the EU/EEA; see the appendix.")
      case nil: gap(.transferOutsideEEA)
      }
    paragraph(transfer)
    paragraph(
      t(
        "Navnet ditt og kontaktopplysningene dine lagres adskilt fra intervjuet, med en "
          + "kodenøkkel, på \(value(.controller)) sine sikre systemer.",
        "Your name and contact details are kept apart from the interview, under a code key, "
          + "on \(value(.controller))'s secure systems."))
    let identification: String =
      switch consent.identificationRisk {
      case .recognisable:
        t(
          "Vi publiserer ikke navnet ditt. Fordi det i en liten kommune bare er én person i "
            + "hver rolle, kan du likevel bli kjent igjen ut fra rollen og kommunen. Du kan be "
            + "om at noe holdes utenfor.",
          "We do not publish your name. Because a small municipality has only one person in "
            + "each role, you may still be recognised from your role and municipality. You may "
            + "ask for anything to be left out.")
      case .regionLevel:
        t(
          "Vi publiserer ikke navnet ditt, og vi rapporterer for regioner eller typer av "
            + "kommuner, slik at du ikke skal kunne kjennes igjen.",
          "We do not publish your name, and we report by region or kind of municipality so "
            + "that you cannot be recognised.")
      case nil: gap(.identificationRisk)
      }
    paragraph(identification)
    let recruitment: String =
      switch consent.recruitment {
      case .gatekeeper:
        t(
          "Denne invitasjonen er videresendt til deg av en annen. Vi vet ikke hvem som har "
            + "fått den før du selv svarer.",
          "This invitation was forwarded to you by someone else. We do not know who has "
            + "received it until you answer.")
      case .direct:
        t(
          "Vi har funnet fram til deg gjennom offentlige oversikter over hvem som har rollen.",
          "We found you through public listings of who holds the role.")
      case nil: gap(.recruitment)
      }
    paragraph(recruitment)
  }
}
