/// The note's findings and region types, the centrality basis and the datasets, in words.
extension StratumText {
  /// A finding of the note as a label: «langvarig samarbeid»; nil for a value that is none.
  static func findingLabel(_ value: String, _ language: Language) -> String? {
    let nb = language == .nb
    switch value {
    case "gained-most": return nb ? "fikk mest igjen (notatet)" : "gained most (the note)"
    case "gained-least": return nb ? "fikk minst igjen (notatet)" : "gained least (the note)"
    case "centre-gained-more": return nb ? "senteret fikk mer igjen" : "the centre gained more"
    case "centre-perhaps-gained-more":
      return nb ? "senteret fikk kanskje mer igjen" : "the centre perhaps gained more"
    case "all-gain-focus": return nb ? "alle skulle få noe igjen" : "every member was to gain"
    case "periphery-gained-more":
      return nb ? "de minst sentrale fikk mer igjen" : "the least central gained more"
    case "long-standing": return nb ? "langvarig samarbeid" : "long-standing cooperation"
    case "merger-preparation":
      return nb ? "forarbeid til sammenslåing" : "groundwork for a merger"
    case "none": return nb ? "ikke omtalt i notatet" : "not discussed in the note"
    default: return nil
    }
  }

  /// A finding as what the note says: «senteret fikk mer igjen enn omlandet».
  static func findingClause(_ value: String, _ language: Language) -> String {
    let nb = language == .nb
    switch value {
    case "centre-gained-more":
      return nb
        ? "senteret fikk mer igjen enn omlandet" : "the centre gained more than its surroundings"
    case "centre-perhaps-gained-more":
      return nb
        ? "senteret kanskje fikk mer igjen enn omlandet"
        : "the centre perhaps gained more than its surroundings"
    case "all-gain-focus":
      return nb ? "alle medlemmene skulle få noe igjen" : "every member was meant to gain"
    case "periphery-gained-more":
      return nb
        ? "de minst sentrale kommunene fikk mer igjen enn de mest sentrale"
        : "the least central members gained more than the most central"
    case "long-standing":
      return nb
        ? "samarbeidet er langvarig og stabilt" : "the cooperation is long-standing and stable"
    case "merger-preparation":
      return nb
        ? "programmet ble et forarbeid til en kommunesammenslåing"
        : "the programme served as groundwork for a municipal merger"
    default: return findingLabel(value, language) ?? value
    }
  }

  /// A region type as a label: «tvillingbyer».
  static func regionTypeLabel(_ value: String, _ language: Language) -> String? {
    let nb = language == .nb
    switch value {
    case "one-peripheral-member":
      return nb ? "bare ett medlem i klasse 5" : "one member in class 5"
    case "all-peripheral": return nb ? "alle medlemmer i klasse 5–6" : "all members in class 5–6"
    case "small-size-gap": return nb ? "liten størrelsesforskjell" : "small gap in size"
    case "twin-towns": return nb ? "tvillingbyer" : "twin towns"
    default: return nil
    }
  }

  /// A region type as the note describes it: «en region med to tvillingbyer og omlandet
  /// deres».
  static func regionTypePhrase(_ value: String, _ language: Language) -> String {
    let nb = language == .nb
    switch value {
    case "one-peripheral-member":
      return nb
        ? "en region med bare ett medlem i sentralitetsklasse 5"
        : "a region with only one member in centrality class 5"
    case "all-peripheral":
      return nb
        ? "en region der alle medlemmene er i sentralitetsklasse 5 eller 6"
        : "a region whose members are all in centrality classes 5 and 6"
    case "small-size-gap":
      return nb
        ? "en region med liten forskjell i størrelse mellom senteret og de andre"
        : "a region with little difference in size between the centre and the rest"
    case "twin-towns":
      return nb
        ? "en region med to tvillingbyer og omlandet deres"
        : "a region of two twin towns and their surroundings"
    default: return value
    }
  }

  /// How a 2020-version class was obtained: «regnet ut fra indeksen».
  static func basis(_ value: String, _ language: Language) -> String {
    let nb = language == .nb
    switch value {
    case "read": return nb ? "lest av en publisert liste" : "read from a published list"
    case "derived": return nb ? "regnet ut fra indeksen" : "computed from the index"
    case "derived-near-limit":
      return nb
        ? "regnet ut fra en indeks nær grensen mellom klasse 4 og 5"
        : "computed from an index near the limit between classes 4 and 5"
    case "imported": return nb ? "hentet fra en importert tabell" : "taken from an imported table"
    default: return value
    }
  }

  /// The embedded datasets' labels in bokmål, by id (the English labels are the datasets'
  /// own).
  static let datasetLabelsNB: [String: String] = [
    "kommuner-2019": "SSB KLASS 131, kommuneinndelingen per 1. januar 2019",
    "kommuner-2020": "SSB KLASS 131, kommuneinndelingen per 1. januar 2020",
    "kommuner-2024": "SSB KLASS 131, kommuneinndelingen per 1. januar 2024",
    "endringer-2019-2020": "SSBs endringsliste fra 2019 til 2020 (KLASS 131)",
    "endringer-2020-2024": "SSBs endringsliste fra 2020 til 2024 (KLASS 131)",
    "sentralitet-2018": "SSBs sentralitetsindeks, 2018-versjonen (indeks fra 2017), KLASS 128",
    "sentralitet-2020":
      "SSBs sentralitetsindeks, 2020-versjonen (indeks fra SSB Notater 2020/4), KLASS 128",
    "sentralitet-2024": "SSBs sentralitetsindeks, 2024-versjonen, KLASS 128",
    "folketall-2019": "SSB tabell 07459, folketall per 1. januar 2019",
    "folketall-2020": "SSB tabell 07459, folketall per 1. januar 2020",
    "folketall-2024": "SSB tabell 07459, folketall per 1. januar 2024",
    "byr-medlemmer":
      "medlemslistene for Byregionprogrammet (ufullstendige: 33 av 37 regioner i fase 2)",
  ]

  /// Short labels for the sample page's heading.
  static let datasetShortLabels: [String: (nb: String, en: String)] = [
    "kommuner-2019": ("kommunene i 2019", "municipalities 2019"),
    "kommuner-2020": ("kommunene i 2020", "municipalities 2020"),
    "kommuner-2024": ("kommunene i 2024", "municipalities 2024"),
    "endringer-2019-2020": ("endringene 2019–2020", "changes 2019–2020"),
    "endringer-2020-2024": ("endringene 2020–2024", "changes 2020–2024"),
    "sentralitet-2018": ("sentralitet (2018-versjonen)", "centrality (2018 version)"),
    "sentralitet-2020": ("sentralitet (2020-versjonen)", "centrality (2020 version)"),
    "sentralitet-2024": ("sentralitet (2024-versjonen)", "centrality (2024 version)"),
    "folketall-2019": ("folketall 2019", "population 2019"),
    "folketall-2020": ("folketall 2020", "population 2020"),
    "folketall-2024": ("folketall 2024", "population 2024"),
    "byr-medlemmer": ("medlemslistene for Byregionprogrammet", "ByR member lists"),
  ]

  /// A dataset's name in `language`: its bokmål label, or the label it carries (an imported
  /// dataset's own).
  static func datasetName(_ version: DatasetVersion, _ language: Language) -> String {
    language == .nb ? datasetLabelsNB[version.id] ?? version.label : version.label
  }

  /// A dataset's short name for headings.
  static func datasetShortName(_ version: DatasetVersion, _ language: Language) -> String {
    guard let short = datasetShortLabels[version.id] else { return version.label }
    return language == .nb ? short.nb : short.en
  }

  /// A dataset version in words with the start of its hash.
  static func dataset(_ version: DatasetVersion, _ language: Language) -> String {
    "\(datasetName(version, language)) (SHA-256 \(version.sha256.prefix(12)))"
  }
}
