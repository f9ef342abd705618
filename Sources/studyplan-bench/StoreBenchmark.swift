import Foundation
import GRDB
import StudyplanCore

/// The store at 10 000 protocols × 10 versions: list, search, open and save.
///
/// The filled store is kept in `.build/bench-store-v1.sqlite` and reused, since filling it takes
/// a while. Each operation is timed through the public API, next to the same SQL run raw through
/// GRDB on the same file (the floor the store's own work adds to).
enum StoreBenchmark {
  static let protocols = 10_000
  static let versions = 10

  /// The filled store, kept between runs.
  static let path = ".build/bench-store-v1.sqlite"

  static func run() throws -> [BenchmarkResult] {
    let store = try filledStore(at: path)
    let raw = try DatabaseQueue(path: path)

    let list = try Measure.median(runs: 15) { _ = try store.list() }
    let listRaw = try Measure.median(runs: 15) {
      _ = try raw.read { db in
        try Row.fetchAll(
          db,
          sql: """
            SELECT number, headVersion, headTitle, headStatus, headModel, headSavedAt FROM protocol
            WHERE headVersion > 0 ORDER BY headSavedAt DESC, number DESC
            """)
      }
    }
    let search = try Measure.median(runs: 15) { _ = try store.list(matching: "sentralitet") }
    var index = 0
    let open = try Measure.median(runs: 101) {
      index += 97
      _ = try store.head(of: ProtocolID.make(Int64(index % protocols + 1)))
    }
    var saveIndex = 0
    let save = try Measure.median(runs: 51) {
      saveIndex += 1
      let id = ProtocolID.make(Int64(saveIndex))
      let head = try store.head(of: id)
      var document = head.document
      document.purpose += " (bench)"
      _ = try store.saveVersion(
        of: id, document, expectedHead: head.reference.version, note: "bench", at: Date())
    }
    print(
      "store 10k×10: list \(Measure.ms(list)) (raw SQL \(Measure.ms(listRaw))), search \(Measure.ms(search)),"
        + " open \(Measure.ms(open)), save \(Measure.ms(save))")
    return [
      BenchmarkResult(
        name: "store: list 10 000 protocols", value: list * 1000, unit: "ms", peer: "same SQL raw",
        peerValue: listRaw * 1000, ratio: list / listRaw, target: "≤ 20 ms",
        meetsTarget: list <= 0.020),
      BenchmarkResult(
        name: "store: full-text search", value: search * 1000, unit: "ms", peer: nil,
        peerValue: nil,
        ratio: nil, target: "≤ 20 ms", meetsTarget: search <= 0.020),
      BenchmarkResult(
        name: "store: open a protocol", value: open * 1000, unit: "ms", peer: nil, peerValue: nil,
        ratio: nil, target: "≤ 5 ms", meetsTarget: open <= 0.005),
      BenchmarkResult(
        name: "store: save a version", value: save * 1000, unit: "ms", peer: nil, peerValue: nil,
        ratio: nil, target: "(none set)", meetsTarget: true),
    ]
  }

  static func filledStore(at path: String) throws -> ProtocolStore {
    let store = try ProtocolStore(path: path)
    let existing = try store.list().count
    guard existing < protocols else { return store }
    print("filling \(path) with \(protocols) protocols × \(versions) versions (once)…")
    let words = [
      "sentralitet", "kommunereform", "byregion", "næringsutvikling", "samarbeid", "distrikt",
    ]
    for number in existing..<protocols {
      var document = StudyProtocol(
        title: "Study \(number) of \(words[number % words.count])",
        purpose: "Follow-up \(number): \(words[(number / 7) % words.count]) in small municipalities"
      )
      let first = try store.createProtocol(document, note: "v1", at: Date())
      for version in 2...versions {
        document.purpose += " v\(version)"
        _ = try store.saveVersion(
          of: first.reference.id, document, expectedHead: version - 1, note: "v\(version)",
          at: Date())
      }
    }
    return store
  }
}
