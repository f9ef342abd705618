import StudyplanCore

// The core's closed sets of values as the command language reads them: their words, and the
// Norwegian words people type for them (with or without æ, ø and å) from the one table,
// ValueWords.

extension Language: CommandValue {}

extension FieldworkStatus: CommandValue {}

extension FieldworkReason: CommandValue {}

extension InterviewMode: CommandValue {}

extension ConsentKind: CommandValue {}

extension GuidePriority: CommandValue {}

extension QuestionKind: CommandValue {}

extension SampleDesign: CommandValue {}

extension SampleAllocation: CommandValue {}

extension PairGrouping: CommandValue {}

extension PairPartner: CommandValue {}

extension UnitLayer: CommandValue {}

extension SampleLevel: CommandValue {}

extension SelectionLogic: CommandValue {}

extension RefusalReason: CommandValue {}

extension UnitOfAnalysis: CommandValue {}

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

  /// Whether the answer is yes.
  public var isYes: Bool { self == .yes }
}

/// The format of `frame`: a table for reading, CSV for a spreadsheet.
public enum FrameFormat: String, CommandValue {
  case table, csv
}
