import Foundation

/// A theme drafted for the planner's own research question, so the guide never silently lacks it.
extension InterviewTheme {
  /// The marker a drafted question starts with, in bokmål and English; `check` reports every
  /// question that still carries it.
  public static let draftMarker = LocalizedText(nb: "[UTKAST]", en: "[DRAFT]")

  /// A theme for the planner's own question `text` with id `id`: a main question drafted from
  /// the text, probes drawn from the dimension answers, all marked as a draft to rewrite.
  public static func draft(
    id: String, text: String, dimensions: QuestionDimensions?
  ) -> InterviewTheme {
    let question = text.trimmingCharacters(in: .whitespacesAndNewlines)
    let short = question.split(separator: " ").prefix(6).joined(separator: " ")
    let m = draftMarker
    var probes: [Probe] = [
      Probe(
        kind: .specifying,
        text: LocalizedText(
          nb: "Kan du gi et konkret eksempel?", en: "Could you give a concrete example?"))
    ]
    if let dimensions {
      probes.append(Probe(kind: .probing, text: unitProbe(dimensions.unit)))
      probes.append(comparisonProbe(dimensions.comparison))
    }
    return InterviewTheme(
      id: id,
      title: LocalizedText(nb: "\(m.nb) \(short)", en: "\(m.en) \(short)"),
      mainQuestion: LocalizedText(
        nb: "\(m.nb) Kan du fortelle om erfaringene dine med dette: «\(question)»",
        en: "\(m.en) Could you tell me about your experience of this: ‘\(question)’"),
      probes: probes)
  }

  private static func unitProbe(_ unit: UnitOfAnalysis) -> LocalizedText {
    switch unit {
    case .municipality:
      LocalizedText(
        nb: "Hvordan ser dette ut fra kommunens eget utviklingsarbeid?",
        en: "How does this look from the municipality's own development work?")
    case .cooperation:
      LocalizedText(
        nb: "Hvordan ser dette ut for samarbeidet som helhet og for hver medlemskommune?",
        en: "How does this look for the cooperation as a whole and for each member?")
    case .both:
      LocalizedText(
        nb: "Hvordan ser dette ut fra kommunen, og fra samarbeidet som helhet?",
        en: "How does this look from the municipality, and from the cooperation as a whole?")
    }
  }

  private static func comparisonProbe(_ axis: ComparisonAxis) -> Probe {
    switch axis {
    case .forms:
      Probe(
        kind: .probing,
        text: LocalizedText(
          nb: "Hvordan skiller det regionale samarbeidet seg her fra samarbeidet med "
            + "fylkeskommunen og staten?",
          en: "How does the regional cooperation differ here from the cooperation with the "
            + "county and the state?"))
    case .kinds:
      Probe(
        kind: .probing,
        text: LocalizedText(
          nb: "Hvordan er dette for de små kommunene sammenliknet med de større?",
          en: "How is this for the small municipalities compared with the larger ones?"))
    case .constellations:
      Probe(
        kind: .probing,
        text: LocalizedText(
          nb: "Hvilken betydning har det hvor lenge samarbeidet har vart og hvem som er med?",
          en: "What difference does it make how long the cooperation has lasted and who is in it?"
        ))
    case .standpoints:
      Probe(
        kind: .indirect,
        text: LocalizedText(
          nb: "Hvordan tror du andre i regionen ser på dette?",
          en: "How do you think others in the region see this?"))
    case .reform:
      Probe(
        kind: .probing,
        text: LocalizedText(
          nb: "Hva har endret seg her etter kommunereformen 1. januar 2020?",
          en: "What has changed here since the municipal reform of 1 January 2020?"))
    }
  }
}
