/// The five factors the note asks about one by one: what small municipalities' result and
/// benefit from cooperation depends on.
extension QuestionCatalogue {
  static let factorQuestions: [CatalogueQuestion] = [
    CatalogueQuestion(
      id: "factor-organisation-financing-anchoring",
      group: .factor,
      text: text(
        "I hvilken grad henger småkommunenes utbytte av samarbeidet sammen med hvordan det er "
          + "organisert, finansiert og forankret – både i kommunen og i regionen?",
        "To what extent does the small municipalities' gain from cooperation depend on how it "
          + "is organised, financed and anchored — in the municipality and in the region?"),
      citation: .factors,
      dimensions: QuestionDimensions(unit: .both, comparison: .constellations),
      rationale: text(
        "Forankring har én side i kommunen (kommunestyre, administrasjon) og én i regionen "
          + "(regionråd, styringsgruppe); begge må undersøkes for at sammenhengen skal komme "
          + "fram.",
        "Anchoring has one side in the municipality (council, administration) and one in the "
          + "region (regional council, steering group); both must be examined for the link to "
          + "show."),
      sampling: SamplingSuggestion(
        filter: "byr = any", strata: ["centrality"], design: .twoStage,
        note: text(
          "ByR-regioner først, deretter både senterkommunen og de minst sentrale medlemmene i "
            + "hver.",
          "ByR regions first, then both the centre and the least central members in each.")),
      roleIDs: ["ordforer", "kommunedirektor", "regionradsleder", "prosjektleder"],
      themes: [
        InterviewTheme(
          id: "political-anchoring",
          title: text("Politisk forankring", "Political anchoring"),
          mainQuestion: text(
            "Hvordan har samarbeidet vært behandlet politisk – i kommunestyret, formannskapet og "
              + "regionrådet?",
            "How has the cooperation been dealt with politically — in the municipal council, "
              + "the executive committee and the regional council?"),
          probes: [
            probe(
              .specifying,
              "Kan du nevne et vedtak som var viktig for samarbeidet?",
              "Can you name a decision that mattered for the cooperation?"),
            probe(
              .probing,
              "Hva skjedde med forankringen etter valgene i 2015 og 2019?",
              "What happened to the anchoring after the 2015 and 2019 elections?"),
          ],
          roleIDs: ["ordforer", "regionradsleder"]),
        InterviewTheme(
          id: "administrative-anchoring-and-funding",
          title: text(
            "Administrativ forankring og finansiering", "Administrative anchoring and funding"),
          mainQuestion: text(
            "Hvordan var ansvaret for samarbeidet plassert i administrasjonen?",
            "How was responsibility for the cooperation placed in the administration?"),
          probes: [
            probe(
              .specifying,
              "Hvor stor del av en stilling gikk med til samarbeidet?",
              "How large a part of a post went into the cooperation?"),
            probe(
              .probing,
              "Hvordan ble utgiftene delt mellom kommunene, og opplevdes fordelingen som rimelig?",
              "How were the costs shared between the municipalities, and was the split felt to "
                + "be fair?"),
            probe(
              .indirect,
              "Hvordan tror du de andre kommunene så på den fordelingen?",
              "How do you think the other municipalities saw that split?"),
          ],
          roleIDs: ["kommunedirektor", "prosjektleder"]),
      ]),
    CatalogueQuestion(
      id: "factor-constellation-maturity",
      group: .factor,
      text: text(
        "Betyr det noe for småkommunenes utbytte hvor lenge samarbeidskonstellasjonen har "
          + "eksistert, og hvilke kommuner den består av?",
        "Does it matter for the small municipalities' gain how long the cooperation "
          + "constellation has existed and which municipalities it is made up of?"),
      citation: .factors,
      dimensions: QuestionDimensions(unit: .cooperation, comparison: .constellations),
      rationale: text(
        "Alder og sammensetning er egenskaper ved konstellasjonen; de varierer bare når flere "
          + "samarbeid sammenliknes.",
        "Age and make-up are properties of the constellation; they only vary when several "
          + "cooperations are compared."),
      sampling: SamplingSuggestion(
        filter: "byr = any", strata: ["centrality"], design: .twoStage,
        note: text(
          "ByR-regioner først, gjerne både nye og godt etablerte, deretter medlemmer fordelt "
            + "på sentralitet.",
          "ByR regions first, both new and well-established ones, then members spread by "
            + "centrality.")),
      roleIDs: ["regionradsleder", "prosjektleder", "kommunedirektor"],
      themes: [
        InterviewTheme(
          id: "constellation-history",
          title: text(
            "Konstellasjonens alder og sammensetning", "The constellation's age and make-up"),
          mainQuestion: text(
            "Hvordan samarbeidet disse kommunene før Byregionprogrammet?",
            "How did these municipalities cooperate before the City Region Programme?"),
          probes: [
            probe(
              .specifying,
              "Hvilke faste arenaer – regionråd, utviklingsselskap – fantes fra før?",
              "Which standing arenas — a regional council, a development company — were there "
                + "already?"),
            probe(
              .probing,
              "Hvordan påvirket forskjellene i størrelse mellom kommunene hvem som fikk "
                + "gjennomslag?",
              "How did the differences in size between the municipalities affect who got their "
                + "way?"),
            probe(
              .indirect,
              "Hvordan tror du de minste kommunene opplevde sin plass i samarbeidet?",
              "How do you think the smallest municipalities experienced their place in the "
                + "cooperation?"),
          ])
      ]),
    CatalogueQuestion(
      id: "factor-individual-effort",
      group: .factor,
      text: text(
        "Hvor mye av småkommunenes utbytte skyldes innsatsen til enkeltpersoner, og hvor mye "
          + "skyldes de ressursene kommunen ellers legger inn?",
        "How much of the small municipalities' gain is owed to the effort of individuals, and "
          + "how much to the resources the municipality puts in more generally?"),
      citation: .factors,
      dimensions: QuestionDimensions(unit: .municipality, comparison: .kinds),
      rationale: text(
        "For å skille personers innsats fra virkningen av selve samarbeidet bør en sammenlikne "
          + "kommuner med ulik bemanning innenfor det samme samarbeidet.",
        "To separate people's effort from the effect of the cooperation itself, one should "
          + "compare municipalities with different staffing within the same cooperation."),
      sampling: SamplingSuggestion(
        filter: "byr = any", strata: ["centrality"], design: .paired,
        note: text(
          "Par av en liten og en sentral kommune i den samme ByR-regionen.",
          "Pairs of a small and a central municipality in the same ByR region.")),
      roleIDs: ["naeringssjef", "kommunedirektor", "prosjektleder"],
      themes: [
        InterviewTheme(
          id: "people-and-resources",
          title: text("Personer og ressurser", "People and resources"),
          mainQuestion: text(
            "Hvem har drevet samarbeidet framover i kommunen?",
            "Who has driven the cooperation forward in the municipality?"),
          probes: [
            probe(
              .specifying,
              "Hva skjedde da en nøkkelperson sluttet eller fikk andre oppgaver?",
              "What happened when a key person left or took on other tasks?"),
            probe(
              .probing,
              "Ville resultatet blitt et annet med en annen person i rollen?",
              "Would the result have been different with someone else in the role?"),
            probe(
              .indirect,
              "Hvordan tror du kolleger i nabokommunene ser på innsatsen kommunen har lagt inn?",
              "How do you think colleagues in the neighbouring municipalities see the effort the "
                + "municipality has put in?"),
            probe(
              .interpreting,
              "Så det var mer personen enn stillingen som gjorde utslaget – har jeg forstått det "
                + "riktig?",
              "So it was the person more than the post that made the difference — have I "
                + "understood that right?"),
          ])
      ]),
    CatalogueQuestion(
      id: "factor-theme",
      group: .factor,
      text: text(
        "Har temaet for samarbeidet – for eksempel hytter og deltidsinnbyggere eller utvikling "
          + "av regionsenteret – betydning for hvor mye de små kommunene får ut av det?",
        "Does the theme of the cooperation — for example holiday homes and part-time "
          + "residents, or developing the regional centre — affect how much the small "
          + "municipalities get out of it?"),
      citation: .factors,
      dimensions: QuestionDimensions(unit: .cooperation, comparison: .constellations),
      rationale: text(
        "Temaet velges for hele samarbeidet; virkningen av temaet kommer fram når samarbeid med "
          + "ulike temaer sammenliknes.",
        "The theme is chosen for the whole cooperation; its effect shows when cooperations with "
          + "different themes are compared."),
      sampling: SamplingSuggestion(
        filter: "byr = any", design: .purposive, selectsCooperations: true,
        note: text(
          "Velg ByR-regioner med ulike samarbeidstemaer, med en begrunnelse for hver.",
          "Choose ByR regions with different cooperation themes, with a reason for each.")),
      roleIDs: ["prosjektleder", "naeringssjef", "ordforer"],
      themes: [
        InterviewTheme(
          id: "cooperation-theme",
          title: text("Samarbeidstema", "Theme of the cooperation"),
          mainQuestion: text(
            "Hvordan ble temaet for samarbeidet valgt?",
            "How was the theme of the cooperation chosen?"),
          probes: [
            probe(
              .probing,
              "Hvordan fikk kommunene temaet til å passe egne behov?",
              "How did the municipalities make the theme fit their own needs?"),
            probe(
              .specifying,
              "Kan du nevne et tiltak som bare ga mening for noen av kommunene?",
              "Can you name a measure that only made sense for some of the municipalities?"),
            probe(
              .indirect,
              "Hvordan tror du temaet ble oppfattet i de minst sentrale kommunene?",
              "How do you think the theme was seen in the least central municipalities?"),
          ])
      ]),
    CatalogueQuestion(
      id: "factor-external-conditions",
      group: .factor,
      text: text(
        "Hvordan påvirker ytre forhold, som oppgang eller nedgang i næringene lokalt, hva den "
          + "enkelte småkommunen får ut av samarbeidet?",
        "How do external conditions, such as upturns or downturns in local industries, affect "
          + "what each small municipality gets out of cooperation?"),
      citation: .factors,
      dimensions: QuestionDimensions(unit: .municipality, comparison: .kinds),
      rationale: text(
        "Ytre forhold treffer kommunene i det samme samarbeidet ulikt; sammenlikner en "
          + "medlemmer av samme samarbeid, holdes samarbeidet fast mens forholdene varierer.",
        "External conditions hit the municipalities in one cooperation differently; comparing "
          + "members of the same cooperation holds the cooperation constant while the "
          + "conditions vary."),
      sampling: SamplingSuggestion(
        filter: "byr = any", strata: ["centrality"], design: .paired,
        note: text(
          "Par av en liten og en sentral kommune i den samme ByR-regionen; beskriv "
            + "næringsutviklingen i hver ut fra offentlig statistikk.",
          "Pairs of a small and a central municipality in the same ByR region; describe each "
            + "one's economic development from public statistics.")),
      roleIDs: ["naeringssjef", "ordforer", "kommunedirektor"],
      themes: [
        InterviewTheme(
          id: "external-conditions",
          title: text("Ytre forhold", "External conditions"),
          mainQuestion: text(
            "Hvilke hendelser utenfor samarbeidet – i næringslivet, arbeidsmarkedet eller "
              + "politikken – har betydd mest for hva kommunen fikk ut av det?",
            "Which events outside the cooperation — in business, the labour market or politics "
              + "— mattered most for what the municipality got out of it?"),
          probes: [
            probe(
              .specifying,
              "Kan du gi et eksempel på at en slik hendelse endret det dere prioriterte?",
              "Can you give an example of such an event changing what you gave priority to?"),
            probe(
              .probing,
              "Rammet det kommunen annerledes enn nabokommunene?",
              "Did it affect the municipality differently from its neighbours?"),
          ])
      ]),
  ]
}
