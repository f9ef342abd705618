/// The note's four questions about the municipal reform of 1 January 2020.
extension QuestionCatalogue {
  static let reformQuestions: [CatalogueQuestion] = [
    CatalogueQuestion(
      id: "reform-least-central",
      group: .reform,
      text: text(
        "Vinner eller taper de minst sentrale kommunene og bygdene på omorganiseringen etter "
          + "kommunereformen, og på hvilken måte?",
        "Do the least central municipalities and communities gain or lose from the "
          + "reorganisation after the municipal reform, and in what ways?"),
      citation: .reform,
      dimensions: QuestionDimensions(unit: .municipality, comparison: .reform),
      rationale: text(
        "Reformen endrer kommunen selv; spørsmålet følger de minst sentrale kommunene fra før "
          + "til etter 1.1.2020, enten de slo seg sammen eller sto utenfor.",
        "The reform changes the municipality itself; the question follows the least central "
          + "municipalities from before to after 1 January 2020, whether they merged or stayed "
          + "outside."),
      sampling: SamplingSuggestion(
        filter: "centrality in 5,6",
        strata: ["reform"], design: .stratified, allocation: .equal,
        population: "centrality in 5,6 and reform in merged,split", minimum: 1,
        note: text(
          "Like mange av de minst sentrale kommunene fra hver reformgruppe: sammenslått, delt, "
            + "sto utenfor (partnere i samme samarbeid slo seg sammen med hverandre), uendret, "
            + "bare nytt nummer, nytt navn, og navn som bare fikk registerets presisering "
            + "(Herøy, Våler).",
          "As many of the least central municipalities from each reform group: merged, split, "
            + "stayed outside (partners in the same cooperation merged with each other), "
            + "unchanged, new number only, new name, and a name that only got the register's "
            + "disambiguator (Herøy, Våler).")),
      roleIDs: ["ordforer", "kommunedirektor", "naeringssjef"],
      themes: [
        InterviewTheme(
          id: "reform-outcome",
          title: text("Kommunereformen", "The municipal reform"),
          mainQuestion: text(
            "Hva har kommunereformen betydd for kommunen og for utviklingsarbeidet her?",
            "What has the municipal reform meant for the municipality and for the development "
              + "work here?"),
          probes: [
            probe(
              .probing,
              "Hva betydde det at dere slo dere sammen – eller sto utenfor mens naboer slo seg "
                + "sammen?",
              "What did it mean that you merged — or stayed outside while neighbours merged?"),
            probe(
              .specifying,
              "Hvilke utviklingsoppgaver har fått mer eller mindre oppmerksomhet etter 1.1.2020?",
              "Which development tasks have got more or less attention since 1 January 2020?"),
            probe(
              .indirect,
              "Hvordan tror du innbyggerne i de minst sentrale delene opplever endringene?",
              "How do you think residents of the least central parts see the changes?"),
          ])
      ]),
    CatalogueQuestion(
      id: "reform-byr-and-business-organisation",
      group: .reform,
      text: text(
        "Har det de sammenslåtte kommunene lærte i ByR-samarbeidet, satt spor i måten de nå "
          + "organiserer næringsarbeid og næringssamarbeid på?",
        "Has what the merged municipalities learned in ByR cooperation left its mark on how they "
          + "now organise business development and their cooperation on it?"),
      citation: .reform,
      dimensions: QuestionDimensions(unit: .municipality, comparison: .reform),
      rationale: text(
        "Det er den nye kommunen som velger organisering; spørsmålet sammenlikner "
          + "næringsarbeidet før og etter sammenslåingen i kommuner som var med i ByR.",
        "It is the new municipality that chooses its organisation; the question compares "
          + "business development before and after the merger in municipalities that took part "
          + "in ByR."),
      sampling: SamplingSuggestion(
        filter: "reform = merged and byr = any", strata: ["centrality2024"],
        design: .stratified, allocation: .proportional, units: .year2024,
        note: text(
          "Dagens kommuner (2024) som ble til ved en sammenslåing der minst én av de tidligere "
            + "kommunene var med i en ByR-region, fordelt på sentralitetsklassen i SSBs "
            + "2024-versjon; hver kommune har med seg kommunene fra 2019 den består av, så de "
            + "som arbeidet med ByR der, kan nås.",
          "Today's municipalities (2024) formed by a merger in which at least one of the former "
            + "municipalities belonged to a ByR region, spread by their centrality class in "
            + "SSB's 2024 version; each comes with the 2019 municipalities it is made of, so "
            + "those who worked on ByR there can be reached.")),
      roleIDs: ["naeringssjef", "kommunedirektor", "prosjektleder"],
      themes: [
        InterviewTheme(
          id: "business-development-organisation",
          title: text("Organisering av næringsarbeidet", "How business development is organised"),
          mainQuestion: text(
            "Hvordan er næringsarbeidet organisert i den nye kommunen?",
            "How is business development organised in the new municipality?"),
          probes: [
            probe(
              .probing,
              "Tok dere med noe fra ByR-samarbeidet – arbeidsformer, nettverk, planer?",
              "Did you bring anything from the ByR cooperation — ways of working, networks, "
                + "plans?"),
            probe(
              .specifying,
              "Hvilke regionale samarbeid om næringsutvikling er den nye kommunen med i nå?",
              "Which regional cooperations on business development does the new municipality "
                + "take part in now?"),
            probe(
              .direct,
              "Hva skjedde med næringsarbeidet i de tidligere kommunene?",
              "What happened to the business development work of the former municipalities?"),
            probe(
              .indirect,
              "Hvordan tror du de som arbeidet med ByR i de tidligere kommunene, ser på den nye "
                + "organiseringen?",
              "How do you think those who worked on ByR in the former municipalities see the new "
                + "organisation?"),
          ])
      ]),
    CatalogueQuestion(
      id: "reform-centre-and-periphery",
      group: .reform,
      text: text(
        "Når én kommune nå rommer både et sentrum og utkanter med ulike utfordringer, hvordan kan "
          + "utviklingsarbeidet innrettes så ingen del av kommunen blir hengende etter?",
        "When one municipality now holds both a centre and outlying areas with different "
          + "challenges, how can its development work be set up so that no part of it falls "
          + "behind?"),
      citation: .reform,
      dimensions: QuestionDimensions(unit: .municipality, comparison: .reform),
      rationale: text(
        "Spenningen mellom sentrum og utkant ligger nå inne i én kommune; spørsmålet følger de "
          + "tidligere kommunene inn i den nye og sammenlikner før og etter.",
        "The tension between centre and periphery now lies inside one municipality; the "
          + "question follows the former municipalities into the new one and compares before "
          + "and after."),
      sampling: SamplingSuggestion(
        filter: "reform in merged,split", strata: ["centrality"], design: .paired,
        pairWithin: .municipality,
        note: text(
          "Par av en tidligere utkantkommune og en tidligere senterkommune som ble del av den "
            + "samme nye kommunen.",
          "Pairs of a former outlying municipality and a former centre municipality that "
            + "became part of the same new municipality.")),
      roleIDs: ["ordforer", "kommunedirektor", "naeringssjef"],
      themes: [
        InterviewTheme(
          id: "centre-and-periphery",
          title: text("Sentrum og utkant i én kommune", "Centre and periphery in one municipality"),
          mainQuestion: text(
            "Hvordan arbeider den nye kommunen for at både sentrum og utkantene skal utvikle "
              + "seg?",
            "How does the new municipality work to make both its centre and its outlying areas "
              + "develop?"),
          probes: [
            probe(
              .specifying,
              "Kan du gi et eksempel på et tiltak rettet mot utkantene?",
              "Can you give an example of a measure aimed at the outlying areas?"),
            probe(
              .probing,
              "Hvordan kommer utkantenes behov fram når prioriteringene gjøres?",
              "How do the needs of the outlying areas come through when priorities are set?"),
            probe(
              .indirect,
              "Hvordan tror du folk i den minste av de tidligere kommunene ser på "
                + "sammenslåingen i dag?",
              "How do you think people in the smallest of the former municipalities see the "
                + "merger today?"),
          ])
      ]),
    CatalogueQuestion(
      id: "reform-centrality-shift",
      group: .reform,
      text: text(
        "Hva skjer når en utkantkommune slås sammen med en mer sentral kommune og dermed får "
          + "en annen sentralitetsklasse – og hvilke følger får det, for eksempel for nivået på "
          + "arbeidsgiveravgiften for bedriftene der?",
        "What happens when an outlying municipality merges with a more central one and so gets "
          + "another centrality class — and what follows from it, for instance for the level "
          + "of employer's social security contribution its businesses pay?"),
      citation: .reform,
      dimensions: QuestionDimensions(unit: .municipality, comparison: .reform),
      rationale: text(
        "Klasseskiftet skjer med den tidligere kommunen gjennom sammenslåingen; en sammenlikner "
          + "den samme enheten før og etter, helst mot en partner i den samme nye kommunen.",
        "The class shift happens to the former municipality through the merger; one compares "
          + "the same unit before and after, preferably against a partner in the same new "
          + "municipality."),
      sampling: SamplingSuggestion(
        filter: "class-change in merger,both", strata: ["centrality"], design: .paired,
        pairWithin: .municipality,
        note: text(
          "Par innenfor samme nye kommune av tidligere kommuner som fikk en annen "
            + "sentralitetsklasse gjennom sammenslåingen (feltet class-change er merger eller "
            + "both): en utkantkommune (klasse 5–6 før sammenslåingen) og en mer sentral partner "
            + "(klasse 1–4). Kommuner som skiftet klasse bare fordi SSB beregnet indeksen på nytt "
            + "(reindex), eller som beholdt klassen, er holdt utenfor.",
          "Pairs within the same new municipality of former municipalities whose centrality "
            + "class changed through the merger (the class-change field is merger or both): an "
            + "outlying municipality (class 5–6 before the merger) and a more central partner "
            + "(class 1–4). Municipalities whose class moved only because SSB recomputed the "
            + "index (reindex), or did not move, are left out.")),
      roleIDs: ["ordforer", "naeringssjef", "kommunedirektor"],
      themes: [
        InterviewTheme(
          id: "centrality-consequences",
          title: text(
            "Ny sentralitetsklasse og følgene", "A new centrality class and what follows"),
          mainQuestion: text(
            "Hva har det betydd for kommunen og næringslivet her at området nå regnes som mer "
              + "eller mindre sentralt enn før?",
            "What has it meant for the municipality and local businesses that the area now "
              + "counts as more or less central than before?"),
          probes: [
            probe(
              .specifying,
              "Har noe endret seg for bedriftene her etter sammenslåingen når det gjelder "
                + "arbeidsgiveravgift eller andre ordninger – og i så fall hva?",
              "Has anything changed for the businesses here since the merger as regards the "
                + "employer's contribution or other schemes — and if so, what?"),
            probe(
              .probing,
              "Var følgene kjent og drøftet før sammenslåingen?",
              "Were the consequences known and discussed before the merger?"),
            probe(
              .indirect,
              "Hvordan tror du bedriftene i området vurderer endringen?",
              "How do you think the businesses in the area judge the change?"),
          ])
      ]),
  ]
}
