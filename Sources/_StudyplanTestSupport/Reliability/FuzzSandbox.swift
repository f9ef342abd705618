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

  /// A session over a fresh in-memory store holding p1 (three versions), p2 (final) and p3.
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
    return Session(
      environment: SessionEnvironment(
        store: StoreHandle(store), now: { fixedDate }, workingDirectory: folder.path))
  }
}
