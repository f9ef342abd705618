/// The planner's own wordings for the framing questions every guide starts with.
enum StandardGuideText {
  static let anyQuestions = LocalizedText(
    nb: "Har du spørsmål før vi setter i gang?",
    en: "Do you have any questions before we begin?")
  static let ownRole = LocalizedText(
    nb: "Vil du fortelle kort om stillingen din og hvor lenge du har hatt den?",
    en: "Would you tell me briefly about your position and how long you have held it?")
  /// The same, for a former office-holder.
  static let ownRolePast = LocalizedText(
    nb: "Vil du fortelle kort om stillingen du hadde, og i hvilke år du hadde den?",
    en: "Would you tell me briefly about the position you held, and in which years?")
  static let ownInvolvement = LocalizedText(
    nb: "Hvilken befatning har du selv hatt med regionsamarbeidet – regionrådet, "
      + "Byregionprogrammet eller arbeidet med kommunereformen?",
    en: "How have you yourself been involved in the regional cooperation – the regional "
      + "council, the City Region Programme or the work on the municipal reform?")
  /// The involvement question in each role's own perspective, keyed by role id; former
  /// office-holders get it in the past tense.
  static let ownInvolvementByRole: [String: LocalizedText] = [
    "ordforer": LocalizedText(
      nb: "Hvordan har du som ordfører vært med i det regionale samarbeidet – i regionrådet, i "
        + "Byregionprogrammet eller i arbeidet med kommunereformen?",
      en: "How have you as mayor taken part in the regional cooperation – in the regional "
        + "council, in the City Region Programme or in the work on the municipal reform?"),
    "kommunedirektor": LocalizedText(
      nb: "Hvordan har administrasjonen under deg fulgt opp det regionale samarbeidet – "
        + "Byregionprogrammet, regionrådet eller arbeidet med kommunereformen?",
      en: "How has the administration under you followed up the regional cooperation – the "
        + "City Region Programme, the regional council or the work on the municipal reform?"),
    "naeringssjef": LocalizedText(
      nb: "Hvilke oppgaver har du selv hatt i de regionale samarbeidene om næringsutvikling, "
        + "for eksempel i Byregionprogrammet?",
      en: "What tasks have you yourself had in the regional cooperations on business "
        + "development, for instance in the City Region Programme?"),
    "prosjektleder": LocalizedText(
      nb: "Kan du fortelle hvordan du ble prosjektleder for Byregionprogrammet i regionen, og "
        + "i hvilken periode du hadde oppgaven?",
      en: "Could you tell me how you became project leader for the City Region Programme in "
        + "the region, and for which period you held the task?"),
    "regionradsleder": LocalizedText(
      nb: "Kan du fortelle om hvordan regionrådet under din ledelse har vært knyttet til "
        + "Byregionprogrammet og andre regionale satsinger?",
      en: "Could you tell me how the regional council under your chairmanship has been linked "
        + "to the City Region Programme and other regional initiatives?"),
    "sekretariatsleder": LocalizedText(
      nb: "Kan du fortelle om hvordan sekretariatet i regionrådet har arbeidet med "
        + "Byregionprogrammet og andre regionale utviklingsprosjekter?",
      en: "Could you tell me how the regional council's secretariat has worked on the City "
        + "Region Programme and other regional development projects?"),
    InformantRole.formerKey: LocalizedText(
      nb: "Hvordan var du selv med i det regionale samarbeidet mens du hadde stillingen – i "
        + "regionrådet, i Byregionprogrammet eller i arbeidet med kommunereformen?",
      en: "How did you yourself take part in the regional cooperation while you held the "
        + "position – in the regional council, in the City Region Programme or in the work on "
        + "the municipal reform?"),
  ]
  static let regionSince2014 = LocalizedText(
    nb: "Tenk tilbake på tiden før Byregionprogrammet startet i 2014. Hvordan har samarbeidet "
      + "i regionen endret seg siden da?",
    en: "Think back to the time before the City Region Programme began in 2014. How has "
      + "cooperation in the region changed since then?")
  static let summaryCheck = LocalizedText(
    nb: "La meg oppsummere det jeg har hørt. Har jeg forstått deg riktig?",
    en: "Let me sum up what I have heard. Have I understood you correctly?")
  static let anythingToAdd = LocalizedText(
    nb: "Er det noe vi ikke har kommet inn på som du mener er viktig?",
    en: "Is there anything we have not touched on that you think matters?")
  static let whoElse = LocalizedText(
    nb: "Hvilke andre roller i kommunen eller regionen bør vi snakke med? (Spør etter roller, "
      + "ikke navn.)",
    en: "Which other roles in the municipality or the region should we talk to? (Ask for "
      + "roles, not names.)")
  static let followUpContact = LocalizedText(
    nb: "Kan vi ta kontakt igjen hvis noe trenger å oppklares?",
    en: "May we get in touch again if something needs clearing up?")
}
