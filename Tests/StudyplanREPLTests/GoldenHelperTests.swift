import Foundation
import Testing
import _StudyplanTestSupport

/// The one golden helper: a recording run fails and names every file it re-recorded.
@Suite struct GoldenHelperTests {
  func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("studyplan-golden-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func recordingADifferingGoldenRewritesItAndFailsNamingTheFile() throws {
    let file = try folder().appendingPathComponent("session.txt")
    try Data("old\n".utf8).write(to: file)
    let outcome = Golden.compare(Data("new\n".utf8), at: file, recording: true)
    guard case .recorded(let path, let message) = outcome else {
      Issue.record("expected a recorded outcome, got \(outcome)")
      return
    }
    #expect(outcome.failure != nil, "a recording run must fail")
    #expect(path.hasSuffix("session.txt"))
    #expect(message.contains("re-recorded the golden"))
    #expect(try String(contentsOf: file, encoding: .utf8) == "new\n")
  }

  @Test func recordingAnUnchangedGoldenPasses() throws {
    let file = try folder().appendingPathComponent("same.txt")
    try Data("same\n".utf8).write(to: file)
    #expect(Golden.compare(Data("same\n".utf8), at: file, recording: true) == .matches)
  }

  @Test func aDifferingGoldenFailsWithItsFirstDifferentLineAndStaysAsItWas() throws {
    let file = try folder().appendingPathComponent("differs.txt")
    try Data("a\nb\n".utf8).write(to: file)
    let outcome = Golden.compare(Data("a\nc\n".utf8), at: file, recording: false)
    guard case .differs(let message) = outcome else {
      Issue.record("expected a difference, got \(outcome)")
      return
    }
    #expect(message.contains("line 2"))
    #expect(try String(contentsOf: file, encoding: .utf8) == "a\nb\n")
  }

  @Test func aMissingGoldenIsRecordedAndFails() throws {
    let file = try folder().appendingPathComponent("new.txt")
    let outcome = Golden.compare(Data("x".utf8), at: file, recording: false)
    #expect(outcome.failure?.contains("recorded the new golden") == true)
    #expect(FileManager.default.fileExists(atPath: file.path))
  }

  @Test func anEmptyOutputMeansNoFileWhereThatIsTheRule() throws {
    let file = try folder().appendingPathComponent("example.err")
    #expect(Golden.compare(Data(), at: file, absentWhenEmpty: true, recording: false) == .matches)
    try Data("error: x\n".utf8).write(to: file)
    let outcome = Golden.compare(Data(), at: file, absentWhenEmpty: true, recording: true)
    #expect(outcome.failure != nil)
    #expect(!FileManager.default.fileExists(atPath: file.path))
  }
}
