/// Stratum keys (`centrality=5/reform=merged`) and design names in words.
enum StratumText {
  static func field(_ name: String, _ language: Language) -> String {
    let nb = language == .nb
    switch name {
    case "centrality": return nb ? "sentralitetsklasse" : "centrality class"
    case "centrality2020": return nb ? "sentralitetsklasse 2020" : "centrality class 2020"
    case "reform": return nb ? "reformendring" : "reform change"
    case "class-changed": return nb ? "endret sentralitetsklasse" : "centrality class changed"
    case "class-change": return nb ? "endring i sentralitetsklasse" : "centrality class change"
    case "centrality-index2020": return nb ? "sentralitetsindeks 2020" : "centrality index 2020"
    case "centrality2020-basis":
      return nb ? "grunnlag for sentralitetsklasse 2020" : "basis of centrality class 2020"
    case "centre": return nb ? "regionsenter" : "regional centre"
    case "regional-centre": return nb ? "regionens senter" : "the region's centre"
    case "note-gain": return nb ? "notatets funn om gevinst" : "the note's finding on gains"
    case "note-region": return nb ? "notatets funn om regionen" : "the note's finding on the region"
    case "region-type": return nb ? "regiontype" : "region type"
    case "county": return nb ? "fylke" : "county"
    case "county2020": return nb ? "fylke 2020" : "county 2020"
    case "byr": return nb ? "byregion" : "city region"
    case "cooperation": return nb ? "samarbeid" : "cooperation"
    case "population": return nb ? "folketall" : "population"
    case "centrality2024": return nb ? "sentralitetsklasse 2024" : "centrality class 2024"
    case "centrality-index2024": return nb ? "sentralitetsindeks 2024" : "centrality index 2024"
    case "county2024": return nb ? "fylke 2024" : "county 2024"
    case "population2024": return nb ? "folketall 2024" : "population 2024"
    case "population2020": return nb ? "folketall 2020" : "population 2020"
    case "reform2024": return nb ? "endring 2020–2024" : "change 2020–2024"
    case "kommunenummer2019": return nb ? "kommunenummer 2019" : "municipality number 2019"
    case "kommunenummer2024": return nb ? "kommunenummer 2024" : "municipality number 2024"
    case "name2019": return nb ? "kommunenavn 2019" : "municipality name 2019"
    case "name2024": return nb ? "kommunenavn 2024" : "municipality name 2024"
    default: return name
    }
  }

  static func value(_ text: String, _ language: Language) -> String {
    guard language == .nb else {
      switch text {
      case "outside": return "stood outside while partners merged"
      case "register-renamed": return "register name only"
      case "reindex": return "new index"
      case "none": return "no change"
      default: return text
      }
    }
    switch text {
    case "merged": return "sammenslått"
    case "split": return "delt"
    case "renumbered": return "nytt kommunenummer"
    case "renamed": return "nytt navn"
    case "register-renamed": return "bare nytt registernavn"
    case "merger": return "gjennom sammenslåing"
    case "reindex": return "ny indeks"
    case "both": return "begge deler"
    case "none": return "ingen endring"
    case "unchanged": return "uendret"
    case "outside": return "utenfor, men samarbeidspartnere slått sammen"
    case "yes": return "ja"
    case "no": return "nei"
    case "unknown": return "ukjent"
    default: return text
    }
  }

  /// `centrality=5/reform=merged` as "sentralitetsklasse 5, reformendring sammenslått".
  static func describe(_ key: String, _ language: Language) -> String {
    if key == "all" { return language == .nb ? "alle" : "all" }
    return key.split(separator: "/").map { part in
      let pieces = part.split(separator: "=", maxSplits: 1).map(String.init)
      guard pieces.count == 2 else { return String(part) }
      return field(pieces[0], language) + " " + value(pieces[1], language)
    }.joined(separator: ", ")
  }

  static func design(_ raw: String, _ language: Language) -> String {
    let nb = language == .nb
    switch raw {
    case "simple": return nb ? "enkel tilfeldig trekning" : "simple random sampling"
    case "stratified": return nb ? "stratifisert tilfeldig trekning" : "stratified random sampling"
    case "purposive": return nb ? "strategisk utvalg" : "purposive sampling"
    case "paired":
      return nb
        ? "parvis trekning av en liten og en sentral kommune i samme samarbeid"
        : "paired draws of a small and a central municipality in the same cooperation"
    case "two-stage":
      return nb
        ? "totrinns trekning: samarbeid først, deretter medlemskommuner"
        : "two-stage sampling: cooperations first, then member municipalities"
    default: return raw
    }
  }

  static func allocation(_ raw: String, _ language: Language) -> String {
    let nb = language == .nb
    switch raw {
    case "proportional": return nb ? "proporsjonal fordeling" : "proportional allocation"
    case "equal": return nb ? "like mange per stratum" : "equal allocation"
    case "explicit": return nb ? "fastsatt antall per stratum" : "a set number per stratum"
    default: return raw
    }
  }

  /// The embedded datasets' labels in bokmål, by id (the English labels are the datasets' own).
  static let datasetLabelsNB: [String: String] = [
    "kommuner-2019": "SSB KLASS 131, kommuneinndelingen per 1. januar 2019",
    "kommuner-2020": "SSB KLASS 131, kommuneinndelingen per 1. januar 2020",
    "kommuner-2024": "SSB KLASS 131, kommuneinndelingen per 1. januar 2024",
    "endringer-2020-2024": "SSBs endringsliste fra 2020 til 2024 (KLASS 131)",
    "sentralitet-2024": "SSBs sentralitetsindeks, 2024-versjonen, KLASS 128",
    "folketall-2024": "SSB tabell 07459, folketall per 1. januar 2024",
    "sentralitet-2018": "SSBs sentralitetsindeks, 2018-versjonen (indeks fra 2017), KLASS 128",
    "sentralitet-2020":
      "SSBs sentralitetsindeks, 2020-versjonen (indeks fra SSB Notater 2020/4), KLASS 128",
    "endringer-2019-2020": "SSBs endringsliste fra 2019 til 2020 (KLASS 131)",
    "byr-medlemmer":
      "medlemslistene for Byregionprogrammet (ufullstendige: 33 av 37 regioner i fase 2)",
    "folketall-2019": "SSB tabell 07459, folketall per 1. januar 2019",
    "folketall-2020": "SSB tabell 07459, folketall per 1. januar 2020",
  ]

  /// A dataset version in words with the start of its hash.
  static func dataset(_ version: DatasetVersion, _ language: Language) -> String {
    let label = language == .nb ? datasetLabelsNB[version.id] ?? version.label : version.label
    return "\(label) (SHA-256 \(version.sha256.prefix(12)))"
  }

  /// A filter expression in words, token by token: field names, operators and coded values
  /// translated, numbers and names kept ("centrality in 5,6 and reform = merged" →
  /// "sentralitetsklasse er en av 5, 6 og reformendring er sammenslått").
  static func filter(_ expression: String, _ language: Language) -> String {
    let nb = language == .nb
    let operators: [String: (String, String)] = [
      "in": ("er en av", "is one of"), "=": ("er", "is"), "!=": ("er ikke", "is not"),
      "<": ("er under", "is below"), "<=": ("er høyst", "is at most"),
      ">": ("er over", "is above"), ">=": ("er minst", "is at least"),
      "and": ("og", "and"), "or": ("eller", "or"), "not": ("ikke", "not"),
    ]
    let memberOfAny: [String: (String, String)] = [
      "byr": ("kommunen er med i en byregion", "the municipality is in a city region"),
      "cooperation": ("kommunen er med i et samarbeid", "the municipality is in a cooperation"),
    ]
    var spaced = ""
    for character in expression {
      if "()".contains(character) {
        spaced += " \(character) "
      } else if character == "," {
        spaced += ", "
      } else if character == "=", !spaced.hasSuffix("!"), !spaced.hasSuffix("<"),
        !spaced.hasSuffix(">")
      {
        spaced += " = "
      } else {
        spaced.append(character)
      }
    }
    var words: [String] = []
    let tokens = spaced.split(separator: " ").map(String.init)
    var skip = 0
    for (index, token) in tokens.enumerated() {
      if skip > 0 {
        skip -= 1
        continue
      }
      if let phrase = memberOfAny[token.lowercased()], index + 2 < tokens.count,
        tokens[index + 1] == "=", tokens[index + 2].lowercased() == "any"
      {
        words.append(nb ? phrase.0 : phrase.1)
        skip = 2
        continue
      }
      let lowered = token.lowercased()
      let trailingComma = lowered.hasSuffix(",") && lowered.count > 1
      let bare = trailingComma ? String(lowered.dropLast()) : lowered
      var word = token
      if let op = operators[bare] {
        word = nb ? op.0 : op.1
      } else if FrameField(rawValue: bare) != nil {
        word = field(bare, language)
      } else {
        word =
          value(bare, language) == bare
          ? (trailingComma ? String(token.dropLast()) : token) : value(bare, language)
      }
      words.append(word + (trailingComma ? "," : ""))
    }
    return words.joined(separator: " ").replacingOccurrences(of: "( ", with: "(")
      .replacingOccurrences(of: " )", with: ")").replacingOccurrences(of: " ,", with: ",")
  }
}
