import Testing

@testable import StudyplanCore

/// Walks the whole built-in catalogue: every entry is complete in both languages.
@Suite struct QuestionCatalogueTests {
  static let entries = QuestionCatalogue.builtin.entries

  @Test(arguments: entries)
  func everyEntryHasBothLanguagesAReasonAndAThemeWithProbes(_ entry: CatalogueQuestion) {
    for text in [entry.text, entry.rationale, entry.sampling.note] {
      #expect(!text.nb.isEmpty && !text.en.isEmpty, "\(entry.id)")
      #expect(text.nb != text.en, "\(entry.id): the bokmål text is a copy of the English")
    }
    #expect(!entry.reason(in: .nb).isEmpty && !entry.reason(in: .en).isEmpty)
    #expect(!entry.citation.section.isEmpty)
    #expect(!entry.themes.isEmpty, "\(entry.id) has no theme")
    for theme in entry.themes {
      #expect(!theme.title.nb.isEmpty && !theme.title.en.isEmpty, "\(theme.id)")
      #expect(!theme.mainQuestion.nb.isEmpty && !theme.mainQuestion.en.isEmpty, "\(theme.id)")
      #expect(theme.probes.count >= 2, "\(theme.id) has fewer than two probes")
      for probe in theme.probes {
        #expect(!probe.text.nb.isEmpty && !probe.text.en.isEmpty, "\(theme.id)")
        #expect(probe.kind != .main, "\(theme.id): a probe cannot be a main question")
      }
    }
  }

  @Test func idsAreUniqueAndKebabCase() {
    let ids = Self.entries.map(\.id)
    #expect(Set(ids).count == ids.count)
    let themeIDs = Self.entries.flatMap { $0.themes.map(\.id) }
    #expect(Set(themeIDs).count == themeIDs.count)
    for id in ids + themeIDs {
      #expect(isKebabCase(id), "'\(id)' is not kebab-case")
    }
  }

  @Test(arguments: entries)
  func suggestedRolesResolve(_ entry: CatalogueQuestion) throws {
    #expect(!entry.roleIDs.isEmpty, "\(entry.id) suggests no roles")
    for id in entry.roleIDs + entry.themes.flatMap(\.roleIDs) {
      let role = try RoleCatalogue.builtin.resolve(id)
      #expect(role.id == id)
    }
  }

  @Test(arguments: entries)
  func samplingUsesOnlyContractFieldsAndDesigns(_ entry: CatalogueQuestion) {
    let fields = Set(SamplingSuggestion.frameFields)
    let used = FilterFields.fields(in: entry.sampling.filter)
    #expect(!used.isEmpty, "\(entry.id): the filter names no field")
    for field in used + entry.sampling.strata {
      #expect(fields.contains(field), "\(entry.id): '\(field)' is not a frame field")
    }
    if entry.sampling.design == .stratified {
      #expect(!entry.sampling.strata.isEmpty, "\(entry.id): stratified without strata")
      #expect(entry.sampling.allocation != nil, "\(entry.id): stratified without allocation")
    }
  }

  @Test(arguments: entries)
  func samplingFiltersUseOnlyValuesTheFrameKnows(_ entry: CatalogueQuestion) {
    let allowed: [String: Set<String>] = [
      "reform": ["merged", "split", "renumbered", "renamed", "unchanged", "outside"],
      "class-changed": ["yes", "no"],
      "centrality": ["1", "2", "3", "4", "5", "6"],
      "byr": ["any", "none"],
    ]
    for (field, values) in FilterFields.conditions(in: entry.sampling.filter) {
      guard let known = allowed[field] else { continue }
      for value in values {
        #expect(known.contains(value), "\(entry.id): '\(value)' is not a value of \(field)")
      }
    }
  }

  @Test func questionsThatAskProjectLeadersHaveAnIndirectWording() {
    // The note found project leaders unwilling to grade single municipalities; every entry
    // that suggests them carries an indirect main question or an indirect probe.
    for entry in Self.entries where entry.roleIDs.contains("prosjektleder") {
      let indirect = entry.themes.contains { theme in
        theme.indirectQuestion != nil || theme.probes.contains { $0.kind == .indirect }
      }
      #expect(indirect, "\(entry.id) has no indirect wording")
    }
  }

  @Test func theCatalogueCoversTheNotesQuestionsAndBothComparisons() {
    let groups = Dictionary(grouping: Self.entries, by: \.group).mapValues(\.count)
    #expect(groups[.factor] == 5)
    #expect(groups[.reform] == 4)
    #expect(groups[.comparison] == 2)
    #expect((groups[.open] ?? 0) >= 6)
    #expect(groups[.title] == 1)
    #expect(groups[.findings] == 7)
    for model in StudyModel.allCases {
      #expect(!QuestionCatalogue.builtin.filtered(model: model).isEmpty, "no entry for \(model)")
    }
  }

  @Test func theCentralityShiftQuestionPairsUnitsWhoseClassChangedThroughTheMerger() throws {
    let entry = try QuestionCatalogue.builtin.resolve("reform-centrality-shift")
    #expect(entry.sampling.filter == "class-change in merger,both")
    #expect(entry.sampling.population == "class-change in merger,both")
    #expect(entry.sampling.design == .paired)
    #expect(entry.sampling.pairWithin == .municipality)
    #expect(entry.sampling.units == .year2019)
    #expect(
      entry.sampling.commandArguments
        == "--filter \"class-change in merger,both\" --design paired --pair-within municipality")
    // Vågsøy and Eide merged, but their class did not change through it: not eligible.
    let frame = SamplingFrame(data: ReferenceData.load(.embedded))
    let sample = try SampleDrawer.draw(
      try entry.sampling.request(size: 8, seed: "2020", frame: frame), frame: frame)
    for unit in sample.units {
      #expect(
        [ClassChange.merger, .both].contains(frame.unit(unit.kommunenummer)?.classChange),
        "\(unit.kommunenummer)")
    }
    #expect(frame.unit("1439")?.classChange == ClassChange.none)  // Vågsøy
    #expect(frame.unit("1551")?.classChange == ClassChange.none)  // Eide
  }

  @Test func theEmployersContributionProbeAsksNeutrallyWhatChanged() throws {
    let entry = try QuestionCatalogue.builtin.resolve("reform-centrality-shift")
    let probes = entry.themes.flatMap(\.probes).map(\.text)
    let probe = try #require(probes.first { $0.nb.contains("arbeidsgiveravgift") })
    // It no longer takes for granted that a class change moved the zone.
    #expect(!probe.nb.contains("endringen fått følger"))
    #expect(probe.nb.contains("i så fall hva"))
    #expect(probe.en.contains("if so, what"))
  }

  @Test func thePresentDayReformQuestionSamplesTodaysMunicipalities() throws {
    let entry = try QuestionCatalogue.builtin.resolve("reform-byr-and-business-organisation")
    #expect(entry.sampling.units == .year2024)
    #expect(entry.sampling.commandArguments.hasPrefix("--units 2024 "))
    // Every note question about the programme itself takes the note's units.
    for other in QuestionCatalogue.builtin.entries where other.group != .reform {
      #expect(other.sampling.units == .year2019, "\(other.id)")
    }
  }

  @Test func searchFindsEntriesInEitherLanguageAndByModel() {
    let catalogue = QuestionCatalogue.builtin
    #expect(
      catalogue.filtered(containing: "arbeidsgiveravgift").map(\.id) == [
        "reform-centrality-shift"
      ])
    #expect(catalogue.filtered(containing: "EMPLOYER").map(\.id) == ["reform-centrality-shift"])
    #expect(
      catalogue.filtered(containing: "naering").contains { $0.id == "factor-external-conditions" })
    let model2 = catalogue.filtered(model: .cooperationCentred)
    #expect(model2.allSatisfy { $0.suggestedModel == .cooperationCentred })
    #expect(
      catalogue.filtered(model: .combined, containing: "nytte").map(\.id) == [
        "measuring-benefit-and-result", "standpoint-and-benefit",
      ])
  }

  @Test func anUnknownIdSuggestsTheNearestOne() {
    #expect(
      throws: StudyplanError.unknownQuestion("regional-economi", suggestion: "regional-economy")
    ) {
      try QuestionCatalogue.builtin.resolve("regional-economi")
    }
    let error = StudyplanError.unknownQuestion("zzz", suggestion: nil)
    #expect(error.description == "no research question with id 'zzz'; list them with 'questions'")
    #expect(error.kind == .commandFailed)
  }

  @Test func idsMatchWhateverTheCase() {
    #expect(QuestionCatalogue.builtin.entry(id: "Regional-Economy")?.id == "regional-economy")
  }

  private func isKebabCase(_ id: String) -> Bool {
    guard let first = id.first, first.isLetter, id.last != "-", !id.contains("--") else {
      return false
    }
    return id.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
  }
}

/// The field names a filter expression of the frame contract uses: every word that stands
/// right before an operator.
enum FilterFields {
  static func fields(in filter: String) -> [String] {
    let operators: Set<String> = ["in", "=", "!=", "<", "<=", ">", ">="]
    var tokens: [String] = []
    var current = ""
    var quoted = false
    for character in filter {
      if character == "\"" {
        quoted.toggle()
        current.append(character)
        continue
      }
      if !quoted, character == " " || character == "(" || character == ")" {
        if !current.isEmpty { tokens.append(current) }
        current = ""
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { tokens.append(current) }
    var fields: [String] = []
    for (index, token) in tokens.enumerated().dropLast()
    where operators.contains(tokens[index + 1].lowercased()) {
      fields.append(token.lowercased())
    }
    return fields
  }

  /// Each condition's field and the values it compares with (a list after `in`).
  static func conditions(in filter: String) -> [(field: String, values: [String])] {
    let tokens = filter.split(separator: " ").map(String.init)
    var result: [(String, [String])] = []
    for index in tokens.indices.dropLast(2) {
      let op = tokens[index + 1].lowercased()
      guard ["in", "=", "!="].contains(op) else { continue }
      let values = tokens[index + 2].split(separator: ",").map { $0.lowercased() }
      result.append((tokens[index].lowercased(), values))
    }
    return result
  }
}
