/// The planner's own wordings for the framing questions every guide starts with.
enum StandardGuideText {
  static let anyQuestions = LocalizedText(
    nb: "Har du spørsmål før vi setter i gang?",
    en: "Do you have any questions before we begin?")
  static let ownRole = LocalizedText(
    nb: "Vil du fortelle kort om stillingen din, og hvor lenge du har hatt den?",
    en: "Would you tell me briefly about your position and how long you have held it?")
  static let ownInvolvement = LocalizedText(
    nb: "Hvilken befatning har du selv hatt med regionsamarbeidet – regionrådet, "
      + "Byregionprogrammet eller arbeidet med kommunereformen?",
    en: "How have you yourself been involved in the regional cooperation – the regional "
      + "council, the City Region Programme or the work on the municipal reform?")
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
