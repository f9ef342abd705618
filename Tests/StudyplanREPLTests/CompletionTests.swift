import Foundation
import StudyplanCore
import Testing
import _StudyplanTestSupport

@testable import StudyplanREPL

/// Tab completion of sub-commands, guide ids, consent fields, exports, data and filters.
@Suite struct CompletionTests {
  /// A completer that sees a protocol with two questions, two roles and a built guide.
  static func withGuide() throws -> (completer: Completer, document: StudyProtocol) {
    let run = try runScript([
      #"new "Kyst""#, "ask horizontal-versus-vertical", "ask reform-centrality-shift",
      "roles add ordforer naeringssjef", "guide build",
    ])
    let document = try #require(run.session.workspace?.document)
    let completer = Completer(
      source: .live(store: run.session.environment.store, document: { document }))
    return (completer, document)
  }

  static var noProtocol: Completer {
    Completer(source: .live(store: StoreHandle { throw CancellationError() }))
  }

  @Test func aCommandWithAllItsArgumentsIsOfferedNothingMore() throws {
    let run = try runScript([#"new "Ids""#, "save", #"new "Two" --discard"#, "save"])
    let completer = Completer(source: .live(store: run.session.environment.store))
    #expect(completer.candidates(before: "open ", prefix: "") == ["p1", "p2"])
    #expect(completer.candidates(before: "open p1 ", prefix: "").isEmpty)
    #expect(completer.candidates(before: "open p1 --", prefix: "--") == ["--discard"])
    #expect(completer.candidates(before: "diff p1@1 ", prefix: "") == ["p1", "p2"])
    #expect(completer.candidates(before: "diff p1@1 p2 ", prefix: "").isEmpty)
    #expect(completer.candidates(before: "help save ", prefix: "").isEmpty)
    // An option already given is not offered again.
    #expect(
      !completer.candidates(before: "save --final --", prefix: "--").contains("--final"))
  }

  @Test func theParserReadsAPartlyTypedLine() throws {
    let parser = CommandParser(table: .standard)
    let value = try #require(parser.parsePartial("frame --format "))
    guard case .optionValue(let option) = value.slot else {
      Issue.record("expected an option value, got \(value.slot)")
      return
    }
    #expect(option.name == "--format")
    let second = try #require(parser.parsePartial("clone p1 \"Title\" --follow-up "))
    guard case .argument(let index) = second.slot else {
      Issue.record("expected an argument, got \(second.slot)")
      return
    }
    #expect(index == 2)
    #expect(second.arguments == ["p1", "Title"])
    #expect(second.options.keys.contains("--follow-up"))
    #expect(parser.parsePartial("bogus ") == nil)
  }

  @Test func guideOffersItsSubcommandsAndTheProtocolsRoles() throws {
    let (completer, _) = try Self.withGuide()
    let first = completer.candidates(before: "guide ", prefix: "")
    #expect(first.contains("build") && first.contains("indirect"))
    #expect(first.contains("ordforer") && first.contains("naeringssjef"))
    #expect(!first.contains("prosjektleder"))
    #expect(completer.candidates(before: "guide or", prefix: "or") == ["ordforer"])
    #expect(completer.candidates(before: "guide ordforer le", prefix: "le") == ["length"])
    #expect(
      completer.candidates(before: "guide ordforer length ", prefix: "") == ["45", "60", "90"])
    #expect(completer.candidates(before: "guide b", prefix: "b") == ["build"])
  }

  @Test func guideSubcommandsCompleteQuestionProbeAndSectionIds() throws {
    let (completer, document) = try Self.withGuide()
    let guide = try #require(document.guide)
    let questionIDs = guide.allQuestions.map(\.question.id)
    #expect(completer.candidates(before: "guide probe q", prefix: "q") == questionIDs)
    let withProbes = try #require(guide.allQuestions.first { !$0.question.probes.isEmpty })
    let id = withProbes.question.id
    let probes = completer.candidates(before: "guide edit \(id).", prefix: "\(id).")
    #expect(probes == withProbes.question.probes.indices.map { "\(id).\($0 + 1)" })
    let sections = guide.sections.map(\.id)
    #expect(completer.candidates(before: "guide move \(id) ", prefix: "") == sections)
    #expect(completer.candidates(before: "guide rename ", prefix: "") == sections)
    #expect(completer.candidates(before: "guide add ", prefix: "") == sections)
    #expect(completer.candidates(before: #"guide theme "Ny" --after "#, prefix: "") == sections)
    #expect(completer.candidates(before: "guide time in", prefix: "in").contains("intro"))
    #expect(completer.candidates(before: "guide time \(id) ", prefix: "") == ["auto"])
    #expect(
      completer.candidates(before: "guide priority \(id) ", prefix: "")
        == ["must", "should", "if-time"])
    #expect(
      completer.candidates(before: "guide link \(id) ", prefix: "")
        == ["horizontal-versus-vertical", "reform-centrality-shift"])
    #expect(
      completer.candidates(before: "guide roles \(id) ", prefix: "")
        == ["ordforer", "naeringssjef", "all"])
    #expect(
      completer.candidates(before: "guide add intro \"T\" --serves ", prefix: "").count == 2)
    #expect(completer.candidates(before: "guide indirect ", prefix: "").last == "none")
  }

  @Test func guideIdsNeedAnOpenProtocolWithAGuide() {
    let completer = Self.noProtocol
    #expect(completer.candidates(before: "guide time ", prefix: "").isEmpty)
    // Without a protocol, role names come from the catalogue.
    #expect(completer.candidates(before: "guide pro", prefix: "pro").contains("probe"))
    #expect(completer.candidates(before: "guide pro", prefix: "pro").contains("prosjektleder"))
  }

  @Test func consentCompletesFieldNamesAndClosedValues() {
    let completer = Self.noProtocol
    #expect(completer.candidates(before: "consent le", prefix: "le") == ["legal-basis"])
    #expect(
      completer.candidates(before: "consent ", prefix: "")
        == ConsentField.required.map(\.rawValue))
    #expect(
      completer.candidates(before: "consent legal-basis ", prefix: "")
        == LegalBasis.allCases.map(\.rawValue))
    #expect(completer.candidates(before: "consent controller ", prefix: "").isEmpty)
    #expect(completer.candidates(before: "consent end-date 2027 ", prefix: "").isEmpty)
  }

  @Test func exportCompletesKindsFormatsAndRoles() throws {
    let (completer, _) = try Self.withGuide()
    #expect(completer.candidates(before: "export g", prefix: "g") == ["guide"])
    #expect(completer.candidates(before: "export p1 m", prefix: "m") == ["methods", "map"])
    #expect(completer.candidates(before: "export p1 map --format ", prefix: "") == ["svg", "html"])
    #expect(
      completer.candidates(before: "export p1 map --by c", prefix: "c")
        == ["centrality", "centrality2020", "class-change", "county"])
    #expect(completer.candidates(before: "export guide ", prefix: "").isEmpty)
    #expect(
      completer.candidates(before: "export guide --format ", prefix: "")
        == ["md", "html", "docx", "txt"])
    #expect(
      completer.candidates(before: "export p1 sample --format ", prefix: "")
        == ["csv", "html", "xlsx"])
    #expect(
      completer.candidates(before: "export --format j", prefix: "j").isEmpty,
      "before the kind, no format: each kind has its own")
    #expect(
      completer.candidates(before: "export guide --role ", prefix: "")
        == ["ordforer", "naeringssjef"])
    #expect(completer.candidates(before: "export guide --a", prefix: "--a") == ["--all-roles"])
  }

  @Test func dataCompletesSubcommandsAndKinds() {
    let completer = Self.noProtocol
    #expect(completer.candidates(before: "data ", prefix: "") == ["check", "sources", "import"])
    #expect(completer.candidates(before: "data check ", prefix: "").isEmpty)
    #expect(completer.kind(before: "data import ") == .path)
    #expect(
      completer.candidates(before: "data import x.csv --kind ", prefix: "")
        == ["klass", "cooperations"])
  }

  @Test func strataCompleteFrameFieldsItemByItem() {
    let completer = Self.noProtocol
    #expect(
      completer.candidates(before: "sample --strata cen", prefix: "cen").contains("centrality"))
    #expect(
      completer.candidates(before: "sample --strata centrality,re", prefix: "re")
        == ["reform", "regional-centre", "region-type", "reform2024"])
  }

  @Test(arguments: [
    (#"frame --filter "cla"#, "cla", ["class-change", "class-changed"]),
    (#"frame --filter "centrality "#, "", ["=", "!=", "in", "not", "<", "<=", ">", ">="]),
    (#"frame --filter "reform "#, "", ["=", "!=", "in", "not"]),
    (#"frame --filter "reform not "#, "", ["in"]),
    (#"frame --filter "reform = m"#, "m", ["merged"]),
    (#"frame --filter "centrality in 5,"#, "", ["1", "2", "3", "4", "5", "6"]),
    (#"frame --filter "centrality in 5,6 "#, "", ["and", "or"]),
    (#"sample --n 3 --filter "centrality in 5,6 and byr = "#, "", ["any", "none"]),
    (
      #"sample --filter "centrality in 5,6 or re"#, "re",
      ["reform", "regional-centre", "region-type", "reform2024"]
    ),
    (#"frame --filter "not "#, "p", ["population", "population2020", "population2024"]),
  ])
  func filtersCompleteFieldsOperatorsAndValues(
    before: String, prefix: String, expected: [String]
  ) {
    #expect(Self.noProtocol.candidates(before: before + prefix, prefix: prefix) == expected)
  }

  @Test func dropAndRolesRemoveOfferWhatTheProtocolHolds() throws {
    let (completer, _) = try Self.withGuide()
    #expect(
      completer.candidates(before: "drop ", prefix: "")
        == ["horizontal-versus-vertical", "reform-centrality-shift"])
    #expect(
      completer.candidates(before: "roles remove ", prefix: "") == ["ordforer", "naeringssjef"])
    #expect(completer.candidates(before: "roles add prosj", prefix: "prosj") == ["prosjektleder"])
  }

  @Test func aQuestionsHintCompletesWithoutACommand() {
    let completer = Self.noProtocol
    #expect(
      completer.candidates(for: .questionID, prefix: "horiz") == ["horizontal-versus-vertical"])
    #expect(completer.candidates(for: .role, prefix: "ordf").contains("ordforer"))
    #expect(completer.candidates(for: .text, prefix: "").isEmpty)
  }
}
