/// How much a guide question matters when time runs short.
public enum GuidePriority: String, Codable, CaseIterable, Hashable, Sendable, Comparable {
  /// Always asked.
  case must
  /// Asked unless the interview runs badly over.
  case should
  /// Asked if there is time; the first to go when a role's guide is trimmed to fit.
  case ifTime = "if-time"

  /// The priority's label in `language`.
  public func label(in language: Language) -> String {
    switch (self, language) {
    case (.must, .nb): "må"
    case (.must, .en): "must"
    case (.should, .nb): "bør"
    case (.should, .en): "should"
    case (.ifTime, .nb): "hvis tid"
    case (.ifTime, .en): "if time"
    }
  }

  private var rank: Int {
    switch self {
    case .must: 0
    case .should: 1
    case .ifTime: 2
    }
  }

  public static func < (lhs: GuidePriority, rhs: GuidePriority) -> Bool { lhs.rank < rhs.rank }
}

extension QuestionKind {
  /// The kind's label in `language`, as the guide prints it next to a probe.
  public func label(in language: Language) -> String {
    switch language {
    case .nb:
      switch self {
      case .main: "hovedspørsmål"
      case .introducing: "innledende"
      case .followUp: "oppfølgende"
      case .probing: "sonderende"
      case .specifying: "spesifiserende"
      case .direct: "direkte"
      case .indirect: "indirekte"
      case .structuring: "strukturerende"
      case .interpreting: "tolkende"
      }
    case .en:
      switch self {
      case .main: "main"
      case .introducing: "introducing"
      case .followUp: "follow-up"
      case .probing: "probing"
      case .specifying: "specifying"
      case .direct: "direct"
      case .indirect: "indirect"
      case .structuring: "structuring"
      case .interpreting: "interpreting"
      }
    }
  }
}
