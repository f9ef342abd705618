/// Derives a research question's study model from its dimensions, by rules.
///
/// The mapper is not a lookup table: it tries `ModelRule.all` in order and the first rule whose
/// condition holds decides. The result names that rule so the planner can defend the design.
public enum ModelMapper {
  /// The model for a question with these dimensions, and the rule that gave it.
  public static func map(_ dimensions: QuestionDimensions) -> ModelMapping {
    // The last rules cover every unit, so a rule always fires; the fallback only guards the
    // invariant if someone edits the list.
    let rule = ModelRule.all.first { $0.matches(dimensions) } ?? ModelRule.all[0]
    return ModelMapping(dimensions: dimensions, rule: rule)
  }

  /// The model for a question with this unit and comparison, and the rule that gave it.
  public static func map(unit: UnitOfAnalysis, comparison: ComparisonAxis) -> ModelMapping {
    map(QuestionDimensions(unit: unit, comparison: comparison))
  }
}

/// The outcome of mapping one question's dimensions: a model and the rule that fired.
public struct ModelMapping: Hashable, Sendable {
  /// The dimensions that were mapped.
  public let dimensions: QuestionDimensions
  /// The rule that fired.
  public let rule: ModelRule

  /// The model the rule gives.
  public var model: StudyModel { rule.model }

  /// The explanation in `language`: the dimensions, then the rule by id and its text.
  public func explanation(in language: Language) -> String {
    let unit = dimensions.unit.label(in: language)
    let axis = dimensions.comparison.label(in: language)
    switch language {
    case .nb:
      return "Enhet: \(unit); sammenlikner: \(axis). Regel \(rule.id): \(rule.text.nb)"
    case .en:
      return "Unit: \(unit); compares: \(axis). Rule \(rule.id): \(rule.text.en)"
    }
  }
}
