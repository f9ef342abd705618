import Foundation
import StudyplanCore
import StudyplanREPL

/// A folder and an in-memory store for in-process fuzzing: the files the generated paths name,
/// and a few saved protocols for the generated ids to hit.
public struct FuzzSandbox: Sendable {
  /// The folder relative paths resolve against.
  public let folder: URL

  /// Makes a fresh folder with `valid.json` (an export), `broken.json`, `empty.txt` and `folder/`.
  public init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("studyplan-fuzz-\(UUID().uuidString)")
    let manager = FileManager.default
    try manager.createDirectory(
      at: folder.appendingPathComponent("folder"), withIntermediateDirectories: true)
    try ProtocolJSON.encode(Self.richProtocol).write(
      to: folder.appendingPathComponent("valid.json"))
    try Data("{\"format\": \"studyplan-protocol\", ".utf8)
      .write(to: folder.appendingPathComponent("broken.json"))
    try Data().write(to: folder.appendingPathComponent("empty.txt"))
    try Data("a;b;c\n1;2\n".utf8).write(to: folder.appendingPathComponent("rows.csv"))
  }

  /// Removes the folder.
  public func remove() {
    try? FileManager.default.removeItem(at: folder)
  }

  /// A protocol with every part this build can fill in, for exports and as the fuzzing base.
  public static var richProtocol: StudyProtocol {
    StudyProtocol(
      title: "Reform follow-up in Nordland",
      purpose: "How small municipalities fared after the reform; ærlig østlig ål",
      language: .nb,
      questions: [ProtocolQuestion(id: "Q1"), ProtocolQuestion(id: "Q7")],
      model: ModelChoice(model: .combined, justification: "both views are needed"),
      roles: [
        InformantRole(
          id: "ordforer", name: LocalizedText(nb: "ordfører", en: "mayor"), aliases: ["mayor"]),
        InformantRole(
          id: "radmann", name: LocalizedText(nb: "rådmann", en: "chief executive"), isCustom: true),
      ],
      lineage: Lineage(clonedFrom: VersionReference(id: "p1", version: 2)))
  }

  /// Commands that fill in every part of a protocol: questions, model, roles, sample, guide,
  /// consent. Lines a build does not understand are skipped.
  public static let fullProtocolScript = [
    #"new "Full protocol" --purpose "Everything a planner can fill in""#,
    "ask capacity-expanding-or-limiting",
    #"ask "How do coastal municipalities share planners?" --unit both --compare forms"#,
    #"model 3 --because "both views are needed""#,
    "roles add ordfører rådmann naeringssjef",
    #"roles add "daglig leder i regionråd" --custom"#,
    "sample --suggested capacity-expanding-or-limiting --n 4 --seed 2020",
    "guide build --length 45",
    #"consent controller "NORCE Norwegian Research Centre""#,
    #"consent project-leader "prosjektleder ved instituttet""#,
    "consent legal-basis public-interest",
    "consent end-date 2027-12-31",
    "consent recording audio",
    #"consent project-contact "prosjekt@example.no""#,
    "fieldwork plan",
    "fieldwork log ordforer@5036 invited --on 2026-03-02",
    "fieldwork log ordforer@5036 declined --on 2026-03-09 --reason no-time",
    #"methods piloting "One pilot interview with a former mayor""#,
  ]

  /// The protocol ``fullProtocolScript`` makes with this build's commands, or `nil` when none.
  public static let fullProtocol: StudyProtocol? = {
    guard let store = try? ProtocolStore() else { return nil }
    var session = Session(
      environment: SessionEnvironment(
        store: StoreHandle(store), now: { fixedDate },
        workingDirectory: FileManager.default.temporaryDirectory.path, timeZone: .gmt))
    for line in fullProtocolScript {
      var repl = REPL(
        session: session, terminal: ScriptedTerminal(input: []), source: .standardInput)
      _ = repl.execute(line)
      session = repl.session
    }
    return session.workspace?.document
  }()

  /// Opens a saved protocol in `session` as `open` would (the full one, p1, or none), dropping
  /// whatever was open.
  public func openProtocol(in session: inout Session, choice: Int) {
    let ids = ["p4", "p1", "p4", "p3", ""]
    let id = ids[choice % ids.count]
    guard !id.isEmpty, let store = try? session.environment.store.store(),
      let head = try? store.head(of: id)
    else {
      session.workspace = nil
      return
    }
    session.workspace = Workspace(
      id: id, baseVersion: head.reference.version, document: head.document, isDirty: false)
  }

  /// A session over a fresh in-memory store holding p1 (three versions), p2 (final), p3 and p4
  /// (every part filled in).
  public func makeSession() throws -> Session {
    let store = try ProtocolStore()
    var document = Self.richProtocol
    let first = try store.createProtocol(document, note: "first", at: fixedDate)
    for version in 2...3 {
      document.title = "Reform follow-up, round \(version)"
      _ = try store.saveVersion(
        of: first.reference.id, document, expectedHead: version - 1, note: "", at: fixedDate)
    }
    var final = StudyProtocol(title: "Settled design", purpose: "final")
    final.status = .final
    _ = try store.createProtocol(final, note: "", at: fixedDate)
    _ = try store.createProtocol(StudyProtocol(title: "Third"), note: "", at: fixedDate)
    if let full = Self.fullProtocol {
      _ = try store.createProtocol(full, note: "every part filled in", at: fixedDate)
    }
    return Session(
      environment: SessionEnvironment(
        store: StoreHandle(store), now: { fixedDate }, workingDirectory: folder.path,
        timeZone: .gmt))
  }
}
