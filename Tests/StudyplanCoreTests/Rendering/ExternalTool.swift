import Foundation
import _StudyplanTestSupport

/// Runs an installed program (pandoc, LibreOffice) as a test oracle.
enum ExternalTool {
  /// The full path of `name` on PATH, or nil when it is not installed.
  static func find(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      let candidate = "\(directory)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// Runs `executable` with `arguments`, feeding `input`; returns exit status, stdout, stderr.
  static func run(
    _ executable: String, _ arguments: [String], input: Data? = nil
  ) throws -> (status: Int32, stdout: String, stderr: String) {
    let result = try BuiltBinary.runProgram(executable, arguments, input: input ?? Data())
    return (result.status, result.output, result.errors)
  }

  /// A fresh temporary directory.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("studyplan-guide-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
