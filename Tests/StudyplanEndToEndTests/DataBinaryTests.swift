import Foundation
import Testing
import _StudyplanTestSupport

/// The reference data travels inside the binary: it answers from any working directory.
@Suite struct DataBinaryTests {
  private func run(_ arguments: [String], in directory: URL) throws -> (String, String, Int32) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: BuiltBinary.path)
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.environment = ["HOME": directory.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self),
      process.terminationStatus
    )
  }

  @Test func dataCheckRunsFromAnEmptyDirectoryAndExitsZero() throws {
    let home = try BuiltBinary.makeHome()
    let db = home.appendingPathComponent("s.sqlite").path
    let (output, errors, status) = try run(["--db", db, "data", "check"], in: home)
    #expect(status == 0, "\(errors)")
    #expect(output.contains("422 municipalities (2019)"))
    #expect(output.contains("425 change rows"))
    #expect(output.contains("centrality 2020 version: 356/356 with a class (169 read, 187 derived"))
    #expect(output.hasSuffix("all invariants hold\n"))
  }

  @Test func theFrameAsCSVFromTheShellWarnsAboutUnjudgedUnitsOnStandardError() throws {
    let home = try BuiltBinary.makeHome()
    let db = home.appendingPathComponent("s.sqlite").path
    let (output, errors, status) = try run(
      ["--db", db, "frame", "--filter", "class-changed = yes", "--format", "csv"], in: home)
    #expect(status == 0)
    #expect(output.hasPrefix("kommunenummer,name,county,county2020,reform,centrality"))
    #expect(errors.hasPrefix("warning: the filter could not judge"))
  }

  @Test func aBadFilterFromTheShellIsAUsageError() throws {
    let home = try BuiltBinary.makeHome()
    let db = home.appendingPathComponent("s.sqlite").path
    let (_, errors, status) = try run(["--db", db, "frame", "--filter", "centrality >"], in: home)
    #expect(status == 2)
    #expect(errors.hasPrefix("error: filter 'centrality >' column 13: expected a value"))
  }
}
