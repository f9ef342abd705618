import StudyplanREPL

/// Generates command lines for the fuzzer from the command table: garbage, and every command
/// with wrong, missing and extra arguments and options.
///
/// Nothing is hard-coded about particular commands: names, options and argument kinds come from
/// the table, so a command added to ``CommandTable/standard`` is fuzzed as soon as it is merged.
/// Paths are drawn only from files inside the fuzzer's sandbox folder, so no generated line can
/// read a device or write outside it.
public struct CommandLineGenerator: Sendable {
  /// The commands whose lines are generated.
  public var table: CommandTable
  /// The seed every line is derived from.
  public var seed: UInt64
  /// Real values for argument kinds (catalogue ids, roles, municipalities), from the completion
  /// source, so lines get past the first check as often as they fail it.
  public var knownValues: [ArgumentKind: [String]]

  public init(
    table: CommandTable = .standard, seed: UInt64, knownValues: [ArgumentKind: [String]] = [:]
  ) {
    self.table = table
    self.seed = seed
    self.knownValues = knownValues
  }

  /// A generator whose known values come from `table`'s live completion source over `session`'s
  /// store and the fully filled protocol (paths excepted: those stay inside the sandbox).
  public static func withKnownValues(
    table: CommandTable = .standard, seed: UInt64, session: Session
  ) -> CommandLineGenerator {
    // Guide ids, the protocol's questions and roles come from the protocol with every part.
    let source = CompletionSource.live(
      store: session.environment.store, document: { FuzzSandbox.fullProtocol })
    var kinds: Set<ArgumentKind> = [
      .protocolID, .protocolVersion, .questionID, .role, .municipality,
    ]
    for spec in table.commands.flatMap({ [$0] + $0.subcommands }) {
      kinds.formUnion(spec.arguments.flatMap(\.parts).map(\.kind))
      kinds.formUnion(spec.options.map(\.kind))
    }
    var known: [ArgumentKind: [String]] = [:]
    for kind in kinds {
      switch kind {
      case .path, .choices, .suggested, .text, .command: continue
      default: known[kind] = source.candidates(kind).sorted()
      }
    }
    return CommandLineGenerator(table: table, seed: seed, knownValues: known)
  }

  /// Files the sandbox holds (see ``FuzzSandbox``), and names that are not there.
  static let paths = [
    "valid.json", "broken.json", "empty.txt", "folder", "folder/", "missing.json", "out.json",
    "out.md", "folder/out.json", "no-such-folder/out.json", "", " ", "valid.json.", "VALID.JSON",
    "rows.csv", "ünï cødé.json",
  ]

  static let protocolIDs = [
    "p1", "p2", "p3", "p4", "P1", "p0", "p-1", "p", "pp1", "p1.5", "p١", "p 1", "q1", "1",
    "p99999999999999999999", "p9223372036854775807", "p9223372036854775808", "",
  ]

  static let versions = [
    "p1@1", "p1@2", "p1@3", "p2@1", "p1@0", "p1@-1", "p1@", "@1", "@", "p1@@2", "p1@2@3",
    "p1@99999999999999999999", "p1@9223372036854775807", "p1@١", "p1@1.0", "p1@ 2", "P2@1",
  ]

  static let texts = [
    "Title", "", " ", "a b c", "Reform follow-up", "ærlig østlig ål", "-", "--", "---x", "0", "-1",
    "1e99", "99999999999999999999", "NaN", "null", "true", "'", "\"", "\\", "$HOME", "*", "?",
    "%s%n", "{{x}}", "<script>", "DROP TABLE protocol;", "p1@1", "\u{0}", "\u{7}\u{1B}[2J",
    "\u{202E}evil", "🧪👩‍🔬", "e\u{301}", "\u{FEFF}", "line\u{2028}sep", "tab\there",
    String(repeating: "x", count: 201), String(repeating: "ø", count: 1000),
  ]

  /// Filter expressions, valid and broken, for arguments of kind `.frameFilter`.
  static let filters = [
    "centrality in 5,6", "reform = merged", "centrality = 6 and reform = unchanged",
    "centrality in",
    "(", ")", "centrality = = 5", "centrality in 5,,6", "nosuchfield = 1",
    "centrality > 99999999999",
    "centrality in 5 and", "not", "\"", "centrality = '5", "a or b or c", "centrality ≥ 5",
    String(repeating: "(", count: 5_000),
    String(repeating: "centrality = 5 and ", count: 500) + "x = 1",
  ]

  static let numbers = [
    "0", "1", "2", "3", "5", "10", "100", "-1", "-0", "+1", "1.5", "1e3", "0x10", "١", "007",
    "9223372036854775807", "9223372036854775808", "-9223372036854775809",
    "99999999999999999999999999", "", "one",
  ]

  /// Line `index` of the run: the same text for the same seed and index.
  public func line(_ index: Int) -> String {
    var random = SeededGenerator(seed: seed, item: index)
    let roll = random.int(0...99)
    let line: String
    switch roll {
    case 0..<7: line = randomBytes(&random)
    case 7..<14: line = randomUnicode(&random)
    case 14..<16: line = longLine(&random)
    case 16..<26: line = unbalanced(command(&random), &random)
    case 26..<36: line = mutated(command(&random), &random)
    case 36..<56: line = example(&random)
    default: line = command(&random)
    }
    // A terminal never hands the REPL a newline: the line ends there.
    return String(line.unicodeScalars.filter { $0 != "\n" }.map(Character.init))
  }

  // MARK: - Garbage

  private func randomBytes(_ random: inout SeededGenerator) -> String {
    let count = random.int(0...200)
    let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static let scalarRanges: [ClosedRange<UInt32>] = [
    0x00...0x1F, 0x20...0x7E, 0x7F...0x9F, 0xA0...0x24F, 0x300...0x36F, 0x590...0x6FF,
    0x200B...0x200F, 0x2028...0x202E, 0x3000...0x30FF, 0x4E00...0x4F00, 0xFE00...0xFE0F,
    0xFEFF...0xFEFF, 0xFFF0...0xFFFD, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0xE0000...0xE007F,
    0x10FFF0...0x10FFFD,
  ]

  private func randomUnicode(_ random: inout SeededGenerator) -> String {
    let count = random.int(0...120)
    var scalars = String.UnicodeScalarView()
    for _ in 0..<count {
      let range = random.pick(Self.scalarRanges)
      if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &random)) {
        scalars.append(scalar)
      }
    }
    let text = String(scalars)
    // Half of them start with a real command name, so the parser goes past the first word.
    return random.chance(0.5) ? "\(random.pick(table.names)) \(text)" : text
  }

  private func longLine(_ random: inout SeededGenerator) -> String {
    let name = random.chance(0.8) ? random.pick(table.names) : "x"
    switch random.int(0...3) {
    case 0:
      return name + " " + String(repeating: "a", count: random.int(10_000...200_000))
    case 1:
      return name + String(repeating: " p1", count: random.int(1_000...20_000))
    case 2:
      let option = random.pick(allOptionNames())
      return name + String(repeating: " \(option) 1", count: random.int(1_000...10_000))
    default:
      return name + " \"" + String(repeating: "\\\"", count: random.int(1_000...50_000)) + "\""
    }
  }

  // MARK: - Commands

  private func allOptionNames() -> [String] {
    let names = table.commands.flatMap { [$0] + $0.subcommands }.flatMap {
      $0.options.flatMap { [$0.name] + ($0.shortName.map { [$0] } ?? []) }
    }
    return names.isEmpty ? ["--x"] : names
  }

  /// A command with arguments and options drawn from its spec, often wrong on purpose.
  private func command(_ random: inout SeededGenerator) -> String {
    guard let command = table.commands.isEmpty ? nil : random.pick(table.commands) else {
      return ""
    }
    var words: [String] = [commandName(command.name, &random)]
    var spec = command
    if !command.subcommands.isEmpty, random.chance(0.9) {
      spec = random.pick(command.subcommands)
      words.append(commandName(spec.name, &random))
    }
    let kinds = spec.arguments.flatMap(\.parts).map(\.kind)
    var positional: [String] = []
    let count = random.int(0...(kinds.count + 2))
    for index in 0..<count {
      let kind = kinds.isEmpty ? ArgumentKind.text : kinds[min(index, kinds.count - 1)]
      positional.append(value(for: kind, &random))
    }
    var options: [String] = []
    for option in spec.options where random.chance(0.4) {
      options += optionWords(option, &random)
    }
    if random.chance(0.15) { options.append(random.pick(allOptionNames())) }
    if random.chance(0.1) {
      options.append(random.pick(["--bogus", "-", "--", "-x", "---", "--=", "--yes=no"]))
    }
    if random.chance(0.1), let option = spec.options.first {
      options += optionWords(option, &random) + optionWords(option, &random)
    }
    // Interleave options among the positional words, as people type them.
    for word in options {
      positional.insert(word, at: random.int(0...positional.count))
    }
    words += positional.map { quoteSometimes($0, &random) }
    if random.chance(0.05) { words.append("# a comment \"") }
    return words.joined(separator: random.chance(0.05) ? "  \t " : " ")
  }

  /// One of the table's own examples, valid by design; half of them with one word swapped for a
  /// value that may not fit there.
  private func example(_ random: inout SeededGenerator) -> String {
    let examples = table.commands.flatMap { [$0] + $0.subcommands }.flatMap(\.examples)
    guard !examples.isEmpty else { return command(&random) }
    let line = random.pick(examples)
    guard random.chance(0.5), let words = try? CommandLexer.words(of: line), words.count > 1 else {
      return line
    }
    var texts = words.map(\.text)
    let index = random.int(1...(texts.count - 1))
    let kinds = Array(knownValues.keys).sorted { "\($0)" < "\($1)" }
    texts[index] = value(for: kinds.isEmpty ? .text : random.pick(kinds), &random)
    return texts.map { quoteSometimes($0, &random) }.joined(separator: " ")
  }

  private func commandName(_ name: String, _ random: inout SeededGenerator) -> String {
    switch random.int(0...19) {
    case 0: return name.uppercased()
    case 1: return String(name.dropLast())
    case 2: return name + name.suffix(1)
    case 3: return " " + name
    default: return name
    }
  }

  private func optionWords(_ option: OptionSpec, _ random: inout SeededGenerator) -> [String] {
    let name =
      (option.shortName != nil && random.chance(0.3))
      ? option.shortName ?? option.name : option.name
    guard option.takesValue else {
      // A flag, sometimes given a value it does not take.
      return random.chance(0.15) ? [name, value(for: .text, &random)] : [name]
    }
    switch random.int(0...9) {
    case 0: return [name]  // the value is missing
    case 1: return [name, random.pick(allOptionNames())]  // another option where the value goes
    case 2: return [name + "=" + value(for: option.kind, &random)]
    default: return [name, value(for: option.kind, &random)]
    }
  }

  /// A value for an argument of `kind`: usually plausible, often wrong.
  func value(for kind: ArgumentKind, _ random: inout SeededGenerator) -> String {
    if random.chance(0.1) { return random.pick(Self.texts) }
    if let known = knownValues[kind], !known.isEmpty, random.chance(0.5) {
      return random.pick(known)
    }
    let closed = kind.choices?.words ?? (kind.suggestedWords ?? [])
    if !closed.isEmpty {
      let word = random.pick(closed)
      switch random.int(0...9) {
      case 0: return word.uppercased()
      case 1: return String(word.dropLast())
      case 2: return word + "x"
      default: return word
      }
    }
    switch kind {
    case .command: return random.chance(0.8) ? random.pick(table.names) : "nosuchcommand"
    case .protocolID: return random.pick(Self.protocolIDs)
    case .protocolVersion:
      return random.chance(0.5) ? random.pick(Self.versions) : random.pick(Self.protocolIDs)
    case .path: return random.pick(Self.paths)
    case .frameFilter: return random.pick(Self.filters)
    case .municipality:
      return random.pick(["0301", "1804", "Oslo", "Bodø", "bodo", "9999", "03", "0000", "Agder"])
    case .role:
      return random.pick([
        "ordforer", "ordfører", "radmann", "rådmann", "mayor", "r1", "leader", "x",
      ])
    case .questionID:
      return random.pick(["Q1", "q1", "RQ-1", "A1", "a1", "x9", "1", "Q999", "q-1"])
    default:
      return random.chance(0.4) ? random.pick(Self.numbers) : random.pick(Self.texts)
    }
  }

  private func quoteSometimes(_ word: String, _ random: inout SeededGenerator) -> String {
    let needsQuotes = word.isEmpty || word.contains(where: { " \t\"'\\#".contains($0) })
    if needsQuotes || random.chance(0.2) { return CommandLexer.quote(word) }
    return word
  }

  // MARK: - Broken lines

  private func unbalanced(_ line: String, _ random: inout SeededGenerator) -> String {
    var characters = Array(line)
    let marks = ["\"", "'", "\\", "\"\"", "\\\""]
    for _ in 0...random.int(0...2) {
      characters.insert(contentsOf: random.pick(marks), at: random.int(0...characters.count))
    }
    if random.chance(0.3) { characters.append("\\") }
    return String(characters)
  }

  private func mutated(_ line: String, _ random: inout SeededGenerator) -> String {
    var characters = Array(line)
    // No '~' or '/': a mutated path must stay inside the sandbox.
    let alphabet = Array("ab01@-=\"' #\\.,;:|&$*?{}[]()<>!æøå\u{0}\u{7F}\u{301}€😀")
    for _ in 0...random.int(0...4) {
      switch random.int(0...3) {
      case 0 where !characters.isEmpty:
        characters.remove(at: random.int(0...(characters.count - 1)))
      case 1: characters.insert(random.pick(alphabet), at: random.int(0...characters.count))
      case 2 where !characters.isEmpty:
        characters[random.int(0...(characters.count - 1))] = random.pick(alphabet)
      default:
        if !characters.isEmpty {
          let start = random.int(0...(characters.count - 1))
          let end = min(characters.count, start + random.int(1...8))
          characters.insert(contentsOf: characters[start..<end], at: end)
        }
      }
    }
    return String(characters)
  }
}
