import Testing

@testable import StudyplanCore

/// The model follows from the dimensions by rules, and the explanation names the rule.
@Suite struct ModelMapperTests {
  @Test func horizontalVersusVerticalForSmallMunicipalitiesIsModel1WithTheNotesReason() throws {
    let entry = try QuestionCatalogue.builtin.resolve("horizontal-versus-vertical")
    #expect(entry.suggestedModel == .municipalityCentred)
    #expect(entry.mapping.rule.id == "forms-meet-in-the-municipality")
    #expect(entry.reason(in: .en).contains("meet only in the municipality"))
    #expect(entry.reason(in: .en).contains("model 1"))
    #expect(entry.reason(in: .nb).contains("modell 1"))
  }

  @Test func smallVersusLargerMembersIsModel2WithTheNotesReason() throws {
    let entry = try QuestionCatalogue.builtin.resolve("small-versus-larger-members")
    #expect(entry.suggestedModel == .cooperationCentred)
    #expect(entry.mapping.rule.id == "kinds-share-a-cooperation")
    #expect(entry.reason(in: .en).contains("same cooperation"))
    #expect(entry.reason(in: .en).contains("model 2"))
  }

  @Test(arguments: ComparisonAxis.allCases)
  func aQuestionAboutBothMunicipalityAndCooperationIsModel3(_ comparison: ComparisonAxis) {
    let mapping = ModelMapper.map(unit: .both, comparison: comparison)
    #expect(mapping.model == .combined)
    #expect(mapping.rule.id == "unit-both")
  }

  @Test(arguments: [
    (UnitOfAnalysis.municipality, ComparisonAxis.forms, "forms-meet-in-the-municipality", 1),
    (.municipality, .kinds, "kinds-share-a-cooperation", 2),
    (.municipality, .constellations, "municipality-is-the-case", 1),
    (.municipality, .standpoints, "standpoints-need-both", 3),
    (.municipality, .reform, "municipality-is-the-case", 1),
    (.cooperation, .forms, "cooperation-is-the-case", 2),
    (.cooperation, .kinds, "kinds-share-a-cooperation", 2),
    (.cooperation, .constellations, "cooperation-is-the-case", 2),
    (.cooperation, .standpoints, "standpoints-need-both", 3),
    (.cooperation, .reform, "cooperation-is-the-case", 2),
  ])
  func everyCombinationFiresTheExpectedRule(
    _ unit: UnitOfAnalysis, _ comparison: ComparisonAxis, _ ruleID: String, _ model: Int
  ) {
    let mapping = ModelMapper.map(unit: unit, comparison: comparison)
    #expect(mapping.rule.id == ruleID)
    #expect(mapping.model.rawValue == model)
  }

  @Test func theFiringRuleIsTheFirstThatMatches() {
    for dimensions in QuestionDimensions.all {
      let matching = ModelRule.all.filter { $0.matches(dimensions) }
      #expect(!matching.isEmpty, "no rule covers \(dimensions)")
      #expect(ModelMapper.map(dimensions).rule == matching.first)
    }
  }

  @Test func everyRuleFiresForSomeCombination() {
    let fired = Set(QuestionDimensions.all.map { ModelMapper.map($0).rule.id })
    #expect(fired == Set(ModelRule.all.map(\.id)))
  }

  @Test func theExplanationNamesTheDimensionsAndTheRuleInBothLanguages() {
    let mapping = ModelMapper.map(unit: .cooperation, comparison: .constellations)
    #expect(
      mapping.explanation(in: .en).hasPrefix(
        "Unit: the cooperation; compares: cooperation constellations. Rule cooperation-is-the-case:"
      ))
    #expect(
      mapping.explanation(in: .nb).hasPrefix(
        "Enhet: samarbeidet; sammenlikner: samarbeidskonstellasjoner. Regel cooperation-is-the-case:"
      ))
  }

  @Test(arguments: [
    ("municipality", UnitOfAnalysis.municipality), ("Cooperation", .cooperation),
    ("both", .both), ("kommune", .municipality), (" samarbeid ", .cooperation),
  ])
  func unitsParseFromFlagValues(_ text: String, _ unit: UnitOfAnalysis) throws {
    #expect(try UnitOfAnalysis.parse(text) == unit)
  }

  @Test(arguments: [
    ("forms", ComparisonAxis.forms), ("kinds", .kinds), ("municipalities", .kinds),
    ("constellations", .constellations), ("standpoints", .standpoints), ("reform", .reform),
    ("before-after", .reform), ("BEFORE AFTER", .reform),
  ])
  func comparisonsParseFromFlagValuesAndAliases(_ text: String, _ axis: ComparisonAxis) throws {
    #expect(try ComparisonAxis.parse(text) == axis)
  }

  @Test func aMistypedDimensionIsAUsageErrorWithASuggestion() {
    #expect(throws: StudyplanError.unknownUnitOfAnalysis("municipalty", suggestion: "municipality"))
    {
      try UnitOfAnalysis.parse("municipalty")
    }
    let error = StudyplanError.unknownComparison("frms", suggestion: "forms")
    #expect(
      error.description
        == "'frms' is not a comparison; choose forms, kinds, constellations, standpoints or reform."
        + " Did you mean 'forms'?")
    #expect(error.kind == .usage)
    #expect(throws: StudyplanError.unknownComparison("frms", suggestion: "forms")) {
      try ComparisonAxis.parse("frms")
    }
  }
}
