/// The letter's later sections: project end, legal basis, rights, consent and the checklist.
extension LetterWriter {
  mutating func projectEnd() {
    heading(
      "Hva skjer med opplysningene når prosjektet slutter?",
      "What happens to the data when the project ends?")
    let deleted =
      consent.recording == .notes
      ? t("kodenøkkelen", "the code key")
      : t("lydopptak og kodenøkkel", "recordings and the code key")
    paragraph(
      t(
        "Prosjektet skal etter planen avsluttes \(value(.projectEndDate)). Da sletter vi "
          + "\(deleted) og anonymiserer resten av materialet.",
        "The project is planned to end on \(value(.projectEndDate)). We then delete \(deleted) "
          + "and anonymise the rest of the material."))
  }

  mutating func legalBasis() {
    heading(
      "Hva gir oss rett til å behandle opplysninger om deg?",
      "What gives us the right to process data about you?")
    let basis: String =
      switch consent.legalBasis {
      case .consent:
        t(
          "Vi behandler opplysninger om deg basert på samtykket ditt.",
          "We process data about you on the basis of your consent.")
      case .publicInterest:
        t(
          "Vi behandler opplysninger om deg fordi forskningen er en oppgave i allmennhetens "
            + "interesse.",
          "We process data about you because the research is a task in the public interest.")
      case nil: gap(.legalBasis)
      }
    paragraph(basis)
    paragraph(
      t(
        "Personverntjenester i Sikt har vurdert at behandlingen er i samsvar med "
          + "personvernregelverket (referanse \(value(.siktReference))).",
        "Sikt's data protection services have assessed that the processing complies with data "
          + "protection law (reference \(value(.siktReference)))."))
  }

  mutating func rights() {
    heading("Dine rettigheter", "Your rights")
    paragraph(
      t(
        "Så lenge du kan identifiseres i datamaterialet, har du rett til å:",
        "As long as you can be identified in the data, you have the right to:"))
    blocks.append(
      .bulletList(
        [
          t(
            "få innsyn i hvilke opplysninger vi har om deg, og få en kopi",
            "see what data we hold about you and get a copy"),
          t(
            "få rettet opplysninger som er feil eller misvisende",
            "have wrong or misleading data corrected"),
          t("få slettet opplysninger om deg", "have data about you deleted"),
          t("få begrenset behandlingen", "have the processing restricted"),
          t("protestere mot behandlingen", "object to the processing"),
          t("få utlevert opplysningene (dataportabilitet)", "receive the data (portability)"),
          t(
            "klage til Datatilsynet om behandlingen",
            "complain to Datatilsynet about the "
              + "processing"),
        ].map { [.plain($0)] }))
    paragraph(
      t(
        "Personvernombudet kan kontaktes her: ",
        "The data protection officer can be reached "
          + "at: ") + value(.dataProtectionOfficer))
  }

  mutating func declaration() {
    heading("Samtykkeerklæring", "Consent declaration")
    paragraph(
      t(
        "Jeg har mottatt og forstått informasjon om prosjektet «\(studyProtocol.title)», og "
          + "har fått anledning til å stille spørsmål. Jeg samtykker til:",
        "I have received and understood information about the project "
          + "‘\(studyProtocol.title)’ and have had the chance to ask questions. I agree to:"))
    var items = [t("å delta i intervju", "take part in an interview")]
    if consent.recording != .notes {
      items.append(
        t(
          "lydopptak av intervjuet",
          "an audio "
            + "recording of the interview"))
    }
    items.append(
      t(
        "at jeg kan bli gjenkjent ut fra rolle og kommune i publikasjoner",
        "being recognisable from my role and municipality in publications"))
    blocks.append(.bulletList(items.map { [.plain("☐ " + $0)] }))
    paragraph(
      t(
        "Signatur og dato: ______________________",
        "Signature and date: "
          + "______________________"))
  }

  mutating func checklist(covered: [LetterChecklistItem]) {
    heading("Sjekkliste for informasjonsskrivet", "Information letter checklist")
    let rows = LetterChecklistItem.allCases.map { item -> [String] in
      let state: String
      if item == .consentDeclaration, consent.legalBasis == .publicInterest {
        state = t("ikke aktuelt", "not applicable")
      } else if covered.contains(item) {
        state = t("dekket", "covered")
      } else {
        let fields = item.fields.filter { missing.contains($0) }.map(\.rawValue)
        state = t("mangler: ", "missing: ") + fields.joined(separator: ", ")
      }
      return ["\(item.rawValue)", item.label(in: language), state]
    }
    blocks.append(.table(header: ["#", t("Punkt", "Point"), t("Status", "Status")], rows: rows))
  }
}
