/// The Norwegian words a planner may type for a value the commands spell in English
/// (`--mode telefon`, `consent consent-form skriftlig`, `fieldwork log … takket-nei`).
///
/// **One table.** Every place that accepts a fixed set of English values — option values
/// and arguments (every `CommandValue` of the command layer), the consent fields — looks words
/// up here, so a Norwegian word works wherever its English value does. A word may stand for values
/// of several sets (`ja` is `yes` and `agreed`); the caller takes the one its set holds.
public enum ValueWords {
  /// Norwegian word → the English values it may stand for.
  static let norwegian: [String: [String]] = [
    // yes / no
    "ja": ["yes", "agreed"], "nei": ["no"],
    // languages
    "no": ["nb"], "english": ["en"],
    // interview mode
    "telefon": ["telephone"], "fysisk": ["in-person"], "oppmøte": ["in-person"],
    "personlig": ["in-person"], "ansikt-til-ansikt": ["in-person"], "videomøte": ["video"],
    // consent: how it is given, the form, the legal basis, recording, archiving, categories
    "skriftlig": ["written"], "muntlig": ["oral"], "opptak": ["recorded", "audio"],
    "på-opptak": ["recorded"], "samtykke": ["consent"],
    "allmenn-interesse": ["public-interest"], "allmennhetens-interesse": ["public-interest"],
    "lyd": ["audio"], "lydopptak": ["audio"], "notater": ["notes"],
    "anonymiser": ["anonymise"], "anonymisere": ["anonymise"], "arkiv": ["archive"],
    "arkivere": ["archive"], "ingen": ["none"], "politisk": ["political-opinion"],
    "politisk-oppfatning": ["political-opinion"], "gjenkjennelig": ["recognisable"],
    "regionnivå": ["region-level"], "portvakt": ["gatekeeper"], "direkte": ["direct"],
    // fieldwork status
    "planlagt": ["planned"], "invitert": ["invited"], "purret": ["reminded"],
    "sagt-ja": ["agreed"], "takket-ja": ["agreed"], "avtalt": ["scheduled"],
    "avtalt-tid": ["scheduled"], "intervjuet": ["interviewed"], "takket-nei": ["declined"],
    "avslo": ["declined", "refused"], "trakk-seg": ["withdrew"], "ikke-nådd": ["unreachable"],
    // reasons
    "ikke-tid": ["no-time"], "tidsmangel": ["no-time"], "ikke-relevant": ["not-relevant"],
    "personvern": ["privacy"], "sluttet": ["left-office"], "ubesatt": ["vacant"],
    "ingen-grunn": ["no-reason"], "annet": ["other"], "avslag": ["refused"],
    "ikke-svar": ["no-response"], "svarte-ikke": ["no-response"], "utilgjengelig": ["unavailable"],
    "uaktuell": ["ineligible"], "ikke-aktuell": ["ineligible"],
    // sampling
    "enkel": ["simple"], "tilfeldig": ["simple"], "stratifisert": ["stratified"],
    "strategisk": ["purposive"], "parvis": ["paired"], "totrinns": ["two-stage"],
    "totalutvalg": ["census"], "proporsjonal": ["proportional"], "lik": ["equal"],
    "eksplisitt": ["explicit"], "sentral": ["central"], "senter": ["centre"],
    "kommune": ["municipality"], "kommunen": ["municipality"], "municipalities": ["municipality"],
    "samarbeid": ["cooperation"], "samarbeidet": ["cooperation"], "cooperations": ["cooperation"],
    "region": ["cooperation"], "begge": ["both"], "planlegger": ["planner"],
    "maksimal-variasjon":
      ["maximum-variation"], "typisk": ["typical"], "ekstrem": ["extreme"],
    // guide
    "må": ["must"], "bør": ["should"], "om-tid": ["if-time"], "hvis-tid": ["if-time"],
    "hoved": ["main"], "oppfølging": ["follow-up"], "indirekte": ["indirect"], "norsk": ["nb"],
    "bokmål": ["nb"], "engelsk": ["en"],
    // formats
    "tabell": ["table"],
  ]

  /// The value of `choices` that `word` names: itself (any case), or the English value its
  /// Norwegian word stands for; `nil` when neither.
  public static func value(_ word: String, in choices: [String]) -> String? {
    let key = word.lowercased()
    if choices.contains(key) { return key }
    return norwegian[key]?.first { choices.contains($0) }
  }

  /// `T`'s case that `word` names, in English or Norwegian.
  public static func value<T: RawRepresentable & CaseIterable>(_ word: String, of type: T.Type)
    -> T? where T.RawValue == String
  {
    value(word, in: T.allCases.map(\.rawValue)).flatMap(T.init(rawValue:))
  }

  /// The Norwegian words for `T`'s cases, each with the case it names (for the command layer's
  /// completion, parsing and suggestions).
  public static func aliases<T: RawRepresentable & CaseIterable>(of type: T.Type) -> [String: T]
  where T.RawValue == String {
    var cases: [String: T] = [:]
    for value in T.allCases { cases[value.rawValue] = value }
    var aliases: [String: T] = [:]
    for (word, values) in norwegian {
      if let match = values.lazy.compactMap({ cases[$0] }).first { aliases[word] = match }
    }
    return aliases
  }
}
