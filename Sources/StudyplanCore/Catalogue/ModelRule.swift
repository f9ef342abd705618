/// One rule of the model mapping: a condition on a question's dimensions and the model it gives.
///
/// The rules are tried in order and the first that matches decides; its id and text are the
/// explanation the planner sees and can defend. The rules and their order are explained in
/// `docs/decisions/0002-model-rules.md`.
public struct ModelRule: Hashable, Sendable, Identifiable {
  /// A stable kebab-case id, shown with the explanation (`unit-both`).
  public let id: String
  /// The model the rule gives.
  public let model: StudyModel
  /// The rule and its reason, in both languages.
  public let text: LocalizedText
  /// The units the rule applies to; empty means any unit.
  public let units: Set<UnitOfAnalysis>
  /// The comparisons the rule applies to; empty means any comparison.
  public let comparisons: Set<ComparisonAxis>

  /// Whether the rule applies to a question with these dimensions.
  public func matches(_ dimensions: QuestionDimensions) -> Bool {
    (units.isEmpty || units.contains(dimensions.unit))
      && (comparisons.isEmpty || comparisons.contains(dimensions.comparison))
  }
}

extension ModelRule {
  /// The mapping's rules, in the order they are tried.
  public static let all: [ModelRule] = [
    ModelRule(
      id: "unit-both", model: .combined,
      text: LocalizedText(
        nb: "Spørsmålet gjelder både kommunen og samarbeidet, og da trengs begge innganger: "
          + "modell 3 tar utgangspunkt i kommuner og i samarbeid samtidig.",
        en: "The question is about both the municipality and the cooperation, so it needs both "
          + "entries: model 3 starts from municipalities and from cooperations at once."),
      units: [.both], comparisons: []),
    ModelRule(
      id: "standpoints-need-both", model: .combined,
      text: LocalizedText(
        nb: "Å sammenlikne ståsteder krever informanter som ser fra kommunen og informanter som "
          + "ser fra samarbeidet, om de samme sakene; det får en bare med begge innganger "
          + "(modell 3).",
        en: "Comparing standpoints needs informants who look from the municipality and informants "
          + "who look from the cooperation, on the same matters; only both entries give that "
          + "(model 3)."),
      units: [], comparisons: [.standpoints]),
    ModelRule(
      id: "kinds-share-a-cooperation", model: .cooperationCentred,
      text: LocalizedText(
        nb: "Å sammenlikne typer kommuner (f.eks. små og større) er mest rettferdig når de deltar "
          + "i det samme samarbeidet, slik at samarbeidet holdes fast; notatet peker derfor på "
          + "modell 2, med inngang i samarbeidet og dets medlemmer.",
        en: "Comparing kinds of municipality (e.g. small and larger ones) is fairest when they "
          + "take part in the same cooperation, so that the cooperation is held constant; the "
          + "note therefore points to model 2, entering through the cooperation and its members."),
      units: [], comparisons: [.kinds]),
    ModelRule(
      id: "forms-meet-in-the-municipality", model: .municipalityCentred,
      text: LocalizedText(
        nb: "Ulike samarbeidsformer (horisontale/regionale og vertikale) møtes bare i kommunen som "
          + "deltar i dem; notatet peker derfor på modell 1, med inngang i kommunen og hele "
          + "utviklingsarbeidet der.",
        en: "Different forms of cooperation (horizontal/regional and vertical) meet only in the "
          + "municipality that takes part in them; the note therefore points to model 1, entering "
          + "through the municipality and its whole development work."),
      units: [.municipality], comparisons: [.forms]),
    ModelRule(
      id: "cooperation-is-the-case", model: .cooperationCentred,
      text: LocalizedText(
        nb: "Spørsmålet handler om samarbeidet, så samarbeidet er caset: modell 2 starter i ett "
          + "eller flere samarbeid og ser på hvordan hvert medlem arbeider i det.",
        en: "The question is about the cooperation, so the cooperation is the case: model 2 "
          + "starts from one or more cooperations and looks at how each member works in it."),
      units: [.cooperation], comparisons: []),
    ModelRule(
      id: "municipality-is-the-case", model: .municipalityCentred,
      text: LocalizedText(
        nb: "Spørsmålet handler om kommunen, så kommunen er caset: modell 1 starter i kommunen og "
          + "ser hvor samarbeidene plasserer seg i utviklingsarbeidet dens.",
        en: "The question is about the municipality, so the municipality is the case: model 1 "
          + "starts from the municipality and sees where its cooperations sit in its "
          + "development work."),
      units: [.municipality], comparisons: []),
  ]

  /// The rule with this id, if there is one.
  public static func rule(id: String) -> ModelRule? {
    all.first { $0.id == id }
  }
}
