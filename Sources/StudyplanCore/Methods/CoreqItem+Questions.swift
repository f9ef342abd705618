/// What each COREQ item asks, in our own words after the checklist's guide questions (Tong,
/// Sainsbury & Craig 2007), for the checklist's "partly" rows: the author sees the question
/// beside a field that answers several items.
extension CoreqItem {
  static let questions: [(nb: String, en: String)] = [
    ("Hvem av forfatterne gjorde intervjuene?", "Which author(s) did the interviews?"),
    ("Hvilken faglig bakgrunn og grad har intervjueren?", "What are the interviewer's credentials?"),
    ("Hvilken stilling hadde intervjueren under studien?", "What was the interviewer's occupation?"),
    ("Hvilket kjønn har intervjueren?", "What is the interviewer's gender?"),
    ("Hvilken erfaring og opplæring har intervjueren?", "What experience and training does the interviewer have?"),
    (
      "Hadde forskerne et forhold til deltakerne før studien startet?",
      "Was a relationship with the participants established before the study?"
    ),
    (
      "Hva visste deltakerne om intervjueren og målet med forskningen?",
      "What did the participants know about the interviewer and the aims of the research?"
    ),
    (
      "Hvilke forforståelser, interesser og grunner til å studere temaet har intervjueren?",
      "What assumptions, interests and reasons for the topic does the interviewer bring?"
    ),
    ("Hvilken metodisk tilnærming ligger til grunn?", "Which methodological orientation underpins the study?"),
    ("Hvordan ble deltakerne valgt?", "How were participants selected?"),
    ("Hvordan ble deltakerne kontaktet?", "How were participants approached?"),
    ("Hvor mange deltok?", "How many took part?"),
    ("Hvor mange takket nei eller falt fra, og hvorfor?", "How many refused or dropped out, and why?"),
    ("Hvor ble dataene samlet inn?", "Where were the data collected?"),
    ("Var andre enn deltakerne og forskerne til stede?", "Was anyone else present?"),
    ("Hva kjennetegner utvalget?", "What are the sample's characteristics?"),
    (
      "Ga forskerne spørsmål og stikkord, og ble guiden prøvd ut?",
      "Were questions and prompts provided by the authors, and was the guide piloted?"
    ),
    ("Ble noen intervjuet mer enn én gang?", "Were any interviews repeated?"),
    ("Ble intervjuene tatt opp på lyd eller video?", "Was audio or video recording used?"),
    ("Ble det skrevet feltnotater under eller etter intervjuene?", "Were field notes made during or after the interviews?"),
    ("Hvor lenge varte intervjuene?", "How long did the interviews last?"),
    ("Ble metning drøftet?", "Was data saturation discussed?"),
    ("Fikk deltakerne utskriftene til kommentar eller retting?", "Were transcripts returned to participants for comment or correction?"),
    ("Hvor mange kodet dataene?", "How many coded the data?"),
    ("Er kodetreet beskrevet?", "Is the coding tree described?"),
    (
      "Ble temaene fastsatt på forhånd eller utledet av dataene?",
      "Were the themes set in advance or derived from the data?"
    ),
    ("Hvilken programvare ble brukt til å håndtere dataene?", "Which software was used to manage the data?"),
    ("Fikk deltakerne gi tilbakemelding på funnene?", "Did participants give feedback on the findings?"),
    (
      "Er sitater brukt for å vise temaene, og er hvert sitat merket (med rolle, ikke navn)?",
      "Are quotations used to show the themes, and is each one labelled (by role, not name)?"
    ),
    ("Er det samsvar mellom dataene som vises, og funnene?", "Are the data presented consistent with the findings?"),
    ("Er hovedtemaene tydelig presentert?", "Are the major themes clearly presented?"),
    ("Er variasjoner og mindre temaer beskrevet?", "Are diverse cases and minor themes described?"),
  ]

  /// The item's question in `language`.
  public static func question(_ number: Int, in language: Language) -> String {
    guard (1...questions.count).contains(number) else { return "" }
    return language == .nb ? questions[number - 1].nb : questions[number - 1].en
  }
}
