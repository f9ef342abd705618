/// The note's title question and the leads its findings open (Angell & Grimsrud, NORCE, 2020).
extension QuestionCatalogue {
  static let findingQuestions: [CatalogueQuestion] = [
    CatalogueQuestion(
      id: "what-small-municipalities-got",
      group: .title,
      text: text(
        "Hva har de små og minst sentrale kommunene faktisk fått ut av å være med i "
          + "Byregionprogrammet, sett fra kommunen selv?",
        "What have the small, least central municipalities actually got out of taking part in "
          + "the City Region Programme, seen from the municipality itself?"),
      citation: .benefitFindings,
      dimensions: QuestionDimensions(unit: .municipality, comparison: .forms),
      rationale: text(
        "Notatet fikk svaret fra prosjektlederne; nytten må også måles der den skal lande, i "
          + "kommunens eget utviklingsarbeid, der programmet står side om side med kommunens "
          + "andre samarbeid og program.",
        "The note got its answer from the project leaders; the benefit must also be measured "
          + "where it should land, in the municipality's own development work, where the "
          + "programme sits beside the municipality's other cooperations and programmes."),
      sampling: SamplingSuggestion(
        filter: "centrality in 5,6 and byr = any", strata: ["centrality"], design: .stratified,
        allocation: .proportional,
        note: text(
          "Kommuner i sentralitetsklasse 5 og 6 som var med i en ByR-region, fordelt på de to "
            + "klassene etter antall.",
          "Municipalities in centrality classes 5 and 6 that belonged to a ByR region, spread "
            + "over the two classes by their numbers.")),
      roleIDs: ["ordforer", "kommunedirektor", "naeringssjef"],
      themes: [
        InterviewTheme(
          id: "what-the-municipality-got",
          title: text("Hva kommunen fikk ut av programmet", "What the municipality got"),
          mainQuestion: text(
            "Kan du fortelle hva kommunen har fått ut av å være med i Byregionprogrammet?",
            "Could you tell me what the municipality has got out of taking part in the City "
              + "Region Programme?"),
          indirectQuestion: text(
            "Hvis vi spurte næringssjefen i den minst sentrale kommunen i regionen, hva tror du "
              + "hun eller han ville si at kommunen har fått ut av programmet?",
            "If we asked the business development officer in the region's least central "
              + "municipality, what do you think they would say the municipality got out of "
              + "the programme?"),
          probes: [
            probe(
              .specifying,
              "Hvordan ble analysene av kommunen fra programmets første fase brukt etterpå?",
              "How were the analyses of the municipality from the programme's first phase used "
                + "afterwards?"),
            probe(
              .specifying,
              "Hva tok dere med hjem fra fellessamlingene i programmet?",
              "What did you take home from the programme's joint gatherings?"),
            probe(
              .probing,
              "Hvilke kontakter og hvilken tillit mellom kommunene i regionen har kommet ut av "
                + "samarbeidet?",
              "What contacts and what trust between the municipalities in the region have come "
                + "out of the cooperation?"),
            probe(
              .probing,
              "Hvilken rolle har de regionale planene fra samarbeidet spilt i kommunens egen "
                + "planlegging?",
              "What part have the cooperation's regional plans played in the municipality's "
                + "own planning?"),
            probe(
              .probing,
              "Hvordan vil du beskrive forholdet til bykommunen i regionen i dag, sammenliknet "
                + "med før programmet?",
              "How would you describe the relation to the city municipality in the region "
                + "today, compared with before the programme?"),
            probe(
              .direct,
              "Tenk deg at kommunen ikke hadde vært med. Hva ville vært annerledes i dag?",
              "Suppose the municipality had not taken part. What would be different today?"),
          ],
          roleQuestions: [
            "ordforer": text(
              "Sett fra den politiske ledelsen: hva har kommunen fått ut av å være med i "
                + "Byregionprogrammet?",
              "Seen from the political leadership: what has the municipality got out of taking "
                + "part in the City Region Programme?"),
            "kommunedirektor": text(
              "Hva har deltakelsen i Byregionprogrammet gitt administrasjonen, i kompetanse, "
                + "kapasitet og arbeidsmåter?",
              "What has taking part in the City Region Programme given the administration, in "
                + "competence, capacity and ways of working?"),
            "naeringssjef": text(
              "Hva har Byregionprogrammet betydd for næringsarbeidet ditt og for bedriftene i "
                + "kommunen?",
              "What has the City Region Programme meant for your business development work and "
                + "for the firms in the municipality?"),
            "prosjektleder": text(
              "Hva har de minst sentrale medlemskommunene fått ut av programmet, slik du ser det?",
              "What have the least central member municipalities got out of the programme, as "
                + "you see it?"),
            "regionradsleder": text(
              "Hva har de minste kommunene i regionrådet fått ut av Byregionprogrammet, slik "
                + "du ser det fra regionrådet?",
              "What have the smallest municipalities in the regional council got out of the "
                + "City Region Programme, as you see it from the council?"),
            "sekretariatsleder": text(
              "Hvilke resultater av Byregionprogrammet har sekretariatet sett i de minste "
                + "medlemskommunene?",
              "What results of the City Region Programme has the secretariat seen in the "
                + "smallest member municipalities?"),
          ],
          formerQuestion: text(
            "Hva fikk kommunen ut av å være med i Byregionprogrammet mens du hadde stillingen?",
            "What did the municipality get out of taking part in the City Region Programme "
              + "while you held the position?"))
      ]),
    CatalogueQuestion(
      id: "standpoint-and-benefit",
      group: .findings,
      text: text(
        "Hvorfor vurderer prosjektlederne og kommunenes egne utviklingsaktører nytten av det "
          + "samme samarbeidet så ulikt, og hva betyr valget av informanter for hva en finner?",
        "Why do the project leaders and the municipalities' own development staff judge the "
          + "benefit of the same cooperation so differently, and what does the choice of "
          + "informants mean for what one finds?"),
      citation: .reflections,
      dimensions: QuestionDimensions(unit: .both, comparison: .standpoints),
      rationale: text(
        "Notatet fant omtrent motsatte svar fra prosjektlederne enn studien fra 2017 fikk fra "
          + "kommunene; begge ståstedene må intervjues om det samme samarbeidet.",
        "The note found roughly the opposite answers from the project leaders to those the "
          + "2017 study got from the municipalities; both standpoints must be interviewed "
          + "about the same cooperation."),
      sampling: SamplingSuggestion(
        filter: "byr = any and centrality in 5,6", strata: ["centrality"], design: .twoStage,
        note: text(
          "Først ByR-regioner, så de minst sentrale medlemmene i hver, slik at prosjektlederen "
            + "og kommunens egne folk snakker om det samme samarbeidet.",
          "First ByR regions, then the least central members of each, so that the project "
            + "leader and the municipality's own people speak about the same cooperation.")),
      roleIDs: ["prosjektleder", "naeringssjef", "kommunedirektor"],
      themes: [
        InterviewTheme(
          id: "judging-benefit",
          title: text("Hvordan nytte vurderes", "How benefit is judged"),
          mainQuestion: text(
            "Når du vurderer om et regionalt samarbeid har vært nyttig for kommunen, hva legger "
              + "du mest vekt på?",
            "When you judge whether a regional cooperation has been useful for the "
              + "municipality, what do you give most weight?"),
          probes: [
            probe(
              .indirect,
              "Hvordan tror du prosjektlederen i regionen vurderer nytten for kommunen deres?",
              "How do you think the region's project leader judges the benefit for your "
                + "municipality?"),
            probe(
              .probing,
              "Hvilke andre regionale samarbeid tenker du på når du svarer?",
              "Which other regional cooperations do you have in mind when you answer?"),
            probe(
              .specifying,
              "Kan du gi et eksempel på en nytte som er lett å overse?",
              "Could you give an example of a benefit that is easy to overlook?"),
          ],
          roleQuestions: [
            "prosjektleder": text(
              "Når du vurderer hva hver medlemskommune har fått ut av samarbeidet, hva legger du "
                + "mest vekt på?",
              "When you judge what each member municipality has got out of the cooperation, "
                + "what do you give most weight?")
          ])
      ]),
    CatalogueQuestion(
      id: "own-or-shared-programme",
      group: .findings,
      text: text(
        "Hva får små kommuner ut av et regionalt program som Byregionprogrammet, sammenliknet "
          + "med et program der kommunen selv får midlene og styrer arbeidet, som "
          + "Småkommuneprogrammet?",
        "What do small municipalities get out of a regional programme like the City Region "
          + "Programme, compared with a programme in which the municipality itself gets the "
          + "money and runs the work, like the Small Municipalities Programme?"),
      citation: .reflections,
      dimensions: QuestionDimensions(unit: .municipality, comparison: .forms),
      rationale: text(
        "Kommunene i studien fra 2017 hadde vært med i begge programmene og sammenliknet dem; "
          + "sammenlikningen av to programformer skjer i den enkelte kommunen.",
        "The municipalities in the 2017 study had taken part in both programmes and compared "
          + "them; the comparison of two kinds of programme happens in each municipality."),
      sampling: SamplingSuggestion(
        filter: "centrality in 5,6 and byr = any", design: .purposive,
        note: text(
          "Kommunene som var med i både Småkommuneprogrammet og Byregionprogrammet; den "
            + "lista finnes ikke i de innebygde dataene og må føres opp for hånd med en grunn "
            + "for hver.",
          "The municipalities that took part in both the Small Municipalities Programme and "
            + "the City Region Programme; that list is not in the embedded data and must be "
            + "entered by hand with a reason for each.")),
      roleIDs: ["ordforer", "kommunedirektor", "naeringssjef"],
      themes: [
        InterviewTheme(
          id: "own-or-shared-programme",
          title: text(
            "Eget program eller felles program", "A programme of one's own or a shared one"),
          mainQuestion: text(
            "Hvordan vil du sammenlikne det kommunen fikk ut av Småkommuneprogrammet med det den "
              + "fikk ut av Byregionprogrammet?",
            "How would you compare what the municipality got out of the Small Municipalities "
              + "Programme with what it got out of the City Region Programme?"),
          probes: [
            probe(
              .probing,
              "Hva betydde det at kommunen selv styrte midlene i Småkommuneprogrammet?",
              "What did it mean that the municipality itself controlled the money in the Small "
                + "Municipalities Programme?"),
            probe(
              .specifying,
              "Hva fikk dere i det regionale programmet som dere ikke kunne fått alene?",
              "What did you get in the regional programme that you could not have got alone?"),
          ],
          roleQuestions: [
            "ordforer": text(
              "Sett fra kommunestyret: hvordan vil du sammenlikne Småkommuneprogrammet og "
                + "Byregionprogrammet?",
              "Seen from the municipal council: how would you compare the Small Municipalities "
                + "Programme and the City Region Programme?"),
            "naeringssjef": text(
              "Hvordan vil du sammenlikne de to programmene som verktøy i næringsarbeidet ditt?",
              "How would you compare the two programmes as tools in your business development "
                + "work?"),
          ])
      ]),
    CatalogueQuestion(
      id: "attribution-among-programmes",
      group: .findings,
      text: text(
        "Hvordan kan en skille det Byregionprogrammet har ført til fra virkningene av andre "
          + "program, samarbeid og prosesser som pågikk på samme tid?",
        "How can one tell what the City Region Programme brought about from the effects of "
          + "other programmes, cooperations and processes running at the same time?"),
      citation: .stability,
      dimensions: QuestionDimensions(unit: .cooperation, comparison: .constellations),
      rationale: text(
        "Notatet peker på at grensene mellom parallelle initiativ er uklare, særlig i godt "
          + "etablerte samarbeid; det er i samarbeidet at initiativene må skilles fra hverandre.",
        "The note points out that the lines between parallel initiatives are blurred, above all "
          + "in well-established cooperations; it is within the cooperation that the "
          + "initiatives must be told apart."),
      sampling: SamplingSuggestion(
        filter: "byr = any", strata: ["centrality"], design: .twoStage,
        note: text(
          "Først ByR-regioner, så medlemskommuner i hver, slik at hele regionens sett av "
            + "samtidige initiativ kommer fram.",
          "First ByR regions, then members of each, so that the region's whole set of "
            + "simultaneous initiatives comes out.")),
      roleIDs: ["prosjektleder", "sekretariatsleder", "naeringssjef"],
      themes: [
        InterviewTheme(
          id: "parallel-initiatives",
          title: text("Program som gikk samtidig", "Programmes running side by side"),
          mainQuestion: text(
            "Hvilke andre program, prosjekter og samarbeid om utvikling pågikk i regionen mens "
              + "Byregionprogrammet varte?",
            "Which other development programmes, projects and cooperations were running in the "
              + "region while the City Region Programme lasted?"),
          indirectQuestion: text(
            "Hvis vi spurte næringssjefen i en av de minste kommunene, hva tror du hun eller han ville si "
              + "at programmet førte til, ved siden av alt annet som pågikk?",
            "If we asked the business development officer in one of the smallest municipalities, what "
              + "do you think they would say the programme brought about, beside everything else?"),
          probes: [
            probe(
              .probing,
              "Hvordan hang de sammen med arbeidet i Byregionprogrammet?",
              "How did they connect with the work in the City Region Programme?"),
            probe(
              .specifying,
              "Kan du peke på et resultat som bare kan tilskrives Byregionprogrammet?",
              "Could you point to a result that can only be put down to the City Region "
                + "Programme?"),
            probe(
              .direct,
              "Hva ville skjedd med de samme tiltakene uten programmet?",
              "What would have happened to the same measures without the programme?"),
          ],
          roleQuestions: [
            "naeringssjef": text(
              "Hvilke andre program og prosjekter om næringsutvikling var kommunen med i mens "
                + "Byregionprogrammet varte?",
              "Which other business development programmes and projects did the municipality "
                + "take part in while the City Region Programme lasted?")
          ])
      ]),
    CatalogueQuestion(
      id: "region-type",
      group: .findings,
      text: text(
        "Hvilken betydning har regiontypen – ett tydelig senter, tvillingbyer, regioner av bare "
          + "små kommuner, kommuner i to regioner – for hva de minst sentrale kommunene får ut "
          + "av samarbeidet?",
        "What difference does the type of region make – one clear centre, twin towns, regions "
          + "of small municipalities only, municipalities in two regions – to what the least "
          + "central municipalities get out of the cooperation?"),
      citation: .regionType,
      dimensions: QuestionDimensions(unit: .cooperation, comparison: .kinds),
      rationale: text(
        "Prosjektlederne så ingen slik sammenheng; spørsmålet prøver det fra de små kommunenes "
          + "side i regioner av ulik type, så små og større medlemmer i samme samarbeid "
          + "sammenliknes.",
        "The project leaders saw no such link; the question tests it from the small "
          + "municipalities' side in regions of different types, comparing small and larger "
          + "members of the same cooperation."),
      sampling: SamplingSuggestion(
        filter: "byr = any", strata: ["centrality"], design: .twoStage,
        note: text(
          "Først ByR-regioner av ulik type, så et lite og et mer sentralt medlem i hver.",
          "First ByR regions of different types, then a small and a more central member of "
            + "each.")),
      roleIDs: ["prosjektleder", "regionradsleder", "kommunedirektor"],
      themes: [
        InterviewTheme(
          id: "region-shape",
          title: text("Regionens form", "The shape of the region"),
          mainQuestion: text(
            "Kan du beskrive hvordan kommunene i regionen henger sammen, for eksempel rundt et "
              + "felles senter eller et felles arbeidsmarked?",
            "Could you describe how the municipalities of the region hang together, for "
              + "instance around a shared centre or a shared labour market?"),
          indirectQuestion: text(
            "Hvordan tror du de minste kommunene ser på sin egen plass i regionen?",
            "How do you think the smallest municipalities see their own place in the region?"),
          probes: [
            probe(
              .probing,
              "Hva betyr avstanden til senteret for hva de minste kommunene får ut av "
                + "samarbeidet?",
              "What does the distance to the centre mean for what the smallest municipalities "
                + "get out of the cooperation?"),
            probe(
              .specifying,
              "Hvis kommunen var med i mer enn én ByR-region: hvordan fungerte det?",
              "If the municipality belonged to more than one ByR region: how did that work?"),
          ],
          roleQuestions: [
            "kommunedirektor": text(
              "Hvordan vil du beskrive kommunens plass i regionen, sett fra administrasjonen?",
              "How would you describe the municipality's place in the region, seen from the "
                + "administration?")
          ])
      ]),
    CatalogueQuestion(
      id: "byr-before-merger",
      group: .findings,
      text: text(
        "Hvordan virket ByR-samarbeidet som forarbeid til kommunesammenslåinger, slik det ser ut "
          + "til å ha gjort i Midt-Troms og Ofoten, og hva betydde det for de minst sentrale "
          + "kommunene?",
        "How did ByR cooperation work as groundwork for municipal mergers, as it seems to have "
          + "done in Midt-Troms and Ofoten, and what did that mean for the least central "
          + "municipalities?"),
      citation: .reformFindings,
      dimensions: QuestionDimensions(unit: .municipality, comparison: .reform),
      rationale: text(
        "Det er kommunene som slo seg sammen eller sto utenfor, og spørsmålet følger dem fra "
          + "programmet gjennom reformen.",
        "It is the municipalities that merged or stayed outside, and the question follows them "
          + "from the programme through the reform."),
      sampling: SamplingSuggestion(
        filter: "byr = any and reform in merged,outside", strata: ["reform"],
        design: .stratified, allocation: .equal,
        note: text(
          "ByR-kommuner som slo seg sammen, og ByR-kommuner som sto utenfor mens en partner "
            + "slo seg sammen, like mange av hver.",
          "ByR municipalities that merged and ByR municipalities that stayed outside while a "
            + "partner merged, as many of each.")),
      roleIDs: ["ordforer", "kommunedirektor", "prosjektleder"],
      themes: [
        InterviewTheme(
          id: "programme-and-merger",
          title: text("Programmet og sammenslåingen", "The programme and the merger"),
          mainQuestion: text(
            "Hvordan påvirket arbeidet i Byregionprogrammet samtalene om sammenslåing i "
              + "regionen?",
            "How did the work in the City Region Programme affect the talks about merging in "
              + "the region?"),
          indirectQuestion: text(
            "Hvordan tror du folk i den minste kommunen opplevde at samarbeidet og sammenslåingen gikk "
              + "over i hverandre?",
            "How do you think people in the smallest municipality experienced the cooperation and the "
              + "merger running into each other?"),
          probes: [
            probe(
              .specifying,
              "Hvilke kontakter eller felles analyser fra programmet ble brukt i utredningen av "
                + "sammenslåingen?",
              "Which contacts or shared analyses from the programme were used when the merger "
                + "was studied?"),
            probe(
              .probing,
              "Hvordan gikk det med samarbeidet for kommunene som sto utenfor?",
              "How did the cooperation fare for the municipalities that stayed outside?"),
          ],
          roleQuestions: [
            "ordforer": text(
              "Hvordan påvirket Byregionprogrammet de politiske samtalene om sammenslåing?",
              "How did the City Region Programme affect the political talks about merging?"),
            "prosjektleder": text(
              "Hvordan påvirket sammenslåingsprosessene arbeidet i Byregionprogrammet i "
                + "regionen?",
              "How did the merger processes affect the work of the City Region Programme in the "
                + "region?"),
          ],
          formerQuestion: text(
            "Hvordan påvirket Byregionprogrammet samtalene om sammenslåing mens du hadde "
              + "stillingen?",
            "How did the City Region Programme affect the talks about merging while you held "
              + "the position?"))
      ]),
    CatalogueQuestion(
      id: "turnover-and-continuity",
      group: .findings,
      text: text(
        "Hvordan har utskifting av prosjektledere, ansatte og politikere påvirket hva små "
          + "kommuner med liten kapasitet fikk ut av samarbeidet, og hvordan ble erfaringene "
          + "tatt vare på?",
        "How has turnover among project leaders, staff and politicians affected what small "
          + "municipalities with little capacity got out of the cooperation, and how were the "
          + "lessons kept?"),
      citation: .stability,
      dimensions: QuestionDimensions(unit: .municipality, comparison: .constellations),
      rationale: text(
        "Notatet ser utskifting som et hinder, særlig i nord og i små kommuner; sårbarheten "
          + "ligger i kommunens egen kapasitet og hukommelse.",
        "The note sees turnover as an obstacle, above all in the north and in small "
          + "municipalities; the vulnerability lies in the municipality's own capacity and "
          + "memory."),
      sampling: SamplingSuggestion(
        filter: "centrality in 5,6 and byr = any", strata: ["county"], design: .stratified,
        allocation: .proportional,
        note: text(
          "De minst sentrale ByR-kommunene fordelt på fylke, så forskjellen mellom nord og sør "
            + "kommer med.",
          "The least central ByR municipalities spread by county, so the difference between "
            + "north and south is covered.")),
      roleIDs: ["kommunedirektor", "naeringssjef", "prosjektleder"],
      themes: [
        InterviewTheme(
          id: "turnover-and-memory",
          title: text("Utskifting og hukommelse", "Turnover and memory"),
          mainQuestion: text(
            "Kan du fortelle hvordan utskifting av folk i sentrale stillinger har påvirket "
              + "kommunens arbeid i samarbeidet?",
            "Could you tell me how changes of people in key positions have affected the "
              + "municipality's work in the cooperation?"),
          indirectQuestion: text(
            "Hvordan tror du de små medlemskommunene opplevde det når folk i samarbeidet ble skiftet ut?",
            "How do you think the small member municipalities experienced it when people in the "
              + "cooperation were replaced?"),
          probes: [
            probe(
              .probing,
              "Hva betydde valgene i 2015 og 2019 for hvordan samarbeidet ble prioritert?",
              "What did the elections of 2015 and 2019 mean for how the cooperation was given "
                + "priority?"),
            probe(
              .specifying,
              "Hvor finnes erfaringene fra programmet i dag – i dokumenter, hos personer eller i "
                + "nye prosjekter?",
              "Where are the lessons of the programme today – in documents, with people or in "
                + "new projects?"),
          ],
          roleQuestions: [
            "prosjektleder": text(
              "Kan du fortelle hvordan utskifting av folk i medlemskommunene påvirket arbeidet i "
                + "programmet?",
              "Could you tell me how changes of people in the member municipalities affected "
                + "the work of the programme?")
          ],
          formerQuestion: text(
            "Hvordan ble arbeidet i samarbeidet overlevert da du gikk av?",
            "How was the work in the cooperation handed over when you left?"))
      ]),
    CatalogueQuestion(
      id: "ownership",
      group: .findings,
      text: text(
        "Hvordan utøver små kommuner eierskap til et regionalt samarbeid, politisk og "
          + "administrativt, og hva betyr det for hva de får ut av det?",
        "How do small municipalities exercise ownership of a regional cooperation, politically "
          + "and administratively, and what does it mean for what they get out of it?"),
      citation: .anchoring,
      dimensions: QuestionDimensions(unit: .both, comparison: .constellations),
      rationale: text(
        "Eierskap utøves både i kommunen og i samarbeidets organer; spørsmålet må ses fra begge "
          + "steder.",
        "Ownership is exercised both in the municipality and in the cooperation's bodies; the "
          + "question must be seen from both places."),
      sampling: SamplingSuggestion(
        filter: "byr = any", strata: ["centrality"], design: .twoStage,
        note: text(
          "Først samarbeid, så et lite og et større medlem i hvert.",
          "First cooperations, then a small and a larger member of each.")),
      roleIDs: ["ordforer", "kommunedirektor", "regionradsleder", "sekretariatsleder"],
      themes: [
        InterviewTheme(
          id: "exercising-ownership",
          title: text("Eierskap til samarbeidet", "Ownership of the cooperation"),
          mainQuestion: text(
            "Hvem i kommunen tar ansvar for at samarbeidet gir noe tilbake til kommunen?",
            "Who in the municipality takes responsibility for making the cooperation give "
              + "something back to the municipality?"),
          probes: [
            probe(
              .probing,
              "Hvordan følger kommunestyret opp det som skjer i samarbeidet?",
              "How does the municipal council follow up what happens in the cooperation?"),
            probe(
              .indirect,
              "Hvordan tror du de andre medlemskommunene ser på hvem som eier samarbeidet?",
              "How do you think the other member municipalities see who owns the cooperation?"),
          ],
          roleQuestions: [
            "regionradsleder": text(
              "Hvordan sørger regionrådet for at de minste medlemmene blir hørt når samarbeidet "
                + "prioriterer?",
              "How does the regional council make sure the smallest members are heard when the "
                + "cooperation sets priorities?"),
            "sekretariatsleder": text(
              "Hvordan får sekretariatet medlemskommunene til å ta eierskap til prosjektene?",
              "How does the secretariat get the member municipalities to take ownership of the "
                + "projects?"),
          ])
      ]),
  ]
}

extension NoteCitation {
  /// The section on the less central municipalities' access to development resources.
  static let benefitFindings = NoteCitation(
    section: "Mindre sentrale kommuner har fått økt tilgang til utviklingsressurser",
    location: LocalizedText(nb: "hele avsnittet", en: "the whole section"))
  /// The reflections on the results, against the 2017 study.
  static let reflections = NoteCitation(
    section: "Refleksjoner rundt resultatene",
    location: LocalizedText(nb: "første avsnitt", en: "first paragraph"))
  /// The section on the stability of the constellation.
  static let stability = NoteCitation(
    section: "Stabilitet i samarbeidskonstellasjonen",
    location: LocalizedText(nb: "hele avsnittet", en: "the whole section"))
  /// The section on region type.
  static let regionType = NoteCitation(
    section: "Regiontype synes å bety lite",
    location: LocalizedText(nb: "hele avsnittet", en: "the whole section"))
  /// The section on the regional and municipal reform.
  static let reformFindings = NoteCitation(
    section: "Region- og kommunereform",
    location: LocalizedText(nb: "hele avsnittet", en: "the whole section"))
  /// The section on anchoring.
  static let anchoring = NoteCitation(
    section: "Den vanskelige forankringen",
    location: LocalizedText(nb: "hele avsnittet", en: "the whole section"))
}
