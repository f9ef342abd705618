import Foundation
import StudyplanCore
import StudyplanREPL
import Testing
import _StudyplanTestSupport

/// Shortened runs of `make reliability`'s fuzzers, so every `make test` meets garbage input.
///
/// The seed is fixed so CI is repeatable; `make reliability SEED=N` replays any seed at full size,
/// and `studyplan-reliability --seed N --print-line I` prints line I of a failing run.
@Suite struct FuzzTests {
  static let seed: UInt64 = 20_261_129
  static let examples = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Examples/data")

  @Test func everyGeneratedCommandLineIsAnsweredBySuccessOrOneErrorLine() throws {
    let report = try CommandFuzzer(seed: Self.seed, lineCount: 3_000).run()
    #expect(report.inputs == 3_000)
    #expect(report.hangs == 0)
    #expect(report.failures.isEmpty, "\(report.failures.joined(separator: "\n"))")
    // Both kinds of answer occur, or the generator only ever tested the error path.
    #expect(report.successes > 100)
    #expect(report.errors > 1_000)
  }

  @Test func theGeneratorReachesEveryCommandAndEveryOptionInTheTable() {
    let generator = CommandLineGenerator(seed: Self.seed)
    let lines = (0..<3_000).map(generator.line)
    let words = Set(lines.flatMap { $0.split(separator: " ").map(String.init) })
    for command in CommandTable.standard.commands {
      #expect(words.contains(command.name), "no generated line starts with '\(command.name)'")
      for option in command.options {
        #expect(
          lines.contains { $0.contains(option.name) },
          "'\(option.name)' of '\(command.name)' never appears")
      }
    }
    #expect(generator.line(1_234) == CommandLineGenerator(seed: Self.seed).line(1_234))
    #expect(generator.line(1_234) != CommandLineGenerator(seed: Self.seed + 1).line(1_234))
  }

  @Test func malformedImportFilesAreRefusedWithOneLocatedErrorAndNothingStored() throws {
    let (json, csv, _) = try ImportFuzzer(
      seed: Self.seed, jsonCount: 300, csvCount: 100, examples: Self.examples
    ).run()
    #expect(json.inputs == 300)
    #expect(json.hangs == 0)
    #expect(json.failures.isEmpty, "\(json.failures.joined(separator: "\n"))")
    #expect(json.errors > 200)
    if let csv {
      #expect(csv.hangs == 0)
      #expect(csv.failures.isEmpty, "\(csv.failures.joined(separator: "\n"))")
    }
  }

  @Test func aMutatedFileIsTheSameForTheSameSeedAndIndex() throws {
    let base = Data("{\"a\": [1, 2, {\"b\": \"c\"}]}".utf8)
    let mutator = FileMutator(base: base, seed: Self.seed)
    for index in 0..<50 {
      #expect(mutator.json(index).data == FileMutator(base: base, seed: Self.seed).json(index).data)
    }
    #expect(Set((0..<50).map { mutator.json($0).data }).count > 30)
  }
}

/// Lines the fuzzer once crashed on, kept so they stay answered by one error line.
@Suite struct FuzzFindingTests {
  @Test(arguments: ["export", "export --format json", "export -o out.json --force"])
  func aLineThatOnceCrashedIsAnsweredByOneErrorLine(line: String) throws {
    let run = try runScript([line])
    #expect(run.status == .usage)
    #expect(
      run.terminal.errors
        == "error: 'export' needs one of 'guide', 'protocol', 'sample', 'letter', 'letter-checklist',"
        + " 'methods', 'fieldwork', 'map', 'package', 'codebook' or 'cases'; see 'help export'"
        + " (at stdin:1)\n")
  }
}

/// Filters that once exhausted the stack (the parser and the evaluator recurse).
@Suite struct FilterDepthFindingTests {
  @Test(arguments: [
    (String(repeating: "(", count: 5_000), "nests more than 100 levels deep"),
    (
      String(repeating: "not ", count: 20_000) + "centrality = 6", "nests more than 100 levels deep"
    ),
    (
      String(repeating: "centrality = 5 and ", count: 50_000) + "centrality = 6",
      "has more than 1000 conditions"
    ),
  ])
  func aFilterTooDeepOrTooLongIsRefusedOnOneLine(filter: String, problem: String) throws {
    let run = try runScript(["frame --filter \"\(filter)\""])
    #expect(run.status == .usage)
    let errors = run.terminal.errors
    #expect(
      errors.hasPrefix("error: filter '") && errors.contains(problem), "\(errors.suffix(200))")
    #expect(errors.filter { $0 == "\n" }.count == 1)
  }

  @Test func aFilterAtTheDepthLimitStillWorks() throws {
    let filter =
      String(repeating: "(", count: 100) + "centrality = 6" + String(repeating: ")", count: 100)
    let run = try runScript(["frame --filter \"\(filter)\""])
    #expect(run.status == .success, "\(run.terminal.errors)")
  }
}

/// Import files the fuzzer once got through or answered badly.
@Suite struct ImportFindingTests {
  /// The valid export with `title` (raw JSON text) in place of its title.
  static func file(title: String) throws -> String {
    let name = "finding-\(UUID().uuidString).json"
    let valid = String(decoding: try ProtocolJSON.encode(StudyProtocol(title: "T")), as: UTF8.self)
    let text = valid.replacingOccurrences(of: #""title" : "T""#, with: #""title" : "# + title)
    try text.write(
      to: FileManager.default.temporaryDirectory.appendingPathComponent(name), atomically: true,
      encoding: .utf8)
    return name
  }

  @Test(arguments: [
    #""""#, #""   ""#, #""\u0000""#, #""a\nb""#, "\"\(String(repeating: "y", count: 201))\"",
  ])
  func aTitleNewWouldRefuseIsRefusedByImportWithItsPlace(title: String) throws {
    let name = try Self.file(title: title)
    let run = try runScript(["import \(name)", "list"])
    #expect(run.status == .commandFailed)
    #expect(
      run.terminal.errors
        == "error: '\(name)' at $.protocol.title: expected one line of 1 to 200 characters;"
        + " nothing was imported (at stdin:1)\n")
    #expect(try run.session.environment.store.store().list().isEmpty)
  }

  @Test func aValueOutsideAnEnumIsNamedOnOneLineWithoutSwiftTypes() throws {
    let name = "finding-\(UUID().uuidString).json"
    let valid = String(decoding: try ProtocolJSON.encode(StudyProtocol(title: "T")), as: UTF8.self)
    try valid.replacingOccurrences(of: #""language" : "nb""#, with: #""language" : "a\nb""#)
      .write(
        to: FileManager.default.temporaryDirectory.appendingPathComponent(name), atomically: true,
        encoding: .utf8)
    let run = try runScript(["import \(name)"])
    #expect(
      run.terminal.errors
        == "error: '\(name)' at $.protocol.language: 'a\\nb' is not one of the values this field"
        + " allows; nothing was imported (at stdin:1)\n")
  }

  @Test func anErrorMessageHoldingALineBreakStaysOneLine() {
    let report = ErrorReport(message: "bad 'a\nb\u{1B}[2J'", column: nil, kind: .commandFailed)
    #expect(
      report.render(line: "", location: "stdin:1", isInteractive: false)
        == "error: bad 'a\\nb\\u{1B}[2J' (at stdin:1)\n")
  }

  @Test(arguments: ["new \"\u{0}\"", "new \"a\u{7}b\"", "rename \"\u{1B}[2J\""])
  func aTitleWithControlCharactersIsRefusedBeforeTheStoreSeesIt(line: String) throws {
    let run = try runScript([#"new "Ok""#, line])
    #expect(run.status == .usage || run.status == .commandFailed)
    #expect(run.terminal.errors.contains("is not a valid title"), "\(run.terminal.errors)")
  }
}
