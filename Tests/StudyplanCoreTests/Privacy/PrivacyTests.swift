import Foundation
import GRDB
import Testing
import _StudyplanTestSupport

@testable import StudyplanCore

/// A protocol holds roles, never people: nothing in the store's schema or in the exchange format
/// is meant for an informant's name or contact details. (A full protocol built with every command
/// is checked in StudyplanREPLTests/PrivacyExportTests.swift.)
@Suite struct PrivacyTests {
  @Test func noTableOrColumnOfTheMigratedStoreIsMeantForAPersonsName() throws {
    let store = try ProtocolStore()
    let schema = try store.writer.read { db -> [String: [String]] in
      let tables = try String.fetchAll(
        db,
        sql: """
          SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'
          """)
      var columns: [String: [String]] = [:]
      for table in tables { columns[table] = try db.columns(in: table).map(\.name) }
      return columns
    }
    #expect(schema["protocolVersion"] != nil, "the schema was not read")
    for (table, columns) in schema {
      #expect(!PersonalDataKeys.isDenied(table), "table '\(table)' looks meant for personal data")
      for column in columns {
        #expect(
          !PersonalDataKeys.isDenied(column),
          "column '\(table).\(column)' looks meant for personal data")
      }
    }
  }

  @Test func noFieldOfAnExportedProtocolIsMeantForAPersonsName() throws {
    let data = try ProtocolJSON.encode(FuzzSandbox.richProtocol)
    #expect(try PersonalDataKeys.deniedPaths(inJSON: data) == [])
  }

  @Test func theDenyListCatchesTheFieldsItIsFor() {
    for key in [
      "name", "informant_name", "informantName", "navn", "email", "telefon", "phone",
      "contactPerson", "fullName", "first_name", "respondentEmail", "mobile",
    ] {
      #expect(PersonalDataKeys.isDenied(key), "'\(key)' passes the deny-list")
    }
    for key in [
      "title", "purpose", "roles", "id", "aliases", "language", "note", "fileName", "datasetName",
      "projectLeader", "controller",
    ] {
      #expect(!PersonalDataKeys.isDenied(key), "'\(key)' is caught by the deny-list")
    }
  }

  @Test func aRoleNameIsAllowedButTheSameKeyElsewhereIsNot() throws {
    let allowed = Data(#"{"protocol": {"roles": [{"name": {"nb": "ordfører"}}]}}"#.utf8)
    let denied = Data(#"{"protocol": {"guide": {"informantName": "x", "name": "y"}}}"#.utf8)
    #expect(try PersonalDataKeys.deniedPaths(inJSON: allowed) == [])
    #expect(
      try PersonalDataKeys.deniedPaths(inJSON: denied)
        == ["$.protocol.guide.informantName", "$.protocol.guide.name"])
  }
}
