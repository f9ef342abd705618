import Testing

@testable import StudyplanCore

private let frame = SamplingFrame(data: ReferenceData.load(.embedded))

private func count(_ filter: String) throws -> Int {
  try FrameFilter.parse(filter, frame: frame).apply(to: frame).matched.count
}

@Test func theContractExampleSelectsSmallReformedMunicipalities() throws {
  // 45 merged + 2 split in classes 5–6 (read by hand from kommuner_2019.csv).
  #expect(try count("centrality in 5,6 and reform in merged,split") == 47)
  #expect(try count("CENTRALITY IN 5,6 AND REFORM IN MERGED,SPLIT") == 47)
}

@Test func comparisonsNegationAndParenthesesCombine() throws {
  #expect(try count("centrality <= 2") == 34)
  #expect(try count("not centrality <= 2") == 422 - 34)
  #expect(try count("centrality != 1 and centrality < 3") == 26)
  #expect(
    try count("(reform = split or reform = merged) and byr = none")
      == (try count("reform in split,merged")) - (try count("reform in split,merged and byr = any"))
  )
  #expect(try count("kommunenummer = 1850") == 1)
  #expect(try count("name = Karasjok") == 1)
  #expect(try count("byr = \"Salten (Bodø)\"") == 9)
  #expect(try count("byr = Salten") == 9)
  #expect(try count("county = \"Møre og Romsdal\" and reform not in unchanged") > 0)
}

@Test func aFilterOnUnknownValuesSaysHowManyUnitsItCouldNotJudge() throws {
  let result = try FrameFilter.parse("centrality2020 in 5,6", frame: frame).apply(to: frame)
  #expect(
    result.unjudged.count + result.matched.count
      + (try count("centrality2020 in 1,2,3,4")) == 422)
  #expect(result.unjudged.count > 0)
  #expect(result.unjudgedNote?.contains("could not judge \(result.unjudged.count) unit(s)") == true)
  // A known false side decides an `and` even when the other side is unknown.
  let decided = try FrameFilter.parse("centrality2020 = 1 and centrality = 6", frame: frame)
    .apply(to: frame)
  #expect(decided.unjudged.allSatisfy { $0.centrality == 6 })
}

@Test(arguments: [
  ("centrality in 5,,6", 17, "expected a value for 'centrality', found ','", nil as String?),
  ("centrality in 5,6 and reform in merged,splt", 40, "'splt' is not a value of 'reform'", "split"),
  ("centrallity in 5,6", 1, "unknown field 'centrallity'", "centrality"),
  ("name < 5", 6, "'<' compares numbers; 'name' is not one", nil),
  ("centrality in five", 15, "'five' is not a number", nil),
  ("(centrality = 5", 1, "'(' is not closed", nil),
  ("centrality = 5)", 15, "')' has no matching '('", nil),
  ("centrality = 5 reform = merged", 16, "unexpected 'reform'; join conditions with", nil),
  ("byr = Saltn", 7, "no 'byr' is 'Saltn'", "Salten"),
  ("county = \"Nordland", 10, "the quote is not closed", nil),
  ("", 1, "the filter is empty", nil),
  ("centrality ! 5", 12, "'!' must be followed by '='", nil),
])
func filterErrorsPointAtTheColumn(
  _ text: String, _ column: Int, _ fragment: String, _ suggestion: String?
) {
  do {
    _ = try FrameFilter.parse(text, frame: frame)
    Issue.record("accepted '\(text)'")
  } catch {
    guard case .filterInvalid(_, let actualColumn, let problem, let actualSuggestion) = error else {
      Issue.record("unexpected \(error)")
      return
    }
    #expect(actualColumn == column, "\(problem)")
    #expect(problem.contains(fragment), "\(problem)")
    #expect(actualSuggestion == suggestion)
    #expect(error.description.hasPrefix("filter '\(text)' column \(column): "))
  }
}

@Test func theFrameTableShowsUnknownsAsUnknown() throws {
  let units = try FrameFilter.parse("kommunenummer in 1850,0427", frame: frame).apply(to: frame)
  let table = FrameRenderer.table(units.matched)
  #expect(table.contains("unknown"))
  #expect(table.hasSuffix("2 unit(s)\n"))
}
