/// A noun counted in running text, in both languages: «én kommune», «ett samarbeid»,
/// «tre kommuner», «ingen intervjuer», «24 intervjuer»; "one municipality", "three
/// municipalities".
///
/// Numbers up to twelve are written as words, larger ones as digits (the usual rule for
/// Norwegian and English running text); a number that stands beside a larger one in the same
/// comparison ("24 av 29") is written in digits too (``Count/digits``).
public struct CountedNoun: Sendable, Equatable {
  /// The grammatical gender that decides «én» or «ett».
  public enum Gender: Sendable, Equatable {
    /// Masculine or feminine: «én kommune».
    case common
    /// Neuter: «ett samarbeid».
    case neuter
  }

  /// Bokmål singular and plural, indefinite.
  public var nbSingular: String
  public var nbPlural: String
  /// The noun's gender in bokmål.
  public var gender: Gender
  /// English singular and plural.
  public var enSingular: String
  public var enPlural: String
  /// Bokmål definite plural: «kommunene», «samarbeidene».
  public var nbDefinitePlural: String

  /// A noun with its forms.
  public init(
    _ nbSingular: String, _ nbPlural: String, _ gender: Gender, _ enSingular: String,
    _ enPlural: String, definite: String
  ) {
    self.nbDefinitePlural = definite
    self.nbSingular = nbSingular
    self.nbPlural = nbPlural
    self.gender = gender
    self.enSingular = enSingular
    self.enPlural = enPlural
  }

  /// The noun's form for `count`: singular for one, plural otherwise.
  public func form(_ count: Int, _ language: Language) -> String {
    switch language {
    case .nb: count == 1 ? nbSingular : nbPlural
    case .en: count == 1 ? enSingular : enPlural
    }
  }

  /// «de 29 kommunene» / "the 29 municipalities": a definite count.
  public func definite(_ count: Int, _ language: Language, digits: Bool = false) -> String {
    let number = NumberWords.number(count, language, gender: gender, digits: digits)
    return language == .nb ? "de \(number) \(nbDefinitePlural)" : "the \(number) \(enPlural)"
  }

  /// «tre kommuner», «ett intervju», «ingen reserver», «24 intervjuer».
  public func counted(_ count: Int, _ language: Language, digits: Bool = false) -> String {
    NumberWords.number(count, language, gender: gender, digits: digits) + " "
      + form(count, language)
  }

  public static let municipality = CountedNoun(
    "kommune", "kommuner", .common, "municipality", "municipalities", definite: "kommunene")
  public static let cooperation = CountedNoun(
    "samarbeid", "samarbeid", .neuter, "cooperation", "cooperations", definite: "samarbeidene")
  public static let cityRegion = CountedNoun(
    "byregion", "byregioner", .common, "city region", "city regions", definite: "byregionene")
  public static let newMunicipality = CountedNoun(
    "ny kommune", "nye kommuner", .common, "new municipality", "new municipalities", definite: "nye kommunene")
  public static let interview = CountedNoun(
    "intervju", "intervjuer", .neuter, "interview", "interviews", definite: "intervjuene")
  public static let unit = CountedNoun("enhet", "enheter", .common, "unit", "units", definite: "enhetene")
  public static let reserve = CountedNoun("reserve", "reserver", .common, "reserve", "reserves", definite: "reservene")
  public static let pair = CountedNoun("par", "par", .neuter, "pair", "pairs", definite: "parene")
  public static let theme = CountedNoun("tema", "temaer", .neuter, "theme", "themes", definite: "temaene")
  public static let question = CountedNoun(
    "spørsmål", "spørsmål", .neuter, "question", "questions", definite: "spørsmålene")
  public static let researchQuestion = CountedNoun(
    "forskningsspørsmål", "forskningsspørsmål", .neuter, "research question",
    "research questions", definite: "forskningsspørsmålene")
  public static let item = CountedNoun("punkt", "punkter", .neuter, "item", "items", definite: "punktene")
  public static let member = CountedNoun("medlem", "medlemmer", .neuter, "member", "members", definite: "medlemmene")
  public static let stratum = CountedNoun("stratum", "strata", .neuter, "stratum", "strata", definite: "stratumene")
  public static let informant = CountedNoun(
    "informant", "informanter", .common, "informant", "informants", definite: "informantene")
  public static let caseNoun = CountedNoun("tilfelle", "tilfeller", .neuter, "case", "cases", definite: "tilfellene")
  public static let role = CountedNoun("rolle", "roller", .common, "role", "roles", definite: "rollene")
  public static let minute = CountedNoun("minutt", "minutter", .neuter, "minute", "minutes", definite: "minuttene")

  /// The noun for the units of a sample level: municipalities or cooperations.
  public static func units(_ level: SampleLevel) -> CountedNoun {
    level == .cooperation ? .cooperation : .municipality
  }
}

/// Numbers in words for running text.
public enum NumberWords {
  static let nb = [
    "null", "én", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni", "ti", "elleve", "tolv",
  ]
  static let en = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve",
  ]

  /// `count` in words up to twelve («én», «ett», «to» … «tolv»), «ingen» / "no" for zero, and
  /// digits above twelve or when `digits` is set (thousands grouped: «5 000», "5,000").
  public static func number(
    _ count: Int, _ language: Language, gender: CountedNoun.Gender = .common,
    digits: Bool = false
  ) -> String {
    if digits || count < 0 || count > 12 { return grouped(count, language) }
    switch language {
    case .nb:
      if count == 0 { return "ingen" }
      if count == 1 { return gender == .neuter ? "ett" : "én" }
      return nb[count]
    case .en:
      return count == 0 ? "no" : en[count]
    }
  }

  /// Digits, with thousands grouped from five digits on: «4000», «12 000» (a no-break space)
  /// in bokmål, "4,000", "12,000" in English.
  public static func grouped(_ count: Int, _ language: Language) -> String {
    let digits = String(abs(count))
    if language == .nb, digits.count < 5 { return (count < 0 ? "−" : "") + digits }
    var out = ""
    for (index, character) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 {
        out += language == .nb ? "\u{00A0}" : ","
      }
      out.append(character)
    }
    return (count < 0 ? "−" : "") + out
  }
}
