/// The note's list of open questions under "Videre forskning" (all but the five factors).
extension QuestionCatalogue {
  static let openQuestions: [CatalogueQuestion] = [
    CatalogueQuestion(
      id: "capacity-expanding-or-limiting",
      group: .open,
      text: text(
        "Under hvilke vilkår gir ulike samarbeidsformer kommuner med liten utviklingskapasitet "
          + "mer kapasitet og kompetanse, og når tærer samarbeidet tvert imot på den "
          + "kapasiteten kommunen har?",
        "Under what conditions do different forms of cooperation give municipalities with "
          + "little development capacity more capacity and competence, and when does cooperation "
          + "instead drain the capacity they have?"),
      citation: .openQuestions,
      dimensions: QuestionDimensions(unit: .municipality, comparison: .forms),
      rationale: text(
        "Kapasitet er noe kommunen har eller mangler i hele utviklingsarbeidet sitt, og det er "
          + "der gevinsten og kostnaden ved hvert samarbeid kan veies mot hverandre.",
        "Capacity is something the municipality has or lacks across all its development work, "
          + "and that is where the gain and the cost of each cooperation can be weighed against "
          + "each other."),
      sampling: SamplingSuggestion(
        filter: "centrality in 5,6", strata: ["centrality"], design: .stratified,
        allocation: .proportional,
        note: text(
          "De minst sentrale kommunene, fordelt på sentralitetsklasse 5 og 6 i forhold til "
            + "antallet i hver.",
          "The least central municipalities, spread over centrality classes 5 and 6 in "
            + "proportion to their numbers.")),
      roleIDs: ["ordforer", "kommunedirektor", "naeringssjef"],
      themes: [
        InterviewTheme(
          id: "capacity-gain-and-drain",
          title: text("Kapasitet: tilført eller bundet?", "Capacity: added or tied up?"),
          mainQuestion: text(
            "Kan du fortelle hvordan de regionale samarbeidene kommunen deltar i, har påvirket "
              + "hvor mye utviklingsarbeid dere får gjort selv?",
            "Could you tell me how the regional cooperations the municipality takes part in "
              + "have affected how much development work you manage to do yourselves?"),
          probes: [
            probe(
              .specifying,
              "Kan du gi et eksempel på noe dere fikk til fordi dere samarbeidet, og som dere "
                + "ikke ville klart alene?",
              "Can you give an example of something you achieved because you cooperated, and "
                + "could not have done alone?"),
            probe(
              .specifying,
              "Og et eksempel på det motsatte: møter, egenandeler eller oppgaver som tok tid fra "
                + "arbeidet i egen kommune?",
              "And an example of the opposite: meetings, co-funding or tasks that took time from "
                + "the work in your own municipality?"),
            probe(
              .probing,
              "Hvordan har samarbeidet påvirket kompetansen i administrasjonen?",
              "How has the cooperation affected the competence in the administration?"),
            probe(
              .interpreting,
              "Oppsummer med informantens egne ord hva samarbeidet alt i alt har betydd for "
                + "kapasiteten, og spør om du har forstått riktig.",
              "Sum up in the informant's own words what the cooperation has meant for "
                + "capacity on balance, and ask whether you have understood correctly."),
          ])
      ]),
    CatalogueQuestion(
      id: "measuring-benefit-and-result",
      group: .open,
      text: text(
        "Hva kan brukes som mål på nytte og resultat av regionale samarbeid, og hvem sin vurdering "
          + "skal telle?",
        "What can serve as a measure of the benefit and results of regional cooperation, and "
          + "whose judgement should count?"),
      citation: .openQuestions,
      dimensions: QuestionDimensions(unit: .both, comparison: .standpoints),
      rationale: text(
        "Notatet viser at nytten ser ulik ut fra prosjektlederens ståsted i regionen og fra "
          + "utviklingsaktørenes ståsted i kommunen; et mål på nytte må derfor prøves fra begge "
          + "sider.",
        "The note shows that benefit looks different from the project leader's standpoint in "
          + "the region and from the developers' standpoint in the municipality, so a measure "
          + "of benefit must be tested from both sides."),
      sampling: SamplingSuggestion(
        filter: "byr = any", strata: ["centrality"], design: .twoStage,
        note: text(
          "Først ByR-regioner, så medlemskommuner i hver, slik at prosjektlederen og kommunens "
            + "egne folk vurderer det samme samarbeidet.",
          "First ByR regions, then member municipalities in each, so that the project leader "
            + "and the municipality's own staff assess the same cooperation.")),
      roleIDs: ["prosjektleder", "regionradsleder", "kommunedirektor", "naeringssjef"],
      themes: [
        InterviewTheme(
          id: "benefit-and-result",
          title: text("Nytte og resultat", "Benefit and result"),
          mainQuestion: text(
            "Hva vil du si at kommunene i regionen har fått ut av samarbeidet?",
            "What would you say the municipalities in the region have got out of the "
              + "cooperation?"),
          indirectQuestion: text(
            "Hvis vi spurte næringssjefen i regionens minst sentrale kommune, hva tror du "
              + "vedkommende ville svare om hva kommunen har fått ut av samarbeidet?",
            "If we asked the business development officer in the region's least central "
              + "municipality, what do you think they would say the municipality has got out "
              + "of the cooperation?"),
          probes: [
            probe(
              .specifying,
              "Hvilke konkrete endringer – i praksis, tjenester eller planer – kan du peke på?",
              "Which concrete changes — in practice, services or plans — can you point to?"),
            probe(
              .direct,
              "Hvilke kjennetegn ville du brukt for å si at samarbeidet har lyktes for én "
                + "bestemt kommune?",
              "What signs would you use to say that the cooperation has worked for one "
                + "particular municipality?"),
            probe(
              .indirect,
              "Hvordan tror du de ulike medlemskommunene ville vurdert utbyttet?",
              "How do you think the different member municipalities would judge the "
                + "outcome?"),
            probe(
              .probing,
              "Kan du si mer om hva som gjør nytten vanskelig å vurdere for hver kommune?",
              "Can you say more about what makes the benefit hard to judge for each "
                + "municipality?"),
          ])
      ]),
    CatalogueQuestion(
      id: "successful-cooperation",
      group: .open,
      text: text(
        "Hva har de regionale samarbeidene som lykkes for sine små medlemskommuner, til felles?",
        "What do the regional cooperations that work well for their small member municipalities "
          + "have in common?"),
      citation: .openQuestions,
      dimensions: QuestionDimensions(unit: .cooperation, comparison: .constellations),
      rationale: text(
        "Suksess er en egenskap ved samarbeidet som helhet, og den må sammenliknes mellom "
          + "samarbeid som har gått godt, og samarbeid som har gått dårligere.",
        "Success is a property of the cooperation as a whole, and it has to be compared "
          + "between cooperations that went well and ones that went less well."),
      sampling: SamplingSuggestion(
        filter: "byr = any", design: .purposive, selectsCooperations: true,
        note: text(
          "Velg ByR-regioner med en begrunnelse for hver: noen som beskrives som vellykkede, og "
            + "noen som ikke gjør det.",
          "Choose ByR regions with a reason for each: some described as successful and some "
            + "not.")),
      roleIDs: ["regionradsleder", "prosjektleder", "ordforer"],
      themes: [
        InterviewTheme(
          id: "what-success-looks-like",
          title: text("Hva er et vellykket samarbeid?", "What is a successful cooperation?"),
          mainQuestion: text(
            "Hva må til for at du vil kalle et regionalt samarbeid vellykket?",
            "What would it take for you to call a regional cooperation successful?"),
          probes: [
            probe(
              .specifying,
              "Kan du nevne et samarbeid du mener har lyktes, og fortelle hva som skilte det fra "
                + "andre?",
              "Can you name a cooperation you think has worked, and say what set it apart from "
                + "others?"),
            probe(
              .probing,
              "Hvilken rolle spilte tillit mellom kommunene og mellom personene?",
              "What part did trust between the municipalities, and between the people, play?"),
            probe(
              .indirect,
              "Tror du de minste kommunene i samarbeidet ville brukt de samme kjennetegnene?",
              "Do you think the smallest municipalities in the cooperation would use the same "
                + "signs?"),
          ])
      ]),
    CatalogueQuestion(
      id: "lasting-constellations",
      group: .open,
      text: text(
        "Hvorfor holder noen samarbeidskonstellasjoner sammen gjennom mange år, når andre løses "
          + "opp nesten før de er kommet i gang?",
        "Why do some cooperation constellations hold together for many years when others "
          + "dissolve almost before they have started?"),
      citation: .openQuestions,
      dimensions: QuestionDimensions(unit: .cooperation, comparison: .constellations),
      rationale: text(
        "Notatet antyder at samarbeid med lang fartstid fikk mest ut av ByR; varighet kan bare "
          + "forklares ved å sammenlikne konstellasjoner som har holdt, med slike som har gått "
          + "i oppløsning.",
        "The note suggests that long-standing cooperations got most out of the ByR programme; "
          + "duration can only be explained by comparing constellations that held together "
          + "with ones that broke up."),
      sampling: SamplingSuggestion(
        filter: "byr = any", design: .purposive, selectsCooperations: true,
        note: text(
          "Velg ByR-regioner med og uten et langvarig regionråd bak seg, med en begrunnelse for "
            + "hver.",
          "Choose ByR regions with and without a long-standing regional council behind them, "
            + "with a reason for each.")),
      roleIDs: ["regionradsleder", "kommunedirektor", "prosjektleder"],
      themes: [
        InterviewTheme(
          id: "constellation-stability",
          title: text("Stabilitet i samarbeidet", "Stability of the cooperation"),
          mainQuestion: text(
            "Kan du fortelle hvordan samarbeidet har utviklet seg fra det startet og fram til i "
              + "dag?",
            "Could you tell me how the cooperation has developed from its start until today?"),
          probes: [
            probe(
              .specifying,
              "Hvilke kommuner har kommet til eller gått ut underveis?",
              "Which municipalities have joined or left along the way?"),
            probe(
              .probing,
              "Hva har utskifting av ordførere, rådmenn eller prosjektledere betydd for "
                + "samarbeidet?",
              "What have changes of mayors, chief executives or project leaders meant for the "
                + "cooperation?"),
            probe(
              .direct,
              "Hva holder samarbeidet sammen i dag?",
              "What holds the cooperation together today?"),
            probe(
              .indirect,
              "Hvordan tror du medlemskommunene ville forklart at samarbeidet har holdt – eller "
                + "ikke?",
              "How do you think the member municipalities would explain why the cooperation has "
                + "lasted — or not?"),
          ])
      ]),
    CatalogueQuestion(
      id: "state-programmes",
      group: .open,
      text: text(
        "Hvilken rolle spiller statlige utviklingsprogrammer når små kommuner velger "
          + "samarbeidspartnere, arbeidsform og temaer for samarbeidet?",
        "What part do state development programmes play when small municipalities choose their "
          + "partners, their way of working and the themes of their cooperation?"),
      citation: .openQuestions,
      dimensions: QuestionDimensions(unit: .municipality, comparison: .forms),
      rationale: text(
        "Et statlig program er en vertikal relasjon som kommer i tillegg til kommunens "
          + "horisontale samarbeid; virkningen ses best fra kommunen, der programmer og "
          + "samarbeid konkurrerer om den samme kapasiteten.",
        "A state programme is a vertical relation that comes on top of the municipality's "
          + "horizontal cooperation; its effect is best seen from the municipality, where "
          + "programmes and cooperations compete for the same capacity."),
      sampling: SamplingSuggestion(
        filter: "centrality in 5,6", strata: ["centrality"], design: .stratified,
        allocation: .equal,
        note: text(
          "Like mange kommuner fra sentralitetsklasse 5 som fra 6, slik at de aller minst "
            + "sentrale ikke blir for få.",
          "As many municipalities from centrality class 5 as from class 6, so that the very "
            + "least central are not too few.")),
      roleIDs: ["ordforer", "kommunedirektor", "naeringssjef"],
      themes: [
        InterviewTheme(
          id: "state-programmes",
          title: text(
            "Statlige programmer og vertikale relasjoner", "State programmes and vertical relations"
          ),
          mainQuestion: text(
            "Hvilke statlige eller fylkeskommunale programmer har kommunen vært med i de "
              + "siste årene?",
            "Which state or county programmes has the municipality taken part in over the "
              + "last years?"),
          probes: [
            probe(
              .probing,
              "Hvordan bestemte dere dere for å bli med?",
              "How did you decide to take part?"),
            probe(
              .specifying,
              "Har et program ført til at dere samarbeidet med andre kommuner, eller om andre "
                + "ting, enn dere ellers ville gjort?",
              "Has a programme led you to cooperate with other municipalities, or on other "
                + "things, than you otherwise would have?"),
            probe(
              .direct,
              "Hva skjedde med samarbeidet da programmet og pengene tok slutt?",
              "What happened to the cooperation when the programme and its money ended?"),
          ])
      ]),
    CatalogueQuestion(
      id: "regional-economy",
      group: .open,
      text: text(
        "Hvilken betydning har regionaløkonomien – for eksempel oppgang og nedgang i lokale "
          + "næringer – for hva samarbeidene gjør og hva de oppnår?",
        "What part does the regional economy — for example upturns and downturns in local "
          + "industries — play in what cooperations do and what they achieve?"),
      citation: .openQuestions,
      dimensions: QuestionDimensions(unit: .cooperation, comparison: .constellations),
      rationale: text(
        "Regionaløkonomien virker på hele samarbeidsregionen; en må sammenlikne samarbeid i "
          + "regioner der økonomien har utviklet seg ulikt.",
        "The regional economy acts on the whole cooperation region; one has to compare "
          + "cooperations in regions whose economies developed differently."),
      sampling: SamplingSuggestion(
        filter: "byr = any", design: .twoStage,
        note: text(
          "Trekk ByR-regioner først og kommuner i dem deretter; beskriv næringsutviklingen i "
            + "hver region ut fra offentlig statistikk.",
          "Draw ByR regions first and their municipalities second; describe each region's "
            + "economic development from public statistics.")),
      roleIDs: ["regionradsleder", "naeringssjef", "prosjektleder"],
      themes: [
        InterviewTheme(
          id: "regional-economy",
          title: text(
            "Regionaløkonomi og lokale næringer", "Regional economy and local industries"),
          mainQuestion: text(
            "Hvordan har utviklingen i regionens viktigste næringer påvirket det dere har "
              + "samarbeidet om?",
            "How has the development of the region's main industries affected what you have "
              + "cooperated on?"),
          probes: [
            probe(
              .specifying,
              "Kan du nevne en oppgang eller nedgang som endret planene?",
              "Can you name an upturn or downturn that changed the plans?"),
            probe(
              .probing,
              "Hvordan har samarbeidets betydning endret seg når det har gått opp eller ned "
                + "for næringene i regionen?",
              "How has the importance of the cooperation changed as the region's industries "
                + "have gone up or down?"),
            probe(
              .indirect,
              "Hvordan tror du næringslivet i regionen ser på det samarbeidet har fått til?",
              "How do you think businesses in the region see what the cooperation has achieved?"),
          ])
      ]),
  ]
}
