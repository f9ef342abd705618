import Foundation
import StudyplanCore
import Testing
import _StudyplanTestSupport

@testable import StudyplanREPL

/// The command declarations are the one grammar: for every command, what Tab offers at any point
/// the parser accepts, and every word the parser accepts at the end of a line from a closed set
/// Tab offered there. Nothing here names a particular command: it walks the table.
@Suite struct CommandGrammarTests {
  /// Candidates for the kinds that read the store or the open protocol: one or two of each, so
  /// the walk reaches the words after them.
  static let source = CompletionSource(candidates: candidates)

  static func candidates(_ kind: ArgumentKind) -> [String] {
    switch kind {
    case .choices(let choices): choices.words
    case .suggested(let words): words
    case .anyOf(let kinds): kinds.flatMap(Self.candidates)
    case .protocolID: ["p1"]
    case .protocolVersion: ["p1", "p1@1"]
    case .questionID: ["reform-centrality-shift"]
    case .role, .protocolRole: ["ordforer"]
    case .municipality, .sampledUnit: ["1850"]
    case .protocolQuestion: ["reform-centrality-shift"]
    case .guideQuestion: ["q1"]
    case .guideItem: ["q1", "q1.1"]
    case .guideSection: ["intro"]
    case .frameField: ["centrality"]
    case .template: ["model-1"]
    case .informantSlot: ["ordforer@1850"]
    case .command: ["help"]
    case .text, .path, .frameFilter: []
    }
  }

  static let completer = Completer(source: source)
  static let parser = CommandParser(table: .standard)

  /// Errors that say a line is not finished yet, which the words Tab offered may leave it.
  static func isIncomplete(_ error: CommandError) -> Bool {
    switch error {
    case .missingArgument, .missingOptionValue, .missingSubcommand: true
    default: false
    }
  }

  /// The next words to try after `line`: what Tab offers for a positional word and for an
  /// option, a few of each; a placeholder where the next word is free text.
  static func nextWords(after line: String) -> [String] {
    let offered = completer.candidates(before: line, prefix: "")
    let options = completer.candidates(before: line + "--", prefix: "--")
    var words = Array(Set(offered.prefix(3) + offered.suffix(2))).sorted()
    words += Array(Set(options.prefix(3) + options.suffix(3))).sorted()
    // Free text Tab cannot offer: a placeholder, where the line still lacks a positional word.
    if offered.isEmpty, lacksPositionalWord(line) { words.append("x") }
    return words
  }

  /// Whether the parser finds `line` short of a positional word (not of an option).
  static func lacksPositionalWord(_ line: String) -> Bool {
    do {
      _ = try parser.parse(line)
      return false
    } catch {
      if case .missingArgument(let name, _) = error.error { return !name.hasPrefix("-") }
      return false
    }
  }

  @Test func everyWordTabOffersIsAcceptedByTheParser() throws {
    var checked = 0
    for command in CommandTable.standard.commands {
      var lines = ["\(command.name) "]
      for _ in 0..<4 {
        var next: [String] = []
        for line in lines {
          for word in Self.nextWords(after: line) {
            let candidate = line + (word.contains(" ") ? "\"\(word)\"" : word) + " "
            do {
              _ = try Self.parser.parse(candidate)
            } catch  where Self.isIncomplete(error.error) {
            } catch {
              Issue.record(
                "Tab offered '\(word)' after '\(line)', and the parser refused: \(error)")
              continue
            }
            checked += 1
            next.append(candidate)
          }
        }
        lines = Array(next.prefix(60))
      }
    }
    #expect(checked > 1000, "the walk reached \(checked) lines")
  }

  @Test func everyClosedWordTheParserAcceptsTabOffers() throws {
    for command in CommandTable.standard.commands {
      let subcommands = command.subcommands
      if !subcommands.isEmpty {
        let offered = Self.completer.candidates(before: "\(command.name) ", prefix: "")
        for subcommand in subcommands {
          #expect(offered.contains(subcommand.name), "\(command.name) \(subcommand.name)")
        }
      }
      let forms: [(line: String, spec: CommandSpec)] =
        (command.run != nil ? [("\(command.name) ", command)] : [])
        + subcommands.map { ("\(command.name) \($0.name) ", $0) }
      for (line, spec) in forms {
        try expectOffered(spec, after: line)
      }
    }
  }

  /// Every option of `spec`, every closed value of its options, and every closed value of its
  /// positional arguments (after placeholders for the ones before) is offered after `line`.
  func expectOffered(_ spec: CommandSpec, after line: String) throws {
    let names = Self.completer.candidates(before: line + "--", prefix: "--")
    for option in spec.options where option.name.hasPrefix("--") {
      #expect(names.contains(option.name), "'\(line)' offers \(option.name)")
      guard let choices = option.kind.choices else { continue }
      let values = Self.completer.candidates(before: line + option.name + " ", prefix: "")
      #expect(values == choices.words, "'\(line)\(option.name)' offers its values")
      for word in choices.words {
        let filled = line + placeholders(spec) + option.name + " " + word
        do {
          _ = try Self.parser.parse(filled)
        } catch  where Self.isIncomplete(error.error) {
        } catch {
          Issue.record("'\(filled)' is refused: \(error)")
        }
      }
    }
    var typed = line
    for argument in spec.arguments {
      for part in argument.parts {
        if let choices = part.kind.choices {
          let offered = Self.completer.candidates(before: typed, prefix: "")
          #expect(offered == choices.words, "'\(typed)' offers the words of \(part.name)")
        }
        typed += (Self.candidates(part.kind).first ?? "x") + " "
      }
    }
  }

  /// Words for the required positional arguments of `spec`.
  func placeholders(_ spec: CommandSpec) -> String {
    spec.arguments.filter { $0.arity == .required }.flatMap(\.parts).map {
      (Self.candidates($0.kind).first ?? "x") + " "
    }.joined()
  }

  @Test func anOptionNameMeansTheSameInEverySubcommand() {
    for command in CommandTable.standard.commands {
      var takesValue: [String: Bool] = [:]
      for option in command.options + command.subcommands.flatMap(\.options) {
        if let known = takesValue[option.name] {
          #expect(known == option.takesValue, "\(command.name) \(option.name)")
        }
        takesValue[option.name] = option.takesValue
      }
    }
  }

  @Test func theParserEnforcesArityAndBindsByName() throws {
    let log = try #require(
      try Self.parser.parse("fieldwork log ordforer@1850 invited --on 2026-03-02"))
    #expect(log.name == "fieldwork log")
    #expect(log.word("SLOT")?.text == "ordforer@1850")
    #expect(log.word("STATUS")?.text == "invited")
    #expect(throws: CommandFailure(.missingArgument("a status", command: "fieldwork log"))) {
      try Self.parser.parse("fieldwork log ordforer@1850")
    }
    #expect(
      throws: CommandFailure(
        .unexpectedArgument("extra", command: "fieldwork show"), column: 30)
    ) {
      try Self.parser.parse("fieldwork show ordforer@1850 extra")
    }
    let export = try #require(try Self.parser.parse("export p1@2 guide --format md"))
    #expect(export.word("ID[@V]")?.text == "p1@2")
    #expect(export.subcommand?.name == "guide")
  }

  @Test func closedValuesAcceptNorwegianWordsAndSuggestTheNearest() throws {
    let line = try #require(
      try Self.parser.parse("fieldwork interview ordforer@1850 --mode telefon --consent skriftlig"))
    #expect(line.value("--mode") == "telephone")
    #expect(line.value("--consent") == "written")
    #expect(
      throws: CommandFailure(
        .invalidChoice(
          "intervewed", for: "status", choices: FieldworkStatus.allCases.map(\.rawValue),
          suggestion: "interviewed"), column: 29)
    ) {
      try Self.parser.parse("fieldwork log ordforer@1850 intervewed")
    }
  }

  @Test func anOptionOfAnotherSubcommandIsRefusedWithWhatThisOneTakes() throws {
    #expect(
      throws: CommandFailure(
        .unknownOption("--bogus", command: "fieldwork plan", suggestion: nil), column: 16)
    ) {
      try Self.parser.parse("fieldwork plan --bogus")
    }
    #expect(
      throws: CommandFailure(
        .unknownOption("--by", command: "export guide", suggestion: nil), column: 26)
    ) {
      try Self.parser.parse("export guide --format md --by status")
    }
  }

  /// No handler in the command language decides by comparing words: sub-commands, formats and
  /// values are declared, so no `switch` or `case` over a word's text remains.
  @Test func noHandlerSwitchesOverWords() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Sources/StudyplanREPL").standardizedFileURL
    let files = try #require(FileManager.default.enumerator(atPath: root.path))
      .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
    #expect(files.count > 20)
    let wordCase = try Regex(#"case "[a-z][a-z0-9-]+""#)
    let wordSwitch = try Regex(#"switch [^{]*(\.text|lowercased\(\)|value\(")"#)
    for file in files {
      let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
      for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
        .enumerated()
      {
        #expect(
          line.firstMatch(of: wordCase) == nil && line.firstMatch(of: wordSwitch) == nil,
          "\(file):\(number + 1): \(line)")
      }
    }
  }
}
