/// Writes the information letter's text in one language, for one role and holder.
struct LetterWriter {
  var studyProtocol: StudyProtocol
  var language: Language
  var missing: [ConsentField]
  var role: InformantRole?
  var holder: RoleHolder
  var blocks: [DocumentBlock] = []

  init(
    studyProtocol: StudyProtocol, language: Language, missing: [ConsentField],
    role: InformantRole?, holder: RoleHolder
  ) {
    self.studyProtocol = studyProtocol
    self.language = language
    self.missing = missing
    self.role = role
    self.holder = holder
  }

  var consent: ConsentFields { studyProtocol.consent }
  var nb: Bool { language == .nb }
  var former: Bool { holder == .former }
  var isConsent: Bool { consent.legalBasis != .publicInterest }
  var isOral: Bool { consent.consentForm == .oral }

  func t(_ nb: String, _ en: String) -> String { self.nb ? nb : en }

  func gap(_ field: ConsentField) -> String {
    t("[mangler: \(field.label(in: .nb))]", "[missing: \(field.label(in: .en))]")
  }

  /// The field's value, or a marked gap; the project end date as a date in words.
  func value(_ field: ConsentField) -> String {
    if field == .purpose, consent.purpose == nil, !studyProtocol.purpose(in: language).isEmpty {
      return studyProtocol.purpose(in: language)
    }
    guard let text = consent.value(of: field) else { return gap(field) }
    return field == .projectEndDate ? Prose.date(text, language: language) : text
  }

  /// Whether a free-text field says there is nobody ("none", "ingen", "-").
  func isNone(_ text: String?) -> Bool {
    guard let text else { return false }
    return ["none", "ingen", "-", "no", "nei"].contains(
      text.trimmingCharacters(in: .whitespaces).lowercased())
  }

  mutating func heading(_ nb: String, _ en: String) {
    blocks.append(.heading(level: 1, text: t(nb, en)))
  }

  mutating func paragraph(_ sentences: String...) {
    blocks.append(.paragraph([.plain(Prose.sentences(sentences))]))
  }

  mutating func document() -> ExportDocument {
    let title = studyProtocol.title
    if !missing.isEmpty {
      let list = missing.map { "\($0.label(in: language)) (consent \($0.rawValue))" }
      blocks.append(
        .note([
          .strong(
            t(
              "Utkast – dette mangler før brevet kan sendes: ",
              "Draft – missing before the letter can be sent: ")),
          .plain(Prose.sentence(list.joined(separator: "; "))),
        ]))
    }
    opening()
    whyAsked()
    responsibility()
    participation()
    voluntary()
    privacy()
    projectEnd()
    legalBasis()
    rights()
    contact()
    if isConsent { declaration() }
    let heading = t(
      "Vil du delta i forskningsprosjektet «\(title)»?",
      "Would you take part in the research project ‘\(title)’?")
    var subtitle = [t("Informasjonsskriv", "Information letter")]
    if let role {
      let name = role.name.text(in: language)
      subtitle = [
        former
          ? t(
            "Informasjonsskriv til tidligere \(name)", "Information letter for the former \(name)")
          : t("Informasjonsskriv til \(name)", "Information letter for the \(name)")
      ]
    }
    if !missing.isEmpty { subtitle.append(t("Utkast", "Draft")) }
    return ExportDocument(title: heading, subtitle: subtitle, language: language, blocks: blocks)
  }

  /// The role's name, or the protocol's roles joined with "or".
  var roleNames: String {
    if let role { return role.name.text(in: language) }
    let names = studyProtocol.roles.map { $0.name.text(in: language) }
    guard let last = names.last else {
      return t("en av rollene vi intervjuer", "one of the roles we interview")
    }
    if names.count == 1 { return last }
    return names.dropLast().joined(separator: ", ") + t(" eller ", " or ") + last
  }

  /// Where the role sits: a municipality, a regional cooperation, or either.
  var unitPhrase: String {
    if let role, role.isCustom == false {
      return FieldworkLog.cooperationRoleIDs.contains(role.id)
        ? t("et regionalt samarbeid som er med i studien", "a regional cooperation in the study")
        : t("en kommune som er med i studien", "a municipality in the study")
    }
    return t(
      "en kommune eller et regionalt samarbeid som er med i studien",
      "a municipality or regional cooperation in the study")
  }

  mutating func opening() {
    paragraph(
      t(
        "Dette er et spørsmål til deg om å delta i et forskningsprosjekt",
        "This is an invitation to take part in a research project"),
      PurposeSentence.text(value(.purpose), language, subject: .project),
      t(
        "I dette skrivet forteller vi hva det innebærer for deg å delta, og hvilke rettigheter "
          + "du har",
        "This letter tells you what taking part involves for you and what rights you have"))
  }

  mutating func whyAsked() {
    heading("Hvorfor får du spørsmål om å delta?", "Why are you being asked?")
    let names = roleNames
    let asked =
      former
      ? t(
        "Du får spørsmål fordi du var \(names) i \(unitPhrase), i perioden studien handler om",
        "You are asked because you were \(names) in \(unitPhrase), in the period the study "
          + "covers")
      : t(
        "Du får spørsmål fordi du er \(names) i \(unitPhrase)",
        "You are asked because you are \(names) in \(unitPhrase)")
    let recruitment: String =
      switch consent.recruitment {
      case .gatekeeper:
        t(
          "Invitasjonen er videresendt til deg av en annen. Vi vet ikke hvem som har fått den, "
            + "før du selv svarer",
          "This invitation was forwarded to you by someone else. We do not know who has "
            + "received it until you answer")
      case .direct:
        former
          ? t(
            "Vi har funnet fram til deg gjennom offentlige oversikter over hvem som hadde rollen",
            "We found you through public records of who held the role")
          : t(
            "Vi har funnet fram til deg gjennom offentlige oversikter over hvem som har rollen",
            "We found you through public listings of who holds the role")
      case .recontact:
        t(
          "Vi tar kontakt med deg igjen fordi du deltok i en tidligere studie av det samme, og vi "
            + "har kontaktopplysningene dine fra den studien",
          "We are contacting you again because you took part in an earlier study of the same "
            + "subject, and we have your contact details from that study")
      case nil: gap(.recruitment)
      }
    paragraph(
      asked,
      t(
        "Det er rollen, ikke deg som person, som gjør at vi spør",
        "It is the role, not you as a person, that makes us ask"), recruitment)
  }

  mutating func responsibility() {
    heading("Hvem er ansvarlig for forskningsprosjektet?", "Who is responsible for the project?")
    paragraph(
      t(
        "\(value(.controller)) er ansvarlig for prosjektet (behandlingsansvarlig institusjon)",
        "\(value(.controller)) is responsible for the project (the controller)"),
      t("Prosjektleder: ", "Project leader: ") + value(.projectLeader))
  }

  var modePhrase: String {
    switch consent.interviewMode {
    case .inPerson: t("et intervju der vi møtes", "an interview in person")
    case .telephone: t("et telefonintervju", "a telephone interview")
    case .video: t("et intervju på video", "a video interview")
    case nil: gap(.interviewMode)
    }
  }

  mutating func participation() {
    heading("Hva innebærer det for deg å delta?", "What does taking part involve?")
    let minutes = studyProtocol.guide?.targetMinutes ?? 60
    let record: String =
      switch consent.recording {
      case .audio:
        t(
          "Vi tar lydopptak av intervjuet og skriver det ut",
          "We make an audio recording of the interview and transcribe it")
      case .notes:
        t(
          "Vi tar ikke lydopptak, men skriver notater under intervjuet",
          "We do not record the interview; we take notes")
      case nil: gap(.recording)
      }
    paragraph(
      t(
        "Hvis du velger å delta, innebærer det \(modePhrase) som tar omtrent \(minutes) "
          + "minutter",
        "If you take part, you will have \(modePhrase) of about \(minutes) minutes"), record)
    let topic =
      former
      ? t(
        "Vi spør om erfaringene dine med regionalt samarbeid og utviklingsarbeid fra tiden du "
          + "hadde rollen",
        "We ask about your experience of regional cooperation and development work from the "
          + "time you held the role")
      : t(
        "Vi spør om erfaringene dine med regionalt samarbeid og utviklingsarbeid i kommunen",
        "We ask about your experience of regional cooperation and development work in the "
          + "municipality")
    paragraph(
      topic,
      t(
        "Vi registrerer rollen din, kommunen eller samarbeidet, og det du forteller",
        "We record your role, the municipality or cooperation, and what you tell us"),
      specialCategoriesSentence,
      t(
        "Vi ber deg unngå å nevne andre personer ved navn",
        "We ask you not to name other people"))
    if isOral { oralProcedure() }
  }

  var specialCategoriesSentence: String {
    switch consent.specialCategories {
    case .none?:
      t(
        "Vi spør ikke om helse, politisk oppfatning eller andre særlige kategorier av "
          + "personopplysninger",
        "We do not ask about health, political opinion or other special categories of "
          + "personal data")
    case .politicalOpinion?:
      t(
        "Noen spørsmål handler om valg og politisk uenighet. Svarene kan vise din politiske "
          + "oppfatning, som er en særlig kategori av personopplysninger; vi behandler den bare "
          + "så langt formålet krever det",
        "Some questions are about elections and political disagreement. Your answers may show "
          + "your political opinion, which is a special category of personal data; we process "
          + "it only as far as the purpose requires")
    case nil: gap(.specialCategories)
    }
  }

  /// How the information is confirmed at the start of a telephone or video interview.
  mutating func oralProcedure() {
    let noted =
      consent.recording == .audio
      ? t(
        "Spørsmålet og svaret ditt tas opp på lydopptaket",
        "The question and your answer are recorded")
      : t(
        "Intervjueren noterer svaret ditt og tidspunktet",
        "The interviewer notes your answer and the time")
    if isConsent {
      paragraph(
        t(
          "Du gir samtykket muntlig ved starten av intervjuet. Intervjueren leser opp "
            + "samtykket som står til slutt i dette skrivet, og spør om du samtykker",
          "You give your consent orally at the start of the interview. The interviewer reads "
            + "out the consent at the end of this letter and asks whether you agree"), noted,
        t("Du trenger ikke skrive under på noe", "You do not need to sign anything"))
    } else {
      paragraph(
        t(
          "Ved starten av intervjuet går intervjueren kort gjennom hovedpunktene i dette "
            + "skrivet, og du kan stille spørsmål",
          "At the start of the interview the interviewer goes briefly through the main points "
            + "of this letter, and you can ask questions"),
        t("Du trenger ikke skrive under på noe", "You do not need to sign anything"))
    }
  }

  mutating func voluntary() {
    heading("Det er frivillig å delta", "Taking part is voluntary")
    if isConsent {
      paragraph(
        t(
          "Det er frivillig å delta. Hvis du velger å delta, kan du når som helst trekke "
            + "samtykket tilbake uten å oppgi noen grunn",
          "Taking part is voluntary. If you take part, you may withdraw your consent at any "
            + "time without giving a reason"),
        t(
          "Da sletter vi alle opplysningene om deg",
          "We then delete all the data about you"),
        t(
          "Det får ingen negative følger for deg om du ikke vil delta eller senere trekker deg",
          "It has no negative consequences for you if you do not take part or later withdraw"))
    } else {
      paragraph(
        t(
          "Det er frivillig å delta. Du kan la være å svare på spørsmål og avbryte intervjuet "
            + "når du vil, uten å oppgi noen grunn",
          "Taking part is voluntary. You may skip any question and stop the interview at any "
            + "time without giving a reason"),
        t(
          "Det får ingen negative følger for deg",
          "It has no negative consequences for you"),
        t(
          "Etter intervjuet kan du protestere mot at vi behandler opplysningene om deg; se "
            + "«Dine rettigheter»",
          "After the interview you may object to our processing of your data; see ‘Your "
            + "rights’"))
    }
  }
}
