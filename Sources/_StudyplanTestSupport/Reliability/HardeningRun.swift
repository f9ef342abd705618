import Foundation
import GRDB
import StudyplanCore
import StudyplanREPL

/// The scenarios of issue 16, for `make reliability` (full size) and `make test` (shortened):
/// boundary-number and duplicate-id imports, output to a full device and a closed pipe, exports
/// over special files and links, a superseded store, and hostile text through every free-text
/// field and through import.
///
/// Each scenario counts its cases and lists the rule breaks; a run passes with none.
public struct HardeningRun: Sendable {
  /// The built binary.
  public var binary: String

  public init(binary: String) {
    self.binary = binary
  }

  /// The figures of one scenario.
  public struct Report: Sendable {
    public var cases = 0
    public var failures: [String] = []
    public var seconds = 0.0
    public var passed: Bool { failures.isEmpty && cases > 0 }
  }

  private static func measure(_ body: (inout Report) throws -> Void) rethrows -> Report {
    let started = Date()
    var report = Report()
    try body(&report)
    report.seconds = Date().timeIntervalSince(started)
    return report
  }

  // MARK: - Boundary imports

  /// Every number a protocol stores, set to each boundary value, and every id list given a
  /// duplicate: each file must be refused with one error line naming `$.protocol.…`, and the
  /// store must be unchanged. `copies` repeats the set with other duplicated entries.
  public func boundaryImports(copies: Int = 1) throws -> Report {
    try Self.measure { report in
      let sandbox = try FuzzSandbox()
      defer { sandbox.remove() }
      let base = try Self.fullProtocolTree()
      var files: [(String, [String: Any])] = []
      let boundaries = [Int.max, Int.min, -1, 0, 1_000_001, Int(Int32.max) + 1]
      for (path, value) in boundaries.flatMap({ value in Self.numberPaths.map { ($0, value) } })
      where !Self.allowed(path: path, value: value) {
        files.append(("\(path) = \(value)", try Self.setting(path, to: value, in: base)))
      }
      for copy in 0..<max(1, copies) {
        for list in ["protocol.questions", "protocol.roles", "protocol.guide.sections"] {
          files.append(
            ("duplicate in \(list) #\(copy)", try Self.duplicating(list, copy, in: base)))
        }
        files.append(
          (
            "duplicate guide question #\(copy)",
            try Self.duplicating("protocol.guide.sections.\(1 + copy % 3).questions", 0, in: base)
          ))
      }
      for id in ["../../etc", "Ordfører", "", "a b", "x/y"] {
        files.append(
          (
            "role id \(id.debugDescription)",
            try Self.setting("protocol.roles.0.id", to: id, in: base)
          ))
      }
      for unit in ["9999", "0000", "1850x", ""] {
        files.append(
          (
            "sample unit \(unit.debugDescription)",
            try Self.setting("protocol.sample.units.0.kommunenummer", to: unit, in: base)
          ))
      }
      for (name, tree) in files {
        report.cases += 1
        let file = sandbox.folder.appendingPathComponent("boundary.json")
        try JSONSerialization.data(withJSONObject: tree).write(to: file)
        let store = try ProtocolStore()
        let session = try makeTestSession(store: store)
        let terminal = ScriptedTerminal(input: ["import \(file.path)"])
        var repl = REPL(session: session, terminal: terminal, source: .standardInput)
        let status = repl.run()
        let lines = terminal.errors.split(separator: "\n")
        let stored = try store.list().count
        if status == .success || lines.count != 1 || !terminal.errors.contains("at $.protocol.")
          || stored != 0
        {
          report.failures.append(
            "\(name): \(status) \(terminal.errors.prefix(200).debugDescription)")
        }
      }
    }
  }

  /// The numeric fields of a full protocol, as dotted paths (array indices as numbers).
  static let numberPaths = [
    "protocol.guide.targetMinutes", "protocol.guide.revision", "protocol.guide.nextQuestionNumber",
    "protocol.guide.sections.1.minutes", "protocol.guide.sections.1.questions.0.minutes",
    "protocol.guide.sections.3.questions.0.minutes",
    "protocol.sample.plan.requestedSize", "protocol.sample.plan.eligibleCount",
    "protocol.sample.plan.unjudgedCount", "protocol.sample.units.0.drawOrder",
  ]

  /// Whether `value` is one the commands could store at `path` (not a boundary case there).
  static func allowed(path: String, value: Int) -> Bool {
    if path.hasSuffix("inutes") { return StudyProtocol.Limits.minutes.contains(value) }
    if path.hasSuffix("revision") || path.hasSuffix("nextQuestionNumber") {
      // The next number must also stay above every question's: 0 and 1 are below.
      return value > 1_000 && StudyProtocol.Limits.counter.contains(value)
    }
    return StudyProtocol.Limits.sampleNumber.contains(value)
  }

  static func fullProtocolTree() throws -> [String: Any] {
    guard let document = FuzzSandbox.fullProtocol else {
      throw ReliabilityError.setupFailed("the full protocol could not be made")
    }
    let data = try ProtocolJSON.encode(document)
    guard let tree = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw ReliabilityError.setupFailed("the full protocol is not a JSON object")
    }
    return tree
  }

  /// `tree` with the value at a dotted path replaced.
  static func setting(_ path: String, to value: Any, in tree: [String: Any]) throws
    -> [String: Any]
  {
    guard
      let result = edit(tree, path.split(separator: ".").map(String.init)[...], { _ in value })
        as? [String: Any]
    else { throw ReliabilityError.setupFailed("no \(path) in the full protocol") }
    return result
  }

  /// `tree` with the array at `path` holding a second copy of its entry `index`.
  static func duplicating(_ path: String, _ index: Int, in tree: [String: Any]) throws
    -> [String: Any]
  {
    guard
      let result = edit(
        tree, path.split(separator: ".").map(String.init)[...],
        { node in
          guard var list = node as? [Any], !list.isEmpty else { return node }
          list.append(list[index % list.count])
          return list
        }) as? [String: Any]
    else { throw ReliabilityError.setupFailed("no \(path) in the full protocol") }
    return result
  }

  private static func edit(_ node: Any, _ path: ArraySlice<String>, _ change: (Any) -> Any) -> Any?
  {
    guard let key = path.first else { return change(node) }
    if var object = node as? [String: Any], let child = object[key] {
      guard let edited = edit(child, path.dropFirst(), change) else { return nil }
      object[key] = edited
      return object
    }
    if var array = node as? [Any], let index = Int(key), array.indices.contains(index) {
      guard let edited = edit(array[index], path.dropFirst(), change) else { return nil }
      array[index] = edited
      return array
    }
    return nil
  }

  // MARK: - Output faults

  /// Commands whose output goes to `/dev/full` and to a closed pipe with SIGPIPE ignored:
  /// each must end with exit 3 and one `error:` line, never a trap or a signal.
  public func outputFaults(rounds: Int = 1) throws -> Report {
    try Self.measure { report in
      let home = try BuiltBinary.makeHome()
      defer { try? FileManager.default.removeItem(at: home) }
      let db = home.appendingPathComponent("s.sqlite").path
      _ = try BuiltBinary.run(["--db", db, "-c", "new \"Out\"", "-c", "save"], home: home)
      let commands = [
        "show p1", "list", "history p1", "help", "questions", "frame", "templates",
        "export p1 protocol --format json", "--version", "doctor",
      ]
      for _ in 0..<max(1, rounds) {
        for command in commands {
          for (name, redirect) in [
            ("/dev/full", "> /dev/full"),
            ("closed pipe", "| (exec 0<&-; true)"),
          ] {
            report.cases += 1
            let script =
              "trap '' PIPE; '\(binary)' --db '\(db)' \(command) \(redirect); exit ${PIPESTATUS[0]}"
            let result = try BuiltBinary.runProgram(
              "/bin/bash", ["-c", script],
              environment: ["HOME": home.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"])
            let lines = result.errors.split(separator: "\n")
            let oneError =
              result.status == 3 && lines.count == 1
              && lines[0].hasPrefix("error: could not write to standard output")
            // A closed pipe may also take the whole output before the reader is gone.
            let fitted = name == "closed pipe" && result.status == 0 && result.errors.isEmpty
            if !oneError && !fitted {
              report.failures.append(
                "\(command) \(name): exit \(result.status), \(result.errors.prefix(200).debugDescription)"
              )
            }
          }
        }
      }
    }
  }

  // MARK: - Exports over special files

  /// Exports onto a symlink, a dangling symlink, a device, a FIFO nobody reads and a folder,
  /// with and without `--force`: the link or special file must still be there afterwards, and
  /// a refusal must be one error line.
  public func specialFileExports() throws -> Report {
    try Self.measure { report in
      let home = try BuiltBinary.makeHome()
      defer { try? FileManager.default.removeItem(at: home) }
      let db = home.appendingPathComponent("s.sqlite").path
      _ = try BuiltBinary.run(["--db", db, "-c", "new \"Out\"", "-c", "save"], home: home)
      let manager = FileManager.default
      for force in [false, true] {
        let folder = home.appendingPathComponent(force ? "forced" : "plain")
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: folder.appendingPathComponent("target.txt"))
        try manager.createSymbolicLink(
          atPath: folder.appendingPathComponent("link").path, withDestinationPath: "target.txt")
        try manager.createSymbolicLink(
          atPath: folder.appendingPathComponent("dangling").path, withDestinationPath: "gone.txt")
        try manager.createSymbolicLink(
          atPath: folder.appendingPathComponent("to-null").path, withDestinationPath: "/dev/null")
        mkfifo(folder.appendingPathComponent("fifo").path, 0o600)
        try manager.createDirectory(
          at: folder.appendingPathComponent("dir"), withIntermediateDirectories: true)
        let targets = ["link", "dangling", "to-null", "fifo", "dir", "/dev/null", "/dev/full"]
        for target in targets {
          report.cases += 1
          let path = target.hasPrefix("/") ? target : folder.appendingPathComponent(target).path
          var before = stat()
          lstat(path, &before)
          let result = try BuiltBinary.run(
            ["--db", db, "export", "p1", "protocol", "--format", "json", "-o", path]
              + (force ? ["--force"] : []), home: home)
          var after = stat()
          lstat(path, &after)
          if (before.st_mode & S_IFMT) != (after.st_mode & S_IFMT) || before.st_ino != after.st_ino
          {
            report.failures.append("\(target) (force: \(force)) was replaced")
          }
          if result.status != 0, result.errors.split(separator: "\n").count != 1 {
            report.failures.append("\(target) (force: \(force)): \(result.errors.debugDescription)")
          }
        }
      }
    }
  }

  // MARK: - Superseded store

  /// A store from a newer studyplan (a future migration, a higher `user_version`) under every
  /// kind of command: each refused with exit 3, the file byte-identical afterwards.
  public func supersededStores() throws -> Report {
    try Self.measure { report in
      let commands = [
        "list", "show p1", "open p1", "new \"X\"", "history p1", "delete p1 --yes",
        "export p1 protocol --format json", "doctor", "data sources",
      ]
      for marker in ["grdb_migrations", "user_version"] {
        let home = try BuiltBinary.makeHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let db = home.appendingPathComponent("s.sqlite").path
        _ = try BuiltBinary.run(["--db", db, "-c", "new \"Old\"", "-c", "save"], home: home)
        try Self.supersede(db, by: marker)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: db))
        for command in commands {
          report.cases += 1
          let result = try BuiltBinary.run(["--db", db, "-c", command, "-c", "save"], home: home)
          let said = result.output + result.errors
          if result.status != 3 || !said.contains("written by a newer studyplan") {
            report.failures.append(
              "\(marker): \(command): exit \(result.status) \(result.errors.prefix(200))")
          }
          if try Data(contentsOf: URL(fileURLWithPath: db)) != bytes {
            report.failures.append("\(marker): \(command) changed the file")
          }
        }
      }
    }
  }

  /// Marks the store at `path` as written by a newer studyplan.
  static func supersede(_ path: String, by marker: String) throws {
    let queue = try DatabaseQueue(path: path)
    try queue.writeWithoutTransaction { db in
      try db.execute(
        sql: marker == "grdb_migrations"
          ? "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from a newer studyplan')"
          : "PRAGMA user_version = 99")
    }
    try queue.close()
  }

  // MARK: - Hostile text

  /// Terminal control sequences and personal data through every free-text field a command
  /// fills, and through import: printed escaped, and warned about where the rule says.
  public func hostileText() throws -> Report {
    try Self.measure { report in
      for field in FreeTextProbe.fields {
        for text in FreeTextProbe.controlTexts {
          report.cases += 1
          let (terminal, _, _) = try runScript(
            [#"new "Hostile""#] + field.set(text) + field.show + ["quit --discard"])
          if let raw = FreeTextProbe.rawControl(in: terminal) {
            report.failures.append("\(field.name): printed raw \(raw)")
          }
        }
        for (sample, pattern) in FreeTextProbe.personalData {
          report.cases += 1
          let (terminal, _, _) = try runScript(
            [#"new "Data""#] + field.set("ring \(sample) i dag") + ["quit --discard"])
          if !terminal.errors.contains(pattern.rawValue) {
            report.failures.append("\(field.name): \(sample) not reported as \(pattern.rawValue)")
          }
        }
      }
      let sandbox = try FuzzSandbox()
      defer { sandbox.remove() }
      for text in FreeTextProbe.controlTexts {
        report.cases += 1
        var document = StudyProtocol(title: "Imported", purpose: "ring 912 34 567 " + text)
        document.questions = [
          ProtocolQuestion.own(
            id: "own-1", text: text,
            dimensions: QuestionDimensions(unit: .both, comparison: .forms))
        ]
        let file = sandbox.folder.appendingPathComponent("hostile.json")
        try ProtocolJSON.encode(document).write(to: file)
        let (terminal, _, status) = try runScript(["import \(file.path)", "show p1"])
        if status != .success || !terminal.errors.contains("a phone number") {
          report.failures.append(
            "import: \(status), \(terminal.errors.prefix(200).debugDescription)")
        }
        if let raw = FreeTextProbe.rawControl(in: terminal) {
          report.failures.append("import: printed raw \(raw)")
        }
      }
    }
  }
}

/// The free-text fields a command fills, with hostile texts to put through them; shared by the
/// harness and the tests.
public enum FreeTextProbe {
  /// A field: how to set it to a text, and commands that show it.
  public struct Field: Sendable {
    public var name: String
    public var set: @Sendable (String) -> [String]
    public var show: [String]
  }

  /// Every free-text field a command fills. A new field (see `StudyProtocol.freeTextFields`)
  /// joins here with the command that sets it and one that shows it.
  public static let fields: [Field] = [
    Field(name: "purpose", set: { [#"new "P" --purpose "\#($0)" --discard"#] }, show: ["show"]),
    Field(
      name: "purpose command", set: { [#"purpose "\#($0)""#, #"purpose "\#($0)" --lang en"#] },
      show: ["purpose", "show"]),
    Field(
      name: "reported source",
      set: { [#"fieldwork reported --contacted 2 --interviewed 1 --source "\#($0)""#] },
      show: ["fieldwork reported"]),
    Field(
      name: "research question", set: { [#"ask "\#($0)" --unit both --compare forms"#] },
      show: ["show", "map"]),
    Field(
      name: "model justification",
      set: { [#"ask "Own q" --unit both --compare forms"#, #"model 1 --because "\#($0)""#] },
      show: ["show", "model"]),
    Field(name: "role name", set: { [#"roles add "\#($0)" --custom"#] }, show: ["roles", "show"]),
    Field(
      name: "guide question", set: { ["guide build --length 45", #"guide add closing "\#($0)""#] },
      show: ["guide"]),
    Field(
      name: "probe", set: { ["guide build --length 45", #"guide probe q1 "\#($0)""#] },
      show: ["guide"]),
    Field(
      name: "guide section title",
      set: { ["guide build --length 45", #"guide rename closing "\#($0)""#] }, show: ["guide"]),
    Field(name: "consent purpose", set: { [#"consent purpose "\#($0)""#] }, show: ["consent"]),
    Field(
      name: "save note", set: { ["save", #"rename "Q""#, #"save --note "\#($0)""#] },
      show: ["history"]),
    Field(
      name: "purposive reason", set: { [#"sample --design purposive 1850 "\#($0)""#] },
      show: ["export sample --format csv"]),
    Field(name: "methods field", set: { [#"methods piloting "\#($0)""#] }, show: ["methods"]),
  ]

  /// OSC (window title), CSI (clear screen), the one-byte C1 CSI, U+202E, raw BEL and NUL.
  public static let controlTexts = [
    "A\u{1B}]0;pwned\u{07}B", "C\u{1B}[2JD", "E\u{9B}31mF", "G\u{202E}H", "I\u{07}J\u{01}K",
  ]

  /// Personal data each field's scan must report, and how.
  public static let personalData: [(String, PersonalDataPattern)] = [
    ("912-34-567", .phone), ("912 34 567", .phone), ("010190-12345", .nationalIdentityNumber),
    ("01019012345", .nationalIdentityNumber), ("kari(at)kommune.no", .email),
    ("kari@kommune.no", .email),
  ]

  /// A raw control character in what the terminal printed (input lines, echoed as typed, left
  /// out), described; `nil` when there is none.
  public static func rawControl(in terminal: ScriptedTerminal) -> String? {
    let printed = terminal.transcript.split(separator: "\n").filter { !$0.hasPrefix("> ") }
    for line in printed {
      if let scalar = line.unicodeScalars.first(where: FreeText.isUnsafe) {
        return scalar.escaped(asASCII: true) + " in " + String(line.prefix(80)).debugDescription
      }
    }
    return nil
  }
}
