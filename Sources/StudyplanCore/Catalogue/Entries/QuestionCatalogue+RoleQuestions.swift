/// Entry questions in each role's perspective for themes written before roles had their own:
/// the mayor on political anchoring and priorities, the chief executive on administrative
/// capacity, the business development officer on projects and firms, the project leader on the
/// region and each member, the regional council's chair and secretariat head on the council.
extension QuestionCatalogue {
  /// Role wordings by theme id, then role id.
  static let roleQuestionsByTheme: [String: [String: LocalizedText]] = [
    "horizontal-and-vertical": [
      "ordforer": text(
        "Hvilke samarbeid – med nabokommunene, fylkeskommunen og staten – prioriterer du som "
          + "ordfører for utviklingen av kommunen?",
        "Which cooperations – with the neighbouring municipalities, the county and the state – "
          + "do you as mayor give priority for the development of the municipality?"),
      "kommunedirektor": text(
        "Hvordan fordeler administrasjonen tid og folk mellom samarbeidet med nabokommunene og "
          + "samarbeidet med fylkeskommunen og staten?",
        "How does the administration share time and staff between cooperation with the "
          + "neighbouring municipalities and cooperation with the county and the state?"),
      "naeringssjef": text(
        "Hvilke samarbeid, regionale eller med fylkeskommunen og staten, bruker du mest i "
          + "arbeidet med bedriftene?",
        "Which cooperations, regional or with the county and the state, do you use most in "
          + "your work with the firms?"),
    ],
    "capacity-gain-and-drain": [
      "ordforer": text(
        "Hvordan har de regionale samarbeidene påvirket hvilke utviklingssaker kommunen har "
          + "kunnet prioritere?",
        "How have the regional cooperations affected which development matters the "
          + "municipality has been able to give priority?"),
      "kommunedirektor": text(
        "Hvordan har de regionale samarbeidene påvirket kapasiteten i administrasjonen til å "
          + "drive utviklingsarbeid?",
        "How have the regional cooperations affected the administration's capacity for "
          + "development work?"),
      "naeringssjef": text(
        "Hvordan har de regionale samarbeidene påvirket tiden du har til prosjekter og til "
          + "bedriftene i kommunen?",
        "How have the regional cooperations affected the time you have for projects and for "
          + "the firms in the municipality?"),
    ],
    "state-programmes": [
      "ordforer": text(
        "Hvordan avgjør kommunen om den skal gå inn i et statlig eller fylkeskommunalt program?",
        "How does the municipality decide whether to join a state or county programme?"),
      "kommunedirektor": text(
        "Hva krever statlige og fylkeskommunale programmer av administrasjonen, i folk, "
          + "egenandeler og oppfølging?",
        "What do state and county programmes demand of the administration, in staff, "
          + "co-funding and follow-up?"),
      "naeringssjef": text(
        "Hvilke statlige eller fylkeskommunale programmer har gitt mest til næringsarbeidet "
          + "ditt de siste årene?",
        "Which state or county programmes have given most to your business development work "
          + "in recent years?"),
    ],
    "reform-outcome": [
      "ordforer": text(
        "Hva har kommunereformen betydd for de politiske prioriteringene i kommunen?",
        "What has the municipal reform meant for the political priorities of the "
          + "municipality?"),
      "kommunedirektor": text(
        "Hva har kommunereformen betydd for hvordan administrasjonen er organisert for "
          + "utviklingsarbeid?",
        "What has the municipal reform meant for how the administration is organised for "
          + "development work?"),
      "naeringssjef": text(
        "Hva har kommunereformen betydd for næringsarbeidet og for kontakten med bedriftene?",
        "What has the municipal reform meant for business development and for the contact "
          + "with the firms?"),
    ],
    "small-and-large-members": [
      "prosjektleder": text(
        "Hva har hver av medlemskommunene, store og små, fått ut av samarbeidet, slik du ser "
          + "det?",
        "What has each member municipality, large and small, got out of the cooperation, as "
          + "you see it?"),
      "regionradsleder": text(
        "Hvordan har de små og de store kommunene gjort seg gjeldende i regionrådet?",
        "How have the small and the large municipalities made themselves felt in the "
          + "regional council?"),
      "naeringssjef": text(
        "Hvordan har kommunen deres deltatt i samarbeidet, sammenliknet med de større "
          + "medlemmene?",
        "How has your municipality taken part in the cooperation, compared with the larger "
          + "members?"),
      "kommunedirektor": text(
        "Hvordan har administrasjonen deres fulgt opp samarbeidet, sammenliknet med de større "
          + "medlemmene?",
        "How has your administration followed up the cooperation, compared with the larger "
          + "members?"),
    ],
    "what-success-looks-like": [
      "prosjektleder": text(
        "Hva må til for at du vil kalle samarbeidet i regionen vellykket for alle "
          + "medlemskommunene?",
        "What would it take for you to call the region's cooperation successful for every "
          + "member municipality?"),
      "regionradsleder": text(
        "Hva må til for at regionrådet skal kalle et samarbeid vellykket?",
        "What would it take for the regional council to call a cooperation successful?"),
      "ordforer": text(
        "Hva må til for at du som ordfører vil kalle et regionalt samarbeid vellykket for "
          + "kommunen?",
        "What would it take for you as mayor to call a regional cooperation successful for "
          + "the municipality?"),
    ],
    "constellation-stability": [
      "naeringssjef": text(
        "Kan du fortelle hvordan næringssamarbeidet i regionen har endret seg fra det startet "
          + "og fram til i dag?",
        "Could you tell me how the cooperation on business development in the region has "
          + "changed from its start until today?"),
      "regionradsleder": text(
        "Kan du fortelle hvordan regionrådet og medlemskapet i det har endret seg over tid?",
        "Could you tell me how the regional council and its membership have changed over "
          + "time?"),
      "kommunedirektor": text(
        "Kan du fortelle hvordan kommunens plass i samarbeidet har endret seg over tid?",
        "Could you tell me how the municipality's place in the cooperation has changed over "
          + "time?"),
      "prosjektleder": text(
        "Kan du fortelle hvordan samarbeidet i regionen utviklet seg gjennom programperioden "
          + "og etterpå?",
        "Could you tell me how the cooperation in the region developed through the programme "
          + "period and after?"),
    ],
    "constellation-history": [
      "regionradsleder": text(
        "Hvilket samarbeid hadde kommunene gjennom regionrådet før Byregionprogrammet?",
        "What cooperation did the municipalities have through the regional council before "
          + "the City Region Programme?"),
      "prosjektleder": text(
        "Hvilket samarbeid fant du i regionen da du begynte som prosjektleder?",
        "What cooperation did you find in the region when you started as project leader?"),
      "kommunedirektor": text(
        "Hvilke samarbeid med nabokommunene hadde kommunen før Byregionprogrammet?",
        "Which cooperations with the neighbouring municipalities did the municipality have "
          + "before the City Region Programme?"),
    ],
    "benefit-and-result": [
      "kommunedirektor": text(
        "Hva har kommunen fått igjen for tiden og pengene administrasjonen har lagt i "
          + "samarbeidet?",
        "What has the municipality got back for the time and money the administration has "
          + "put into the cooperation?"),
      "naeringssjef": text(
        "Hvilke resultater av samarbeidet ser du i næringslivet i kommunen?",
        "What results of the cooperation do you see among the firms in the municipality?"),
      "regionradsleder": text(
        "Hva vil du si at medlemskommunene har fått ut av samarbeidet, sett fra regionrådet?",
        "What would you say the member municipalities have got out of the cooperation, seen "
          + "from the regional council?"),
      "ordforer": text(
        "Hva har kommunen fått ut av samarbeidet, sett fra kommunestyret?",
        "What has the municipality got out of the cooperation, seen from the municipal "
          + "council?"),
    ],
    "political-anchoring": [
      "ordforer": text(
        "Hvordan har du som ordfører forankret samarbeidet i kommunestyret og formannskapet?",
        "How have you as mayor anchored the cooperation in the municipal council and the "
          + "executive board?"),
      "regionradsleder": text(
        "Hvordan har regionrådet sørget for at samarbeidet er forankret i hvert kommunestyre?",
        "How has the regional council made sure that the cooperation is anchored in each "
          + "municipal council?"),
    ],
    "administrative-anchoring-and-funding": [
      "kommunedirektor": text(
        "Hvordan har du organisert ansvaret for samarbeidet i administrasjonen?",
        "How have you organised the responsibility for the cooperation in the "
          + "administration?"),
      "prosjektleder": text(
        "Hvordan var samarbeidet forankret i administrasjonen i hver medlemskommune?",
        "How was the cooperation anchored in the administration of each member municipality?"),
    ],
  ]

  /// Past-tense entry questions for former office-holders, by theme id.
  static let formerQuestionsByTheme: [String: LocalizedText] = [
    "capacity-gain-and-drain": text(
      "Hvordan påvirket de regionale samarbeidene hvor mye utviklingsarbeid kommunen fikk gjort "
        + "mens du hadde stillingen?",
      "How did the regional cooperations affect how much development work the municipality "
        + "got done while you held the position?"),
    "horizontal-and-vertical": text(
      "Hvilke samarbeid var viktigst for utviklingen av kommunen mens du hadde stillingen?",
      "Which cooperations mattered most for the municipality's development while you held the "
        + "position?"),
    "state-programmes": text(
      "Hvilke statlige eller fylkeskommunale programmer var kommunen med i mens du hadde "
        + "stillingen?",
      "Which state or county programmes did the municipality take part in while you held the "
        + "position?"),
    "reform-outcome": text(
      "Hvordan opplevde du arbeidet med kommunereformen i kommunen?",
      "How did you experience the work on the municipal reform in the municipality?"),
  ]

  /// `entry` with the role wordings of its themes filled in from the tables above.
  static func withRoleQuestions(_ entry: CatalogueQuestion) -> CatalogueQuestion {
    let themes = entry.themes.map { theme in
      var theme = theme
      for (role, wording) in roleQuestionsByTheme[theme.id] ?? [:]
      where theme.roleQuestions[role] == nil {
        theme.roleQuestions[role] = wording
      }
      if theme.formerQuestion == nil { theme.formerQuestion = formerQuestionsByTheme[theme.id] }
      return theme
    }
    return CatalogueQuestion(
      id: entry.id, group: entry.group, text: entry.text, citation: entry.citation,
      dimensions: entry.dimensions, rationale: entry.rationale, sampling: entry.sampling,
      roleIDs: entry.roleIDs, themes: themes)
  }
}
