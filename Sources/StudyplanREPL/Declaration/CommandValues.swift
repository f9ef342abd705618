import StudyplanCore

// The core's closed sets of values as the command language reads them: their words, and the
// Norwegian words people type for them (with or without æ, ø and å).

extension Language: CommandValue {
  public static var aliases: [String: Language] {
    ["bokmål": .nb, "norsk": .nb, "no": .nb, "english": .en, "engelsk": .en]
  }
}

extension FieldworkStatus: CommandValue {
  public static var aliases: [String: FieldworkStatus] {
    [
      "planlagt": .planned, "invitert": .invited, "purret": .reminded, "takket-ja": .agreed,
      "avtalt": .scheduled, "intervjuet": .interviewed, "takket-nei": .declined,
      "avslo": .declined, "trakk-seg": .withdrew, "ikke-nådd": .unreachable,
    ]
  }
}

extension FieldworkReason: CommandValue {
  public static var aliases: [String: FieldworkReason] {
    [
      "ikke-tid": .noTime, "ikke-relevant": .notRelevant, "personvern": .privacy,
      "sluttet": .leftOffice, "ubesatt": .vacant, "ingen-grunn": .noReason, "annet": .other,
    ]
  }
}

extension InterviewMode: CommandValue {
  public static var aliases: [String: InterviewMode] {
    ["fysisk": .inPerson, "ansikt-til-ansikt": .inPerson, "telefon": .telephone]
  }
}

extension ConsentKind: CommandValue {
  public static var aliases: [String: ConsentKind] {
    ["skriftlig": .written, "muntlig": .oral, "opptak": .recorded]
  }
}

extension GuidePriority: CommandValue {
  public static var aliases: [String: GuidePriority] {
    ["må": .must, "bør": .should, "hvis-tid": .ifTime]
  }
}

extension QuestionKind: CommandValue {
  public static var aliases: [String: QuestionKind] {
    ["hoved": .main, "oppfølging": .followUp, "direkte": .direct, "indirekte": .indirect]
  }
}

extension SampleDesign: CommandValue {
  public static var aliases: [String: SampleDesign] {
    [
      "enkel": .simple, "stratifisert": .stratified, "strategisk": .purposive,
      "parvis": .paired, "totrinns": .twoStage, "totalutvalg": .census,
    ]
  }
}

extension SampleAllocation: CommandValue {
  public static var aliases: [String: SampleAllocation] {
    ["proporsjonal": .proportional, "lik": .equal, "eksplisitt": .explicit]
  }
}

extension PairGrouping: CommandValue {
  public static var aliases: [String: PairGrouping] {
    ["samarbeid": .cooperation, "kommune": .municipality]
  }
}

extension PairPartner: CommandValue {
  public static var aliases: [String: PairPartner] { ["sentral": .central, "senter": .centre] }
}

extension UnitLayer: CommandValue {}

extension SampleLevel: CommandValue {
  public static var aliases: [String: SampleLevel] {
    ["kommune": .municipality, "samarbeid": .cooperation, "region": .cooperation]
  }
}

extension SelectionLogic: CommandValue {
  public static var aliases: [String: SelectionLogic] {
    [
      "planlegger": .planner, "maksimal-variasjon": .maximumVariation, "typisk": .typical,
      "ekstrem": .extreme,
    ]
  }
}

extension RefusalReason: CommandValue {
  public static var aliases: [String: RefusalReason] {
    [
      "avslo": .refused, "svarte-ikke": .noResponse, "utilgjengelig": .unavailable,
      "ikke-aktuell": .ineligible, "trakk-seg": .withdrew, "annet": .other,
    ]
  }
}

extension UnitOfAnalysis: CommandValue {
  public static var aliases: [String: UnitOfAnalysis] {
    [
      "kommune": .municipality, "kommunen": .municipality, "municipalities": .municipality,
      "samarbeid": .cooperation, "samarbeidet": .cooperation, "cooperations": .cooperation,
      "begge": .both,
    ]
  }
}

extension ComparisonAxis: CommandValue {
  public static var aliases: [String: ComparisonAxis] {
    var aliases: [String: ComparisonAxis] = [:]
    for axis in allCases {
      for alias in axis.alternativeWords { aliases[alias] = axis }
    }
    return aliases
  }
}

extension ImportKind: CommandValue {}

extension ConsentField: CommandValue {}

extension MethodsField: CommandValue {}

extension StudyModel: CommandValue {
  public var word: String { String(rawValue) }
}

/// `yes` or `no` (or `ja`, `nei`).
public enum YesNo: String, CommandValue {
  case yes, no

  public static var aliases: [String: YesNo] { ["ja": .yes, "nei": .no] }

  /// Whether the answer is yes.
  public var isYes: Bool { self == .yes }
}

/// The format of `frame`: a table for reading, CSV for a spreadsheet.
public enum FrameFormat: String, CommandValue {
  case table, csv
}
