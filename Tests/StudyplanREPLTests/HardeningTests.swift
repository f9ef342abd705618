import Foundation
import StudyplanCore
import StudyplanREPL
import Testing
import _StudyplanTestSupport

/// Issue 16: what a hostile or careless input can do through the commands and `import`.
@Suite struct HardeningTests {
  /// Escape sequences that drive a terminal or turn text around: OSC (sets the window title),
  /// CSI (clears the screen), the one-byte C1 CSI, U+202E, a raw BEL.
  static let hostile = "A\u{1B}]0;pwned\u{07}B\u{1B}[2JC\u{9B}31mD\u{202E}E"

  static func assertNoRawControls(_ text: String, _ comment: Comment? = nil) {
    for scalar in ["\u{1B}", "\u{07}", "\u{9B}", "\u{202E}"] as [Unicode.Scalar] {
      #expect(!text.unicodeScalars.contains(scalar), comment)
    }
  }

  // MARK: - Control characters and personal data through every free-text field

  /// One row per free-text field a command fills (shared with `make reliability`).
  static let fieldsByCommand = FreeTextProbe.fields

  @Test(arguments: 0..<fieldsByCommand.count)
  func controlCharactersInEveryFreeTextFieldArePrintedEscaped(row: Int) throws {
    let field = Self.fieldsByCommand[row]
    let script = [#"new "Hostile""#] + field.set(Self.hostile) + field.show + ["quit --discard"]
    let (terminal, _, _) = try runScript(script)
    // The echoed input lines hold the raw text as typed; nothing printed may.
    let printed = terminal.transcript.split(separator: "\n").filter { !$0.hasPrefix("> ") }
    Self.assertNoRawControls(printed.joined(separator: "\n"), "\(field.name)")
    #expect(terminal.transcript.contains(#"\u{1B}"#), "\(field.name): \(terminal.transcript)")
  }

  @Test func aTitleWithControlCharactersIsRefusedAndTheErrorShowsThemEscaped() throws {
    let (terminal, _, status) = try runScript([#"new "T\#(Self.hostile)""#])
    #expect(status == .usage || status == .commandFailed)
    #expect(terminal.errors.contains(#"\u{1B}]0;pwned"#))
    Self.assertNoRawControls(terminal.errors)
  }

  @Test(
    arguments: 0..<fieldsByCommand.count,
    [
      ("912-34-567", "a phone number"), ("010190-12345", "fødselsnummer"),
      ("kari(at)kommune.no", "an e-mail address"),
    ])
  func personalDataInEveryFreeTextFieldIsWarnedAbout(row: Int, pattern: (String, String)) throws {
    let field = Self.fieldsByCommand[row]
    let script = [#"new "Data""#] + field.set("ring \(pattern.0) i dag") + ["quit --discard"]
    let (terminal, _, _) = try runScript(script)
    #expect(
      terminal.errors.contains("looks like it holds") && terminal.errors.contains(pattern.1),
      "\(field.name) with \(pattern.0): \(terminal.errors)")
  }

  @Test func aFodselsnummerIsReportedAsSuchNotAsAPhoneNumber() {
    #expect(PersonalDataPattern.matches(in: "010190-12345") == [.nationalIdentityNumber])
    #expect(PersonalDataPattern.matches(in: "01019012345") == [.nationalIdentityNumber])
    #expect(PersonalDataPattern.matches(in: "912-34-567") == [.phone])
    #expect(PersonalDataPattern.matches(in: "kari(at)kommune.no") == [.email])
    #expect(PersonalDataPattern.matches(in: "kari [at] kommune.no") == [.email])
    #expect(PersonalDataPattern.matches(in: "from 2019-2020 on").isEmpty)
  }

  @Test func theProjectsOwnContactFieldsAreTheOneException() throws {
    let (terminal, _, _) = try runScript([
      #"new "Contacts""#, #"consent controller "NORCE, post@norceresearch.no, 56 10 70 00""#,
      #"consent project-leader "prosjekt@norceresearch.no""#,
      #"consent dpo "personvern@norceresearch.no""#,
      "quit --discard",
    ])
    #expect(!terminal.errors.contains("looks like"), "\(terminal.errors)")
  }

  @Test func importEscapesAndWarnsAboutWhatItsFileHolds() throws {
    var document = StudyProtocol(title: "Imported", purpose: "ring 912 34 567 " + Self.hostile)
    document.roles = [
      InformantRole(id: "leder", name: LocalizedText(nb: Self.hostile, en: "x"), isCustom: true)
    ]
    let file = try Self.write(try ProtocolJSON.encode(document))
    let (terminal, _, status) = try runScript(["import \(file.path)", "show p1", "roles"] + [])
    #expect(status == .success, "\(terminal.transcript)")
    #expect(terminal.errors.contains("the purpose in"))
    #expect(terminal.errors.contains("a phone number"))
    Self.assertNoRawControls(
      terminal.transcript.replacingOccurrences(of: "import \(file.path)", with: ""))
  }

  @Test func htmlExportsShowControlCharactersInsteadOfPassingThemOn() throws {
    let (terminal, _, _) = try runScript([
      #"new "T" --purpose "a\#u{01}b\#(Self.hostile)""#, "export letter --format html",
      "quit --discard",
    ])
    let html = terminal.output
    #expect(!html.unicodeScalars.contains("\u{01}"))
    Self.assertNoRawControls(html)
  }

  // MARK: - One validation path for import

  /// One change to an exported protocol file.
  enum Edit: Sendable {
    case questionMinutes(Int)
    case guideNumber(String, Int)
    case guideDuplicate, questionsDuplicate, roleDuplicate
    case roleID(String)
    case unit(String)
    case purposeLength(Int)
  }

  /// The boundary files of the issue's items 2 and 6: each refused, located, the store unchanged.
  static let boundaryEdits: [(name: String, expected: String, edit: Edit)] = [
    ("question minutes Int.max", "minutes", .questionMinutes(Int.max)),
    ("negative minutes", "minutes", .questionMinutes(-5)),
    ("targetMinutes Int.min", "targetMinutes", .guideNumber("targetMinutes", Int.min)),
    (
      "nextQuestionNumber Int.max", "nextQuestionNumber",
      .guideNumber("nextQuestionNumber", Int.max)
    ),
    ("revision Int.max", "revision", .guideNumber("revision", Int.max)),
    ("duplicate guide question", "appears twice", .guideDuplicate),
    ("duplicate research question", "appears twice", .questionsDuplicate),
    ("role id ../../etc", "role id", .roleID("../../etc")),
    ("duplicate role", "appears twice", .roleDuplicate),
    ("kommunenummer 9999", "not a unit of the sampling frame", .unit("9999")),
    ("a 20 000-character purpose", "at most", .purposeLength(20_000)),
  ]

  @Test(arguments: 0..<boundaryEdits.count)
  func importingABoundaryFileIsRefusedWithALocatedErrorAndTheStoreUnchanged(row: Int) throws {
    let (name, expected, edit) = Self.boundaryEdits[row]
    let file = try Self.write(try Self.apply(edit, to: try Self.fullProtocolJSON()))
    let store = try ProtocolStore()
    let session = try makeTestSession(store: store)
    let (terminal, _, status) = try runScript(["import \(file.path)"], session: session)
    #expect(status == .commandFailed, "\(name): \(terminal.transcript)")
    #expect(terminal.errors.contains("at $.protocol."), "\(name): \(terminal.errors)")
    #expect(terminal.errors.contains(expected), "\(name): \(terminal.errors)")
    #expect(terminal.errors.split(separator: "\n").count == 1)
    #expect(try store.list().isEmpty, "\(name)")
  }

  @Test func theUneditedBaseOfTheBoundaryFilesImports() throws {
    let file = try Self.write(try Self.fullProtocolJSON())
    let (terminal, _, status) = try runScript(["import \(file.path)", "open p1", "guide", "check"])
    #expect(status == .success, "\(terminal.transcript)")
  }

  @Test func aLineageToAVersionNotInThisStoreIsDroppedWithAWarning() throws {
    var document = StudyProtocol(title: "Cloned elsewhere")
    document.lineage.clonedFrom = VersionReference(id: "p999", version: 7)
    let file = try Self.write(try ProtocolJSON.encode(document))
    let (terminal, session, status) = try runScript(["import \(file.path)"])
    #expect(status == .success)
    #expect(terminal.errors.contains("p999@7, which is not in this store"))
    #expect(try session.environment.store.store().head(of: "p1").document.lineage.clonedFrom == nil)
  }

  @Test func aWrongTypeForSchemaVersionIsReportedAtItsOwnPath() throws {
    let file = try Self.write(
      Data(#"{"format": "studyplan-protocol", "schemaVersion": "1", "protocol": {}}"#.utf8))
    let (terminal, _, _) = try runScript(["import \(file.path)"])
    #expect(terminal.errors.contains("at $.schemaVersion"), "\(terminal.errors)")
  }

  @Test func aStoredVersionWithImpossibleNumbersIsRefusedNotTrappedOn() throws {
    // As a store written before imports were checked holds it.
    var document = StudyProtocol(title: "Old import")
    document.guide = InterviewGuide(
      targetMinutes: 60,
      sections: [
        GuideSection(
          id: "intro", kind: .introduction,
          questions: [
            GuideQuestion(id: "q1", text: LocalizedText(nb: "a", en: "a"), minutes: Int.max)
          ]),
        GuideSection(
          id: "closing", kind: .closing,
          questions: [
            GuideQuestion(id: "q2", text: LocalizedText(nb: "b", en: "b"), minutes: Int.max)
          ]),
      ])
    #expect(document.validationProblem(scope: .storedNumbers) != nil)
    #expect(throws: StudyplanError.self) {
      try ProtocolStore().createProtocol(document, note: "", at: fixedDate)
    }
  }

  // MARK: - list, long inputs

  @Test func listWithPunctuationOnlyFindsNothingAndSucceeds() throws {
    let (terminal, _, status) = try runScript([#"new "A""#, "save", #"list "?""#])
    #expect(status == .success, "\(terminal.transcript)")
    #expect(terminal.output.contains("no protocol matches '?'"))
  }

  @Test func listWithAFiveMegabyteSearchAnswersAndQuotesOnlyAShortPart() throws {
    let words = (0..<1_000_000).map { "w\($0 % 5000)" }.joined(separator: " ")
    #expect(words.utf8.count > 5_000_000)
    let (terminal, _, status) = try runScript([#"new "A""#, "save", "list \(words)"])
    #expect(status == .success)
    #expect(terminal.output.contains("no protocol matches"))
    #expect(terminal.output.count < 2_000)
  }

  @Test func anErrorMessageQuotesAtMostAboutTwoHundredCharactersOfItsInput() throws {
    let long = String(repeating: "x", count: 50_000)
    for line in ["open p\(long)", "\(long)", "roles add \(long)", #"model 7 --because "\#(long)""#]
    {
      let (terminal, _, _) = try runScript([#"new "A""#, line])
      let error = terminal.errors.split(separator: "\n").last.map(String.init) ?? ""
      #expect(error.hasPrefix("error:"))
      #expect(error.count < 900, "\(error.prefix(300))")
    }
  }

  @Test func freeTextHasALengthLimit() throws {
    let long = String(repeating: "y", count: FreeText.maximumLength + 1)
    let (terminal, _, status) = try runScript([#"new "A" --purpose "\#(long)""#, "save"])
    #expect(status == .commandFailed)
    #expect(terminal.errors.contains("protocol.purpose: holds 10001 characters; at most 10000"))
  }

  // MARK: - Drafts, deleted protocols

  @Test func twoSessionsOnOneStoreKeepTheirDraftsApart() throws {
    let store = try ProtocolStore()
    var first = REPL(
      session: try makeTestSession(store: store),
      terminal: ScriptedTerminal(
        input: [#"new "First session""#, #"rename "First, edited""#], isInteractive: true),
      source: .terminal)
    // As if the first session ran in another process that is still running (pid 1 always is).
    first.draftSession = "1-first"
    _ = first.run()
    let secondTerminal = ScriptedTerminal(
      input: [#"new "Second session""#, #"rename "Second, edited""#], isInteractive: true)
    var second = REPL(
      session: try makeTestSession(store: store), terminal: secondTerminal, source: .terminal)
    _ = second.run()
    // The second session was not offered the live first one's draft, and kept its own beside it.
    #expect(!secondTerminal.transcript.contains("Restore them?"))
    let titles = try store.autosavedDrafts().map(\.document.title).sorted()
    #expect(titles == ["First, edited", "Second, edited"])
  }

  @Test func aSaveToAProtocolDeletedElsewhereSaysSoAndSuggestsNoOtherProtocol() throws {
    let store = try ProtocolStore()
    _ = try store.createProtocol(StudyProtocol(title: "Theirs"), note: "", at: fixedDate)
    _ = try store.createProtocol(StudyProtocol(title: "Mine"), note: "", at: fixedDate)
    let session = try makeTestSession(store: store)
    var repl = REPL(session: session, terminal: ScriptedTerminal(input: []), source: .standardInput)
    #expect(repl.execute("open p2") == .success)
    #expect(repl.execute(#"rename "Mine, edited""#) == .success)
    try store.delete("p2")
    let terminal = ScriptedTerminal(input: ["save"])
    var saving = REPL(session: repl.session, terminal: terminal, source: .standardInput)
    _ = saving.run()
    #expect(
      terminal.errors.contains("protocol 'p2' is no longer in the store"), "\(terminal.errors)")
    #expect(!terminal.errors.contains("Did you mean"))
  }

  // MARK: - CSV

  @Test func csvCellsThatLookLikeFormulasAreMadeText() throws {
    let (terminal, _, _) = try runScript([
      #"new "CSV""#,
      #"sample --design purposive 1850 "=HYPERLINK(\"http://x\")" 1804 "-2+3" 1820 "+1""#,
      "export sample --format csv", "quit --discard",
    ])
    #expect(terminal.output.contains(#"'=HYPERLINK"#), "\(terminal.output)")
    #expect(terminal.output.contains("'-2+3"))
    #expect(!terminal.output.contains(",=HYPERLINK"))
  }

  // MARK: - Helpers

  static func write(_ data: Data) throws -> URL {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("studyplan-hardening-\(UUID().uuidString).json")
    try data.write(to: file)
    return file
  }

  /// A protocol with a guide, roles and a sample, exported by the commands.
  static func fullProtocolJSON() throws -> Data {
    let (terminal, _, status) = try runScript(
      FuzzSandbox.fullProtocolScript + ["export protocol --format json", "quit --discard"])
    #expect(status == .success, "\(terminal.errors)")
    let start = try #require(terminal.output.range(of: "{\n")).lowerBound
    return Data(terminal.output[start...].utf8)
  }

  /// Applies `edit` to an exported protocol file.
  static func apply(_ edit: Edit, to data: Data) throws -> Data {
    var root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    var document = try #require(root["protocol"] as? [String: Any])
    var guide = try #require(document["guide"] as? [String: Any])
    var sections = try #require(guide["sections"] as? [[String: Any]])
    let themeIndex = try #require(
      sections.firstIndex { !(($0["questions"] as? [Any]) ?? []).isEmpty })
    var questions = try #require(sections[themeIndex]["questions"] as? [[String: Any]])
    switch edit {
    case .questionMinutes(let minutes):
      questions[0]["minutes"] = minutes
    case .guideNumber(let key, let value):
      guide[key] = value
    case .guideDuplicate:
      questions.append(questions[0])
    case .questionsDuplicate:
      var list = try #require(document["questions"] as? [Any])
      list.append(list[0])
      document["questions"] = list
    case .roleID(let id):
      var roles = try #require(document["roles"] as? [[String: Any]])
      roles[0]["id"] = id
      document["roles"] = roles
    case .roleDuplicate:
      var roles = try #require(document["roles"] as? [Any])
      roles.append(roles[0])
      document["roles"] = roles
    case .unit(let number):
      var sample = try #require(document["sample"] as? [String: Any])
      var units = try #require(sample["units"] as? [[String: Any]])
      units[0]["kommunenummer"] = number
      sample["units"] = units
      document["sample"] = sample
    case .purposeLength(let count):
      document["purpose"] = String(repeating: "x", count: count)
    }
    sections[themeIndex]["questions"] = questions
    guide["sections"] = sections
    document["guide"] = guide
    root["protocol"] = document
    return try JSONSerialization.data(withJSONObject: root)
  }
}
