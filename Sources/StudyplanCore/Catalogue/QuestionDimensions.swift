/// What a research question studies: the unit it looks at.
public enum UnitOfAnalysis: String, Codable, CaseIterable, Hashable, Sendable {
  /// The municipality and its whole development work.
  case municipality
  /// The regional cooperation and its members.
  case cooperation
  /// The municipality and the cooperation at once.
  case both

  /// How the unit reads in `language`.
  public func label(in language: Language) -> String {
    switch (self, language) {
    case (.municipality, .nb): "kommunen"
    case (.municipality, .en): "the municipality"
    case (.cooperation, .nb): "samarbeidet"
    case (.cooperation, .en): "the cooperation"
    case (.both, .nb): "både kommunen og samarbeidet"
    case (.both, .en): "both the municipality and the cooperation"
    }
  }
}

/// What a research question compares.
public enum ComparisonAxis: String, Codable, CaseIterable, Hashable, Sendable {
  /// Forms of cooperation, e.g. horizontal/regional against vertical.
  case forms
  /// Kinds of municipality, e.g. small against larger, peripheral against central.
  case kinds
  /// Cooperation constellations, e.g. long-established against new.
  case constellations
  /// Informant standpoints, e.g. the project leader's view against the municipality's.
  case standpoints
  /// Before and after the municipal reform of 1 January 2020.
  case reform

  /// Other words the flag `--compare` accepts for the axis.
  public var alternativeWords: [String] {
    switch self {
    case .forms: ["forms-of-cooperation", "form"]
    case .kinds: ["municipalities", "kinds-of-municipality", "kind"]
    case .constellations: ["constellation"]
    case .standpoints: ["standpoint", "informants"]
    case .reform: ["before-after", "before-after-reform"]
    }
  }

  /// How the axis reads in `language`.
  public func label(in language: Language) -> String {
    switch (self, language) {
    case (.forms, .nb): "samarbeidsformer"
    case (.forms, .en): "forms of cooperation"
    case (.kinds, .nb): "typer kommuner"
    case (.kinds, .en): "kinds of municipality"
    case (.constellations, .nb): "samarbeidskonstellasjoner"
    case (.constellations, .en): "cooperation constellations"
    case (.standpoints, .nb): "informantenes ståsted"
    case (.standpoints, .en): "informant standpoints"
    case (.reform, .nb): "før og etter kommunereformen"
    case (.reform, .en): "before and after the municipal reform"
    }
  }
}

/// The two answers that decide a research question's study model.
public struct QuestionDimensions: Codable, Hashable, Sendable {
  /// What the question studies.
  public var unit: UnitOfAnalysis
  /// What the question compares.
  public var comparison: ComparisonAxis

  public init(unit: UnitOfAnalysis, comparison: ComparisonAxis) {
    self.unit = unit
    self.comparison = comparison
  }

  /// Every combination of unit and comparison, in declaration order.
  public static var all: [QuestionDimensions] {
    UnitOfAnalysis.allCases.flatMap { unit in
      ComparisonAxis.allCases.map { QuestionDimensions(unit: unit, comparison: $0) }
    }
  }
}

extension UnitOfAnalysis {
  /// Reads a unit from a flag value (`municipality`, `cooperation`, `both`), case-insensitively.
  ///
  /// - Throws: `StudyplanError.unknownUnitOfAnalysis` with the nearest value as a suggestion.
  public static func parse(_ text: String) throws(StudyplanError) -> UnitOfAnalysis {
    let key = NearestMatch.key(text)
    let aliases: [String: UnitOfAnalysis] = [
      "kommune": .municipality, "kommunen": .municipality, "municipalities": .municipality,
      "samarbeid": .cooperation, "samarbeidet": .cooperation, "cooperations": .cooperation,
      "begge": .both,
    ]
    if let unit = UnitOfAnalysis(rawValue: key) ?? aliases[key] { return unit }
    let names = allCases.map(\.rawValue)
    throw .unknownUnitOfAnalysis(text, suggestion: NearestMatch.closest(to: key, in: names))
  }
}

extension ComparisonAxis {
  /// Reads an axis from a flag value (`forms`, `kinds`, `constellations`, `standpoints`,
  /// `reform`, or one of their aliases), case-insensitively.
  ///
  /// - Throws: `StudyplanError.unknownComparison` with the nearest value as a suggestion.
  public static func parse(_ text: String) throws(StudyplanError) -> ComparisonAxis {
    let key = NearestMatch.key(text)
    for axis in allCases where axis.rawValue == key || axis.alternativeWords.contains(key) {
      return axis
    }
    let names = allCases.map(\.rawValue)
    throw .unknownComparison(text, suggestion: NearestMatch.closest(to: key, in: names))
  }
}
