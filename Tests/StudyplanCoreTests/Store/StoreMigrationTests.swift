import Foundation
import Testing

@testable import StudyplanCore

/// A store written by the first studyplan that shipped (commit 1d6f1af, the first landed
/// release: schema v1 and v2, documents as that build wrote them) opens in today's build with
/// every version, lineage, import and search intact, and takes new saves.
///
/// `Fixtures/Stores/store-first-release.sqlite` was made by running
/// `store-first-release.studyplan` (beside it) through that build; it is never written: each
/// test works on a copy.
@Suite struct StoreMigrationTests {
  static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../Fixtures/Stores/store-first-release.sqlite").standardizedFileURL

  /// A copy of the fixture in a fresh folder, opened by today's store.
  static func openCopy() throws -> (ProtocolStore, URL) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "studyplan-migration-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let copy = folder.appendingPathComponent("store.sqlite")
    try FileManager.default.copyItem(at: fixture, to: copy)
    return (try ProtocolStore(path: copy.path), folder)
  }

  @Test func theFirstReleasesStoreIsMigratedToTodaysSchema() throws {
    let (store, folder) = try Self.openCopy()
    defer { try? FileManager.default.removeItem(at: folder) }
    let health = try store.health()
    #expect(health.integrity == ["ok"])
    #expect(health.appliedMigrations == ProtocolStore.migrations.count)
    // The first release did not count migrations in `user_version` (it reads 0); a store that
    // needs no migration is only read, so the count stays until a migration runs.
    #expect(health.userVersion <= ProtocolStore.migrations.count)
  }

  @Test func everyVersionItsLineageAndItsImportReadBack() throws {
    let (store, folder) = try Self.openCopy()
    defer { try? FileManager.default.removeItem(at: folder) }
    let list = try store.list()
    #expect(list.map(\.id) == ["p3", "p2", "p1"])
    #expect(list.map(\.headVersion) == [1, 2, 3])
    #expect(list.last?.status == .final)
    #expect(try store.history(of: "p1").map(\.note) == ["first draft", "renamed", "settled"])
    let first = try store.version(VersionReference(id: "p1", version: 1)).document
    #expect(first.title == "Reform follow-up in Nordland")
    #expect(first.questions.map(\.id) == ["reform-centrality-shift", "horizontal-versus-vertical"])
    #expect(first.model?.model == .municipalityCentred)
    #expect(first.roles.map(\.id) == ["ordforer", "kommunedirektor"])
    #expect(first.sample?.units.map(\.kommunenummer) == ["0412", "1534", "5036", "1413"])
    #expect(first.sample?.plan.seed == "2020")
    #expect(first.guide?.targetMinutes == 60)
    #expect(first.consent.value(of: .controller) == "NORCE Norwegian Research Centre")
    let followUp = try store.head(of: "p2").document
    #expect(followUp.lineage.followUpOf == VersionReference(id: "p1", version: 2))
    #expect(followUp.questions.last?.id == "own-1")
    #expect(try store.importedDatasets().map(\.kind) == [.cooperations])
    #expect(try store.list(matching: "sentralitet").map(\.id) == ["p3"])
    // Every stored version passes today's validation and exports as JSON.
    for summary in list {
      for version in try store.history(of: summary.id) {
        let document = try store.version(version.reference).document
        #expect(document.validationProblem(knownUnits: nil) == nil, "\(version.reference)")
        _ = try ProtocolJSON.encode(document)
      }
    }
  }

  @Test func aMigratedStoreTakesNewVersions() throws {
    let (store, folder) = try Self.openCopy()
    defer { try? FileManager.default.removeItem(at: folder) }
    var document = try store.head(of: "p3").document
    document.purpose = "Hvordan gikk det med de minst sentrale kommunene?"
    let saved = try store.saveVersion(
      of: "p3", document, expectedHead: 1, note: "after the upgrade", at: Date())
    #expect(saved.reference == VersionReference(id: "p3", version: 2))
    let created = try store.createProtocol(
      StudyProtocol(title: "Ny studie"), note: "", at: Date())
    #expect(created.reference.id == "p4")
  }
}
