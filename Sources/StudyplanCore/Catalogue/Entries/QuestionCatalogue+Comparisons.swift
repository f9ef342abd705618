/// The two comparisons the note uses to tell study model 1 from study model 2.
extension QuestionCatalogue {
  static let comparisonQuestions: [CatalogueQuestion] = [
    CatalogueQuestion(
      id: "horizontal-versus-vertical",
      group: .comparison,
      text: text(
        "Hva får små kommuner ut av horisontale, regionale samarbeid med nabokommunene, "
          + "sammenliknet med vertikale samarbeid med fylkeskommunen og staten?",
        "What do small municipalities get out of horizontal, regional cooperation with their "
          + "neighbours, compared with vertical cooperation with the county authority and the "
          + "state?"),
      citation: .models,
      dimensions: QuestionDimensions(unit: .municipality, comparison: .forms),
      rationale: text(
        "Notatet sier selv at denne sammenlikningen passer best i modell 1: den lille kommunen "
          + "deltar i begge slags samarbeid samtidig, så det er i kommunen de kan sammenliknes.",
        "The note itself says this comparison fits model 1 best: the small municipality takes "
          + "part in both kinds of cooperation at once, so it is in the municipality that they "
          + "can be compared."),
      sampling: SamplingSuggestion(
        filter: "centrality in 5,6", strata: ["centrality"], design: .stratified,
        allocation: .proportional,
        note: text(
          "Små, lite sentrale kommuner, fordelt på sentralitetsklasse 5 og 6 i forhold til "
            + "antallet i hver.",
          "Small, less central municipalities, spread over centrality classes 5 and 6 in "
            + "proportion to their numbers.")),
      roleIDs: ["ordforer", "kommunedirektor", "naeringssjef"],
      themes: [
        InterviewTheme(
          id: "horizontal-and-vertical",
          title: text("Horisontale og vertikale samarbeid", "Horizontal and vertical cooperation"),
          mainQuestion: text(
            "Kan du beskrive hva samarbeidene med nabokommunene, fylkeskommunen og staten "
              + "betyr for utviklingsarbeidet i kommunen?",
            "Could you describe what the cooperations with the neighbouring municipalities, "
              + "the county authority and the state mean for the municipality's development "
              + "work?"),
          probes: [
            probe(
              .structuring,
              "La oss ta dem ett for ett: hvilket av dem betyr mest for dere?",
              "Let us take them one at a time: which of them matters most to you?"),
            probe(
              .specifying,
              "Hvor går kommunen først når den trenger hjelp i en utviklingssak?",
              "Where does the municipality turn first when it needs help with a development "
                + "matter?"),
            probe(
              .probing,
              "I hvilket av samarbeidene har dere mest å si over hva som skjer?",
              "In which of the cooperations do you have most say over what happens?"),
          ])
      ]),
    CatalogueQuestion(
      id: "small-versus-larger-members",
      group: .comparison,
      text: text(
        "Får små kommuner det samme ut av et regionalt samarbeid som de større kommunene i det "
          + "samme samarbeidet – og hvis ikke, hvorfor?",
        "Do small municipalities get the same out of a regional cooperation as the larger "
          + "municipalities in it — and if not, why not?"),
      citation: .models,
      dimensions: QuestionDimensions(unit: .cooperation, comparison: .kinds),
      rationale: text(
        "Notatet sier selv at denne sammenlikningen passer best i modell 2: små og større "
          + "kommuner i det samme samarbeidet møter de samme rammene, så forskjellen mellom dem "
          + "kan tilskrives kommunene.",
        "The note itself says this comparison fits model 2 best: small and larger "
          + "municipalities in the same cooperation meet the same conditions, so the difference "
          + "between them can be put down to the municipalities."),
      sampling: SamplingSuggestion(
        filter: "byr = any", strata: ["centrality"], design: .twoStage,
        note: text(
          "ByR-regioner først, deretter både små og større medlemmer i hver region.",
          "ByR regions first, then both small and larger members in each region.")),
      roleIDs: ["prosjektleder", "regionradsleder", "naeringssjef", "kommunedirektor"],
      themes: [
        InterviewTheme(
          id: "small-and-large-members",
          title: text("Små og store medlemmer", "Small and large members"),
          mainQuestion: text(
            "Hva har kommunene i samarbeidet, store og små, fått igjen for innsatsen sin?",
            "What have the municipalities in the cooperation, large and small, got back for "
              + "their effort?"),
          indirectQuestion: text(
            "Hvis en spurte de minste kommunene i samarbeidet, hva tror du de ville si at de "
              + "har fått igjen sammenliknet med de største?",
            "If one asked the smallest municipalities in the cooperation, what do you think "
              + "they would say they got back compared with the largest?"),
          probes: [
            probe(
              .specifying,
              "Kan du gi eksempler på tiltak som kom en liten kommune til gode?",
              "Can you give examples of measures that benefited a small municipality?"),
            probe(
              .probing,
              "Hvordan ble beslutninger tatt – hadde hver kommune én stemme?",
              "How were decisions made — did each municipality have one vote?"),
            probe(
              .indirect,
              "Hvordan tror du senterkommunen ser på småkommunenes bidrag?",
              "How do you think the centre municipality sees the small municipalities' "
                + "contribution?"),
          ])
      ]),
  ]
}
