/// The letter's later sections: privacy, project end, legal basis, rights, contact and consent.
extension LetterWriter {
  mutating func privacy() {
    heading(
      "Ditt personvern – hvordan vi oppbevarer og bruker opplysningene dine",
      "Your privacy – how we store and use your data")
    paragraph(
      t(
        "Vi bruker opplysningene om deg bare til formålene vi har fortalt om i dette skrivet, og "
          + "vi behandler dem konfidensielt og i samsvar med personvernregelverket",
        "We use the data about you only for the purposes this letter describes, and we treat "
          + "them confidentially and in line with data protection law"))
    let access: String
    if isNone(consent.recipients) {
      access = t(
        "Bare prosjektgruppen ved \(value(.controller)) har tilgang til opplysningene",
        "Only the project group at \(value(.controller)) has access to the data")
    } else if let recipients = consent.recipients {
      access = t(
        "Prosjektgruppen ved \(value(.controller)) har tilgang til opplysningene. I tillegg: "
          + recipients,
        "The project group at \(value(.controller)) has access to the data. Also: " + recipients)
    } else {
      access = gap(.recipients)
    }
    let processors: String
    if isNone(consent.processors) {
      processors = t(
        "Vi bruker ingen databehandlere (andre som behandler opplysninger på våre vegne)",
        "We use no data processors (others who process data on our behalf)")
    } else if let names = consent.processors {
      processors = t(
        "Vi bruker databehandlere, som behandler opplysninger på våre vegne etter en "
          + "databehandleravtale: " + names,
        "We use data processors, who process data on our behalf under a data processing "
          + "agreement: " + names)
    } else {
      processors = gap(.processors)
    }
    let transfer: String =
      switch consent.transferOutsideEEA {
      case false?:
        t(
          "Opplysningene overføres ikke til land utenfor EU/EØS",
          "The data are not transferred to countries outside the EU/EEA")
      case true?:
        t(
          "Noen opplysninger overføres til land utenfor EU/EØS; vedlegget sier hvilke og hvordan "
            + "de er sikret",
          "Some data are transferred to countries outside the EU/EEA; the appendix says which "
            + "and how they are protected")
      case nil: gap(.transferOutsideEEA)
      }
    paragraph(access, processors, transfer)
    let identification: String =
      switch consent.identificationRisk {
      case .recognisable:
        t(
          "Vi publiserer ikke navnet ditt. Fordi det bare er én person i hver rolle i en kommune, "
            + "kan du likevel bli kjent igjen ut fra rollen og kommunen. Du kan be om at noe "
            + "holdes utenfor",
          "We do not publish your name. Because each role has only one holder in a "
            + "municipality, you may still be recognised from your role and municipality. You "
            + "may ask for anything to be left out")
      case .regionLevel:
        t(
          "Vi publiserer ikke navnet ditt, og vi rapporterer for regioner eller typer av "
            + "kommuner, slik at du ikke skal kunne kjennes igjen",
          "We do not publish your name, and we report by region or kind of municipality so "
            + "that you cannot be recognised")
      case nil: gap(.identificationRisk)
      }
    paragraph(
      t(
        "Navnet ditt og kontaktopplysningene dine lagres atskilt fra intervjuet, med en "
          + "kodenøkkel, på de sikre systemene til \(value(.controller))",
        "Your name and contact details are kept apart from the interview, under a code key, on "
          + "the secure systems of \(value(.controller))"), identification)
  }

  mutating func projectEnd() {
    heading(
      "Hva skjer med opplysningene dine når prosjektet slutter?",
      "What happens to your data when the project ends?")
    let deleted =
      consent.recording == .notes
      ? t("kodenøkkelen", "the code key")
      : t("lydopptakene og kodenøkkelen", "the recordings and the code key")
    let after: String =
      switch consent.archiving {
      case .anonymise?:
        t(
          "Da sletter vi \(deleted), og resten av materialet anonymiseres, slik at ingen kan "
            + "kjennes igjen",
          "We then delete \(deleted), and the rest of the material is anonymised so that no "
            + "one can be recognised")
      case .archive?:
        t(
          "Da sletter vi \(deleted). Intervjuutskrifter uten navn og kontaktopplysninger "
            + "arkiveres for videre forskning ved \(value(.controller)), og kan bare brukes i nye "
            + "prosjekter som er vurdert etter personvernregelverket",
          "We then delete \(deleted). Interview transcripts without names or contact details "
            + "are archived for further research at \(value(.controller)) and may be used only "
            + "in new projects assessed under data protection law")
      case nil: gap(.archiving)
      }
    paragraph(
      t(
        "Opplysningene lagres fram til prosjektslutt, som etter planen er \(value(.projectEndDate))",
        "The data are kept until the project ends, which is planned for "
          + value(.projectEndDate)), after)
  }

  mutating func legalBasis() {
    heading(
      "Hva gir oss rett til å behandle personopplysninger om deg?",
      "What gives us the right to process personal data about you?")
    let political = consent.specialCategories == .politicalOpinion
    var sentences: [String] = []
    switch consent.legalBasis {
    case .consent:
      sentences.append(
        t(
          "Vi behandler opplysninger om deg basert på samtykket ditt (personvernforordningen "
            + "artikkel 6 nr. 1 bokstav a)",
          "We process data about you on the basis of your consent (GDPR Article 6(1)(a))"))
      if political {
        sentences.append(
          t(
            "Opplysninger om politisk oppfatning behandler vi basert på ditt uttrykkelige "
              + "samtykke (artikkel 9 nr. 2 bokstav a)",
            "Data on political opinion are processed on the basis of your explicit consent "
              + "(Article 9(2)(a))"))
      }
    case .publicInterest:
      sentences.append(
        t(
          "Vi behandler opplysninger om deg fordi forskningen er en oppgave i allmennhetens "
            + "interesse (personvernforordningen artikkel 6 nr. 1 bokstav e)",
          "We process data about you because the research is a task in the public interest "
            + "(GDPR Article 6(1)(e))"))
      if political {
        sentences.append(
          t(
            "Opplysninger om politisk oppfatning behandler vi fordi det er nødvendig for "
              + "vitenskapelige formål (artikkel 9 nr. 2 bokstav j)",
            "Data on political opinion are processed because it is necessary for scientific "
              + "research (Article 9(2)(j))"))
      }
    case nil:
      sentences.append(gap(.legalBasis))
    }
    sentences.append(
      t(
        "På oppdrag fra \(value(.controller)) har Personverntjenester i Sikt vurdert at "
          + "behandlingen av personopplysninger i prosjektet er i samsvar med "
          + "personvernregelverket (referanse \(value(.siktReference)))",
        "On behalf of \(value(.controller)), Sikt's data protection services have assessed that "
          + "the processing of personal data in the project complies with data protection law "
          + "(reference \(value(.siktReference)))"))
    blocks.append(.paragraph([.plain(Prose.sentences(sentences))]))
  }

  mutating func rights() {
    heading("Dine rettigheter", "Your rights")
    paragraph(
      t(
        "Så lenge du kan identifiseres i datamaterialet, har du rett til",
        "As long as you can be identified in the data, you have the right to") + ":")
    var items = [
      t(
        "innsyn i hvilke opplysninger vi behandler om deg, og å få utlevert en kopi",
        "see what data we process about you and get a copy"),
      t(
        "å få rettet opplysninger som er feil eller misvisende",
        "have wrong or misleading data corrected"),
      t("å få slettet opplysninger om deg", "have data about you erased"),
      t("å få begrenset behandlingen", "have the processing restricted"),
    ]
    switch consent.legalBasis {
    case .consent:
      items.append(
        t(
          "å få utlevert opplysningene dine i et vanlig filformat (dataportabilitet)",
          "receive your data in a common file format (data portability)"))
    case .publicInterest:
      items.append(
        t("å protestere mot behandlingen", "object to the processing"))
    case nil:
      items.append(gap(.legalBasis))
    }
    items.append(
      t(
        "å klage til Datatilsynet om behandlingen av opplysningene dine",
        "complain to Datatilsynet (the Norwegian Data Protection Authority) about the "
          + "processing of your data"))
    blocks.append(.bulletList(items.map { [.plain($0)] }))
  }

  mutating func contact() {
    heading("Spørsmål og kontakt", "Questions and contact")
    paragraph(
      t(
        "Har du spørsmål om prosjektet, eller vil du bruke rettighetene dine, kan du kontakte",
        "If you have questions about the project or want to use your rights, contact") + ":")
    blocks.append(
      .bulletList(
        [
          t("Prosjektet: ", "The project: ") + value(.projectContact),
          t("Prosjektleder: ", "Project leader: ") + value(.projectLeader),
          t(
            "\(value(.controller)), sentralbord: ",
            "\(value(.controller)), switchboard: ") + value(.controllerContact),
          t("Personvernombudet vårt: ", "Our data protection officer: ")
            + value(.dataProtectionOfficer),
          t(
            "Sikt, om vurderingen av prosjektet: ",
            "Sikt, about its assessment of the project: ") + value(.siktContact),
        ].map { [.plain($0)] }))
    blocks.append(.paragraph([.plain(t("Med vennlig hilsen", "Yours sincerely"))]))
    blocks.append(.paragraph([.plain(value(.projectLeader))]))
    blocks.append(.paragraph([.plain(value(.controller))]))
  }

  /// What the informant agrees to: ticked boxes in the first person, or read out to "you".
  func consentItems(readOut: Bool) -> [String] {
    func say(_ mine: String, _ yours: String) -> String { readOut ? yours : mine }
    var items = [t("å delta i intervju", "take part in an interview")]
    if consent.recording == .audio {
      items.append(t("at intervjuet tas opp på lyd", "an audio recording of the interview"))
    }
    if consent.identificationRisk == .recognisable {
      items.append(
        t(
          say(
            "at jeg kan bli gjenkjent ut fra rolle og kommune i publikasjoner",
            "at du kan bli gjenkjent ut fra rolle og kommune i publikasjoner"),
          say(
            "being recognisable from my role and municipality in publications",
            "being recognisable from your role and municipality in publications")))
    }
    if consent.specialCategories == .politicalOpinion {
      items.append(
        t(
          say(
            "at opplysninger om min politiske oppfatning behandles",
            "at opplysninger om din politiske oppfatning behandles"),
          say(
            "the processing of data on my political opinion",
            "the processing of data on your political opinion")))
    }
    if consent.archiving == .archive {
      items.append(
        t(
          say(
            "at intervjuutskriften uten navn arkiveres for videre forskning",
            "at intervjuutskriften uten navn arkiveres for videre forskning"),
          say(
            "the transcript, without my name, being archived for further research",
            "the transcript, without your name, being archived for further research")))
    }
    return items
  }

  mutating func declaration() {
    let project = t("«\(studyProtocol.title)»", "‘\(studyProtocol.title)’")
    if isOral {
      heading("Muntlig samtykke", "Oral consent")
      let kept =
        consent.recording == .audio
        ? t("Svaret tas opp på lydopptaket.", "The answer is recorded.")
        : t(
          "Intervjueren noterer svaret, dato og klokkeslett.",
          "The interviewer notes the answer, the date and the time.")
      paragraph(
        t(
          "Ved starten av intervjuet leser intervjueren opp dette:",
          "At the start of the interview the interviewer reads this out:"))
      let agreed = Prose.list(consentItems(readOut: true), language: language)
      blocks.append(
        .note([
          .plain(
            t(
              "Har du lest informasjonsskrivet om prosjektet \(project), og samtykker du til "
                + "\(agreed), og til at opplysningene om deg behandles fram til prosjektslutt?",
              "Have you read the information letter about the project \(project), and do you "
                + "agree to \(agreed), and to the processing of your data until the project "
                + "ends?"))
        ]))
      paragraph(kept)
      return
    }
    heading("Samtykkeerklæring", "Consent declaration")
    paragraph(
      t(
        "Jeg har mottatt og forstått informasjon om prosjektet \(project), og har fått anledning "
          + "til å stille spørsmål. Jeg samtykker til",
        "I have received and understood information about the project \(project) and have had "
          + "the chance to ask questions. I agree to") + ":")
    blocks.append(.bulletList(consentItems(readOut: false).map { [.plain("☐ " + $0)] }))
    paragraph(
      t(
        "Jeg samtykker til at opplysningene mine behandles fram til prosjektslutt",
        "I agree to my data being processed until the project ends"))
    blocks.append(
      .paragraph([
        .plain(
          t(
            "Signert av prosjektdeltaker, dato: ______________________",
            "Signed by the participant, date: ______________________"))
      ]))
  }
}
