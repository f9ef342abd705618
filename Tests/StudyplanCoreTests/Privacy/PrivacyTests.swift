import Foundation
import GRDB
import Testing
import _StudyplanTestSupport

@testable import StudyplanCore

/// A protocol holds roles, never people: nothing in the store's schema or in the exchange format
/// is meant for an informant's name or contact details.
@Suite struct PrivacyTests {
  /// Words that mark a place for personal data. A role's own name (`roles[].name`, "ordfører") and
  /// a municipality's name in a sample are allowed by path, below.
  static let deniedWords = [
    "name", "navn", "email", "epost", "e_post", "mail", "phone", "telefon", "mobil", "person",
    "informant_name", "informantname", "fodsel", "birth", "address", "adresse",
  ]

  /// JSON paths (array indices written `[]`) whose key looks personal but is not about a person.
  static let allowedPaths: Set<String> = [
    "$.protocol.roles[].name",  // the role's name: "ordfører", never a person's
    "$.protocol.sample.units[].name",  // a municipality's name
    "$.protocol.sample.reserves[].units[].name",  // a municipality's name
  ]

  static func isDenied(_ key: String) -> Bool {
    let lowered = key.lowercased()
    return deniedWords.contains { lowered.contains($0) }
  }

  @Test func noTableOrColumnOfTheMigratedStoreIsMeantForAPersonsName() throws {
    let store = try ProtocolStore()
    let schema = try store.writer.read { db -> [String: [String]] in
      let tables = try String.fetchAll(
        db,
        sql:
          "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'"
      )
      var columns: [String: [String]] = [:]
      for table in tables { columns[table] = try db.columns(in: table).map(\.name) }
      return columns
    }
    #expect(schema["protocolVersion"] != nil, "the schema was not read")
    for (table, columns) in schema {
      #expect(!Self.isDenied(table), "table '\(table)' looks meant for personal data")
      for column in columns {
        #expect(!Self.isDenied(column), "column '\(table).\(column)' looks meant for personal data")
      }
    }
  }

  @Test func noFieldOfAnExportedProtocolIsMeantForAPersonsName() throws {
    let data = try ProtocolJSON.encode(FuzzSandbox.richProtocol)
    let tree = try JSONSerialization.jsonObject(with: data)
    let paths = Self.keyPaths(in: tree)
    #expect(
      paths.contains("$.protocol.roles[].name"), "the export has no roles: the test proves little")
    for path in paths {
      guard let key = path.split(separator: ".").last.map({ String($0.prefix { $0 != "[" }) }),
        Self.isDenied(key)
      else { continue }
      #expect(
        Self.allowedPaths.contains(path),
        "'\(path)' looks meant for personal data; if it is not about a person, allow it here with a reason"
      )
    }
  }

  @Test func theDenyListCatchesTheFieldsItIsFor() {
    for key in [
      "name", "informant_name", "informantName", "navn", "email", "telefon", "phone",
      "contactPerson",
    ] {
      #expect(Self.isDenied(key))
    }
    for key in ["title", "purpose", "roles", "id", "aliases", "language", "note"] {
      #expect(!Self.isDenied(key))
    }
  }

  /// Every key path in a JSON tree, array indices collapsed to `[]`.
  static func keyPaths(in tree: Any, prefix: String = "$") -> Set<String> {
    var paths: Set<String> = []
    if let object = tree as? [String: Any] {
      for (key, value) in object {
        paths.insert("\(prefix).\(key)")
        paths.formUnion(keyPaths(in: value, prefix: "\(prefix).\(key)"))
      }
    } else if let array = tree as? [Any] {
      for value in array { paths.formUnion(keyPaths(in: value, prefix: "\(prefix)[]")) }
    }
    return paths
  }
}
