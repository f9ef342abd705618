import Foundation
import StudyplanCore
import StudyplanPostgres
import Testing
import _StudyplanTestSupport

/// The built binary on a team's PostgreSQL database: planners on other machines (other homes),
/// two saving at once, a client killed mid-save.
@Suite(
  .enabled(
    if: PostgresTestCluster.shared != nil,
    "team store binary tests SKIPPED: \(PostgresTestCluster.unavailableReason)"))
struct TeamStoreBinaryTests {
  @Test func aProtocolSavedByOnePlannerIsListedAndOpenedByAnother() throws {
    let address = try StoreKind.postgres.makeLocation()
    let first = try BuiltBinary.run(
      ["--db", address, "-c", "new \"Felles plan\" --purpose \"Samarbeid\"", "-c", "save"],
      home: try BuiltBinary.makeHome())
    #expect(first.status == 0, "\(first.errors)")
    #expect(first.output.contains("saved p1@1"))
    let other = try BuiltBinary.makeHome()
    let listed = try BuiltBinary.run(["--db", address, "list"], home: other)
    #expect(listed.status == 0, "\(listed.errors)")
    #expect(listed.output.contains("Felles plan"))
    let opened = try BuiltBinary.run(["--db", address, "-c", "open p1", "-c", "show"], home: other)
    #expect(opened.status == 0, "\(opened.errors)")
    #expect(opened.output.contains("Felles plan"))
    let viaEnvironment = try BuiltBinary.run(
      ["history", "p1"], home: other, environment: ["STUDYPLAN_DB": address])
    #expect(viaEnvironment.output.contains("postgres"))
  }

  @Test func twoPlannersSavingOnOneHeadGetOneVersionAndOneConflict() throws {
    let address = try StoreKind.postgres.makeLocation()
    let home = try BuiltBinary.makeHome()
    _ = try BuiltBinary.run(["--db", address, "-c", "new \"Shared\"", "-c", "save"], home: home)
    let plannerA = try InteractiveBinary(
      arguments: ["--db", address, "--continue-on-error"], home: home)
    plannerA.send("open p1\nrename \"A's title\"\n")
    plannerA.waitForOutput("renamed to")
    let plannerB = try BuiltBinary.run(
      ["--db", address, "-c", "open p1", "-c", "rename \"B's title\"", "-c", "save"], home: home)
    #expect(plannerB.status == 0, "\(plannerB.errors)")
    plannerA.send("save\nquit --discard\n")
    let (status, errors) = plannerA.finish()
    #expect(status == 1)
    #expect(
      errors.contains("protocol 'p1' was saved elsewhere (now at version 2; you opened version 1)"))
    let store = try StoreKind.postgres.open(address)
    #expect(try store.history(of: "p1").map(\.title) == ["Shared", "B's title"])
  }

  @Test func aClientKilledMidSaveLeavesEveryAcknowledgedVersionAndNoPartOfAnother() throws {
    let address = try StoreKind.postgres.makeLocation()
    let home = try BuiltBinary.makeHome()
    _ = try BuiltBinary.run(["--db", address, "-c", "new \"Kill\"", "-c", "save"], home: home)
    var acknowledged: [Int] = []
    for kill in 1...3 {
      let client = try InteractiveBinary(arguments: ["--db", address], home: home)
      client.send("open p1\n")
      for step in 1...400 { client.send("rename \"Kill \(kill).\(step)\"\nsave\n") }
      client.waitForOutput("saved p1@", count: 5 + kill * 7)
      client.kill()
      acknowledged += client.output.matches(of: /saved p1@(\d+)/).compactMap { Int($0.1) }
    }
    let store = try StoreKind.postgres.open(address)
    let versions = try store.history(of: "p1").map(\.reference.version)
    #expect(versions == Array(1...(versions.last ?? 1)))
    #expect(Set(acknowledged).isSubset(of: Set(versions)))
    for version in versions {
      #expect(throws: Never.self) {
        try store.version(VersionReference(id: "p1", version: version))
      }
    }
    let doctor = try BuiltBinary.run(["--db", address, "doctor"], home: home)
    #expect(
      doctor.output.contains("ok      integrity    consistency check: ok"), "\(doctor.output)")
  }
}

/// The built binary reading commands from a pipe, its output read as it comes.
final class InteractiveBinary: @unchecked Sendable {
  // Sound: used from one test's thread only.
  private let process = Process()
  private let input = Pipe()
  private let outputPipe = Pipe()
  private let errorPipe = Pipe()
  private(set) var output = ""

  init(arguments: [String], home: URL, environment: [String: String] = [:]) throws {
    process.executableURL = URL(fileURLWithPath: BuiltBinary.path)
    process.arguments = arguments
    var env = [
      "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
      "XDG_STATE_HOME": home.appendingPathComponent("state").path, "PATH": "/usr/bin:/bin",
      "LANG": "C.UTF-8",
    ]
    env.merge(environment) { $1 }
    process.environment = env
    process.standardInput = input
    process.standardOutput = outputPipe
    process.standardError = errorPipe
    try process.run()
  }

  func send(_ text: String) {
    try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
  }

  /// Reads output until `text` has appeared `count` times, the output ends, or 60 s pass.
  func waitForOutput(_ text: String, count: Int = 1) {
    let deadline = Date().addingTimeInterval(60)
    let descriptor = outputPipe.fileHandleForReading.fileDescriptor
    while output.components(separatedBy: text).count - 1 < count, Date() < deadline {
      var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
      guard poll(&ready, 1, 1000) > 0 else { continue }
      var buffer = [UInt8](repeating: 0, count: 65536)
      let got = read(descriptor, &buffer, buffer.count)
      guard got > 0 else { return }
      output += String(decoding: buffer[..<got], as: UTF8.self)
    }
  }

  /// SIGKILL, then whatever it had written.
  func kill() {
    Foundation.kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    output += String(decoding: outputPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  }

  /// Closes its input and waits: the exit status and standard error.
  func finish() -> (Int32, String) {
    try? input.fileHandleForWriting.close()
    output += String(decoding: outputPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let errors = String(
      decoding: errorPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    return (process.terminationStatus, errors)
  }
}
