import Foundation
import StudyplanREPL
import Testing
import _StudyplanTestSupport

/// Every `studyplan` block in docs/user-guide.md runs, in order, as one script session.
@Suite struct UserGuideTests {
  @Test func everyCommandInTheUserGuideRuns() throws {
    let guide = try String(
      contentsOf: URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent()
        .appendingPathComponent("../../docs/user-guide.md"), encoding: .utf8)
    var lines: [String] = []
    var isInBlock = false
    for line in guide.components(separatedBy: "\n") {
      if line == "```studyplan" {
        isInBlock = true
      } else if isInBlock && line == "```" {
        isInBlock = false
      } else if isInBlock {
        lines.append(line)
      }
    }
    #expect(lines.count > 20)
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("studyplan-guide-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var session = try makeTestSession()
    session.environment.workingDirectory = folder.path
    let run = try runScript(lines, session: session)
    #expect(run.status == .success, "\(run.terminal.errors)")
    for file in ["methods.md", "letter.md", "sample.csv", "protocol.json"] {
      #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path))
    }
  }
}
