import Foundation
import StudyplanCore
import _StudyplanTestSupport

@testable import StudyplanREPL

/// A saved protocol with three research questions and three roles, and themes for `guide build`.
enum GuideCommandFixtures {
  static func text(_ nb: String, _ en: String) -> LocalizedText { LocalizedText(nb: nb, en: en) }

  static let themes: [String: [InterviewTheme]] = [
    "rq-kapasitet": [
      InterviewTheme(
        id: "kapasitet", title: text("Kapasitet", "Capacity"),
        mainQuestion: text(
          "Hvordan har samarbeidet påvirket kommunens kraft til utviklingsarbeid?",
          "How has cooperation affected the municipality's strength for development work?"),
        probes: [
          Probe(kind: .specifying, text: text("Har du et eksempel?", "Do you have an example?"))
        ],
        roleIDs: ["ordforer", "naeringssjef"])
    ],
    "rq-nytte": [
      InterviewTheme(
        id: "nytte", title: text("Nytte", "Benefit"),
        mainQuestion: text(
          "Hva fikk kommunen ut av samarbeidet?", "What did the municipality gain?"),
        indirectQuestion: text(
          "Hvordan tror du de minste kommunene vurderer utbyttet?",
          "How do you think the smallest municipalities judge the gain?"),
        probes: [Probe(kind: .probing, text: text("Kan du si mer?", "Could you say more?"))]),
      InterviewTheme(
        id: "nettverk", title: text("Nettverk", "Networks"),
        mainQuestion: text("Hvilke nettverk kom ut av det?", "Which networks came out of it?"),
        probes: [], roleIDs: ["naeringssjef", "prosjektleder"]),
    ],
    "rq-reform": [],
  ]

  static let lookup: @Sendable (String) -> [InterviewTheme] = { themes[$0] ?? [] }

  static let roles = [
    InformantRole(id: "ordforer", name: text("ordfører", "mayor")),
    InformantRole(
      id: "naeringssjef", name: text("næringssjef", "head of business development"),
      aliases: ["næringsansvarlig"]),
    InformantRole(id: "prosjektleder", name: text("prosjektleder", "project leader")),
  ]

  static var document: StudyProtocol {
    StudyProtocol(
      title: "Småkommuner etter reformen", purpose: "Hva små kommuner fikk ut av samarbeid",
      questions: ["rq-kapasitet", "rq-nytte", "rq-reform"].map { ProtocolQuestion(id: $0) },
      roles: roles)
  }

  /// A session whose store holds the fixture as p1, working in a fresh folder.
  static func session() throws -> (session: Session, folder: URL) {
    let store = try ProtocolStore()
    _ = try store.createProtocol(document, note: "fixture", at: fixedDate)
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("studyplan-guide-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let session = Session(
      environment: SessionEnvironment(
        store: StoreHandle(store), now: { fixedDate }, workingDirectory: folder.path,
        timeZone: .gmt))
    return (session, folder)
  }

  /// The standard table with `guide build` reading the fixture themes.
  static let table = CommandTable(
    groups: CommandTable.standard.groups.map { group in
      CommandGroup(
        title: group.title,
        commands: group.commands.map {
          $0.name == "guide" ? CommandTable.guideCommand(themes: lookup) : $0
        })
    })

  /// Runs `lines` on a fresh fixture session.
  static func run(
    _ lines: [String], isInteractive: Bool = false, session: Session? = nil
  ) throws -> (terminal: ScriptedTerminal, session: Session, status: ExitStatus, folder: URL) {
    let fresh = try Self.session()
    let terminal = ScriptedTerminal(input: lines, isInteractive: isInteractive)
    var repl = REPL(
      session: session ?? fresh.session, terminal: terminal,
      source: isInteractive ? .terminal : .standardInput, table: table)
    let status = repl.run()
    let folder = URL(fileURLWithPath: repl.session.environment.workingDirectory)
    return (terminal, repl.session, status, folder)
  }
}
