/// The words the methods text and the sample page use for fields, values, strata, criteria
/// cells and datasets: one vocabulary, so no code, key or dataset id reaches a bokmål text.
enum StratumText {
  static func field(_ name: String, _ language: Language) -> String {
    let nb = language == .nb
    switch name {
    case "centrality": return nb ? "sentralitetsklasse" : "centrality class"
    case "centrality2020": return nb ? "sentralitetsklasse 2020" : "centrality class 2020"
    case "reform": return nb ? "reformendring" : "reform change"
    case "class-changed": return nb ? "endret sentralitetsklasse" : "centrality class changed"
    case "class-change": return nb ? "endring i sentralitetsklasse" : "centrality class change"
    case "centrality-index": return nb ? "sentralitetsindeks" : "centrality index"
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
    case "kommunenummer": return nb ? "kommunenummer" : "municipality number"
    case "kommunenummer2019": return nb ? "kommunenummer 2019" : "municipality number 2019"
    case "kommunenummer2020": return nb ? "kommunenummer 2020" : "municipality number 2020"
    case "kommunenummer2024": return nb ? "kommunenummer 2024" : "municipality number 2024"
    case "name": return nb ? "kommunenavn" : "municipality name"
    case "name2019": return nb ? "kommunenavn 2019" : "municipality name 2019"
    case "name2020": return nb ? "kommunenavn 2020" : "municipality name 2020"
    case "name2024": return nb ? "kommunenavn 2024" : "municipality name 2024"
    case "small": return nb ? "andelen små medlemmer" : "the share of small members"
    case "small-members": return nb ? "antall små medlemmer" : "number of small members"
    case "members": return nb ? "antall medlemmer" : "number of members"
    case "merger": return nb ? "sammenslåing blant medlemmene" : "a merger among the members"
    case "kind": return nb ? "slag samarbeid" : "kind of cooperation"
    default: return name
    }
  }

  /// A value in a table cell or chart label («sammenslått», «ja»); numbers and names as they
  /// are.
  static func value(_ text: String, _ language: Language) -> String {
    guard language == .nb else {
      switch text {
      case "outside": return "stood outside while partners merged"
      case "register-renamed": return "register name only"
      case "reindex": return "new index"
      case "none": return "no change"
      default: return findingLabel(text, .en) ?? regionTypeLabel(text, .en) ?? text
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
    default: return findingLabel(text, .nb) ?? regionTypeLabel(text, .nb) ?? text
    }
  }

  /// A stratum key or a criteria cell in words: «sentralitetsklasse 5, slått sammen i 2020»,
  /// «Grenland, liten kommune», «langvarig samarbeid, både små og større medlemmer».
  static func describe(
    _ key: String, _ language: Language, level: SampleLevel = .municipality,
    layer: UnitLayer = .standard
  ) -> String {
    let nb = language == .nb
    switch key {
    case "all": return nb ? "alle" : "all"
    case "census": return nb ? "alle (totalutvalg)" : "all (census)"
    case "purposive": return nb ? "valgt strategisk" : "chosen on purpose"
    case "pairs": return nb ? "par" : "pairs"
    case "clusters": return nb ? "samarbeid" : "cooperations"
    default: break
    }
    return key.split(separator: "/").map { part in
      let pieces = part.split(separator: "=", maxSplits: 1).map(String.init)
      guard pieces.count == 2 else { return String(part) }
      return cell(pieces[0], pieces[1], language, level: level, layer: layer)
    }.joined(separator: ", ")
  }

  /// One `field=value` of a key in words.
  static func cell(
    _ name: String, _ value: String, _ language: Language, level: SampleLevel, layer: UnitLayer
  ) -> String {
    let nb = language == .nb
    let values = value == "none" ? ["none"] : value.split(separator: "+").map(String.init)
    func each(_ make: (String) -> String) -> String {
      Prose.list(values.map(make), language: language)
    }
    switch name {
    case "pair", "cluster": return value
    case "side":
      switch value {
      case "small": return nb ? "liten kommune" : "small municipality"
      case "centre": return nb ? "regionsenteret" : "the regional centre"
      default: return nb ? "mer sentral kommune" : "more central municipality"
      }
    case "centrality", "centrality2020", "centrality2024":
      return (nb ? "sentralitetsklasse " : "centrality class ")
        + value.replacingOccurrences(of: "-", with: "–") + version(name, layer, language)
    case "reform", "reform2024": return each { reformLabel($0, year: name == "reform" ? "2020" : "2024", language) }
    case "note-region": return each { findingLabel($0, language) ?? $0 }
    case "region-type": return each { regionTypeLabel($0, language) ?? $0 }
    case "note-gain": return each { findingLabel($0, language) ?? $0 }
    default:
      return level == .cooperation
        ? cooperationValue(name, value, language)
        : field(name, language) + " " + self.value(value, language)
    }
  }

  /// « (2020-versjonen)» for a centrality field that is not the units' own version.
  static func version(_ name: String, _ layer: UnitLayer, _ language: Language) -> String {
    let year =
      switch name {
      case "centrality2020": "2020"
      case "centrality2024": "2024"
      default: "2018"
      }
    let own =
      switch layer {
      case .year2019: "2018"
      case .year2020: "2020"
      case .year2024: "2024"
      }
    guard year != own else { return "" }
    return language == .nb ? " (\(year)-versjonen)" : " (\(year) version)"
  }

  /// What the 2020 reform did, as a label: «slått sammen i 2020».
  static func reformLabel(_ value: String, year: String, _ language: Language) -> String {
    let nb = language == .nb
    switch value {
    case "merged": return nb ? "slått sammen i \(year)" : "merged in \(year)"
    case "split": return nb ? "delt i \(year)" : "split in \(year)"
    case "renumbered": return nb ? "nytt kommunenummer i \(year)" : "new number in \(year)"
    case "renamed": return nb ? "nytt navn i \(year)" : "new name in \(year)"
    case "register-renamed":
      return nb ? "nytt registernavn i \(year)" : "register name changed in \(year)"
    case "unchanged": return nb ? "uendret i \(year)" : "unchanged in \(year)"
    case "outside":
      return nb ? "utenfor sammenslåingene i samarbeidet" : "outside the mergers in its cooperation"
    case "none": return nb ? "ingen endring" : "no change"
    default: return value
    }
  }

  /// A cooperation's criterion value: «både små og større medlemmer».
  static func cooperationValue(_ name: String, _ value: String, _ language: Language) -> String {
    let nb = language == .nb
    switch (name, value) {
    case ("small", "all"): return nb ? "bare små medlemmer" : "only small members"
    case ("small", "some"): return nb ? "både små og større medlemmer" : "small and larger members"
    case ("small", "none"): return nb ? "ingen små medlemmer" : "no small members"
    case ("merger", "yes"):
      return nb ? "minst ett medlem slått sammen eller delt" : "at least one member merged or split"
    case ("merger", "no"):
      return nb ? "ingen medlemmer slått sammen eller delt" : "no member merged or split"
    case ("kind", "byr"): return nb ? "byregion" : "city region"
    case ("kind", "imported"): return nb ? "importert samarbeid" : "imported cooperation"
    case ("members", _): return nb ? "\(value) medlemmer" : "\(value) members"
    case ("small-members", _): return nb ? "\(value) små medlemmer" : "\(value) small members"
    case ("centre", _): return (nb ? "senter: " : "centre: ") + value
    default: return value
    }
  }

  /// The design in a few words, for the sample page's heading: «strategisk utvalg av samarbeid».
  static func designName(_ sampling: SamplingDescription, _ language: Language) -> String {
    let nb = language == .nb
    let name: String
    switch sampling.variant {
    case .simple: name = nb ? "enkelt tilfeldig utvalg" : "simple random sample"
    case .stratified:
      name =
        (nb ? "stratifisert tilfeldig utvalg etter " : "stratified random sample by ")
        + Prose.list(sampling.plan.strata.map { field($0, language) }, language: language)
    case .pairedInCooperation:
      name = nb ? "par av små og mer sentrale kommuner i samme samarbeid" : "pairs of small and more central municipalities in one cooperation"
    case .pairedInNewMunicipality:
      name = nb ? "par av små og mer sentrale kommuner i samme nye kommune fra 2020" : "pairs of small and more central municipalities in one new municipality of 2020"
    case .pairedWithCentre:
      name = nb ? "par av en liten kommune og regionsenteret i samme byregion" : "pairs of a small municipality and its region's centre"
    case .twoStage: name = nb ? "totrinns utvalg: samarbeid, så medlemskommuner" : "two-stage sample: cooperations, then members"
    case .twoStageWithStrata:
      name = nb ? "totrinns utvalg: samarbeid, så små og mer sentrale medlemskommuner" : "two-stage sample: cooperations, then small and more central members"
    case .census(let level):
      name = (nb ? "totalutvalg av " : "census of ") + CountedNoun.units(level).form(2, language)
    case .purposive(let level):
      name = (nb ? "strategisk utvalg av " : "purposive selection of ") + CountedNoun.units(level).form(2, language)
    }
    guard sampling.isMixed else { return name }
    return name + (nb ? ", med strategisk valgte kommuner lagt til" : ", with municipalities added on purpose")
  }

  static func allocation(_ raw: String, _ language: Language) -> String {
    let nb = language == .nb
    switch raw {
    case "proportional":
      return nb ? "fordelt proporsjonalt med stratumenes størrelse" : "in proportion to the strata's sizes"
    case "equal": return nb ? "like mange i hvert stratum" : "the same number in each stratum"
    case "explicit": return nb ? "et fastsatt antall i hvert stratum" : "a set number in each stratum"
    default: return raw
    }
  }
}
