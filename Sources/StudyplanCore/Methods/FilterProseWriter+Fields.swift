/// Each frame field's condition as a clause: what `field = A` or `field in A,B` says about a
/// unit, in words.
extension FilterProseWriter {
  /// The clause for "the field takes one of `values`".
  func positive(_ field: FrameField, _ values: [String]) -> String {
    switch field {
    case .reform, .reform2024: return reform(field, values)
    case .centrality, .centrality2020, .centrality2024:
      return t("er i sentralitetsklasse ", "are in centrality class ") + classes(values)
        + version(field)
    case .classChange, .classChanged, .centrality2020Basis: return classChange(field, values)
    case .byr, .cooperation, .centre, .regionalCentre: return membership(field, values)
    case .noteGain, .noteRegion, .regionType: return note(field, values)
    case .centralityIndex, .centralityIndex2020, .centralityIndex2024:
      return comparison(field, .equal, alternatives(values))
    case .population, .population2020, .population2024:
      return comparison(field, .equal, alternatives(values.map(grouped)))
    default: return identity(field, values)
    }
  }

  /// Numbers and names: «har kommunenummer 1818», «ligger i Nordland», «ble en del av Kinn i
  /// 2020».
  func identity(_ field: FrameField, _ values: [String]) -> String {
    let list = alternatives(values)
    switch field {
    case .kommunenummer: return t("har kommunenummer ", "have the number ") + list
    case .name: return t("heter ", "are called ") + list
    case .county, .county2020, .county2024:
      return t("ligger i ", "lie in ") + list + countyYear(field)
    case .kommunenummer2020, .name2020:
      return t("ble en del av \(list) i 2020", "became part of \(list) in 2020")
    case .kommunenummer2024, .name2024:
      return t("hører til \(list) i 2024", "belong to \(list) in 2024")
    case .kommunenummer2019, .name2019:
      return t("omfatter kommunen \(list) fra 2019", "include the 2019 municipality \(list)")
    default:
      return t("har \(StratumText.field(field.rawValue, language)) ", "have ") + list
    }
  }

  /// What the 2020 reform (or the changes up to 2024) did.
  func reform(_ field: FrameField, _ values: [String]) -> String {
    let year = field == .reform2024 ? "2024" : "2020"
    var remaining = values.map { $0.lowercased() }
    var parts: [String] = []
    if remaining.contains("merged"), remaining.contains("split") {
      parts.append(t("ble slått sammen eller delt i \(year)", "were merged or split in \(year)"))
      remaining.removeAll { $0 == "merged" || $0 == "split" }
    }
    for value in remaining {
      let (nb, en): (String, String) =
        switch value {
        case "merged":
          ("ble slått sammen med andre kommuner i \(year)", "were merged with others in \(year)")
        case "split": ("ble delt i \(year)", "were split in \(year)")
        case "renumbered": ("fikk nytt kommunenummer i \(year)", "got a new number in \(year)")
        case "renamed": ("fikk nytt navn i \(year)", "got a new name in \(year)")
        case "register-renamed":
          (
            "fikk et tillegg til navnet i registeret i \(year)",
            "got an addition to their name in the register in \(year)"
          )
        case "unchanged":
          field == .reform2024
            ? ("var uendret fra 2020 til 2024", "were unchanged from 2020 to 2024")
            : ("var uendret ved kommunereformen i 2020", "were unchanged by the 2020 reform")
        case "outside":
          (
            "sto utenfor da andre kommuner i samme samarbeid ble slått sammen i 2020",
            "stood outside while other members of their cooperation merged in 2020"
          )
        default: ("har reformendring \(value)", "have the reform change \(value)")
        }
      parts.append(t(nb, en))
    }
    let clause = alternatives(parts)
    guard field == .reform, layer != .year2019 else { return clause }
    return t(
      "består helt eller delvis av kommuner fra 2019 som ",
      "are made up wholly or partly of 2019 municipalities that ") + clause
  }

  /// «5 eller 6», «1–4», «1, 2 eller 5».
  func classes(_ values: [String]) -> String {
    let numbers = Set(values.compactMap { Int($0) }).sorted()
    guard numbers.count == values.count, let first = numbers.first, let last = numbers.last
    else { return alternatives(values) }
    if numbers.count >= 3, last - first == numbers.count - 1 { return "\(first)–\(last)" }
    return alternatives(numbers.map(String.init))
  }

  /// « etter 2020-versjonen» for a centrality field that is not the units' own version.
  func version(_ field: FrameField) -> String {
    let own: FrameField =
      switch layer {
      case .year2019: .centrality
      case .year2020: .centrality2020
      case .year2024: .centrality2024
      }
    let named: String? =
      switch field {
      case .centrality, .centralityIndex: "2018"
      case .centrality2020, .centralityIndex2020: "2020"
      case .centrality2024, .centralityIndex2024: "2024"
      default: nil
      }
    guard let named, field != own, field != own.index else { return "" }
    return t(" etter \(named)-versjonen", " in the \(named) version")
  }

  /// `<`, `<=`, `>`, `>=` (and `=` with a number) on an index or a population.
  func comparison(_ field: FrameField, _ op: FilterOperator, _ value: String) -> String {
    let number = grouped(value)
    if field.isPopulation {
      let (nb, en): (String, String) =
        switch op {
        case .less: ("færre enn ", "fewer than ")
        case .lessOrEqual: ("høyst ", "at most ")
        case .greater: ("flere enn ", "more than ")
        case .greaterOrEqual: ("minst ", "at least ")
        default: ("", "")
        }
      let year =
        field == .population2024 ? "2024" : field == .population2020 ? "2020" : "2019"
      return t("hadde ", "had ") + t(nb, en) + number
        + t(" innbyggere 1. januar \(year)", " inhabitants on 1 January \(year)")
    }
    let (nb, en): (String, String) =
      switch op {
      case .less: ("under ", "below ")
      case .lessOrEqual: ("på høyst ", "of at most ")
      case .greater: ("over ", "above ")
      case .greaterOrEqual: ("på minst ", "of at least ")
      default: ("på ", "of ")
      }
    return t("har en sentralitetsindeks ", "have a centrality index ") + t(nb, en) + number
      + version(field)
  }

  func grouped(_ value: String) -> String {
    Int(value).map { NumberWords.grouped($0, language) } ?? value
  }
}

extension FrameField {
  /// The centrality index of the same version as this class.
  var index: FrameField {
    switch self {
    case .centrality2020: .centralityIndex2020
    case .centrality2024: .centralityIndex2024
    default: .centralityIndex
    }
  }

  /// A population of some year.
  var isPopulation: Bool {
    self == .population || self == .population2020 || self == .population2024
  }
}
