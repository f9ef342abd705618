import Foundation

/// Runs the built `studyplan` binary, which `swift test` builds next to the test bundle.
public enum BuiltBinary {
  /// The binary's path: beside the running test executable.
  public static var path: String {
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    return executable.deletingLastPathComponent().appendingPathComponent("studyplan").path
  }

  /// What one run printed and how it ended.
  public struct Result: Sendable {
    public var output: String
    public var errors: String
    public var status: Int32
  }

  /// Runs the binary with `arguments`, `input` on a pipe as standard input, and `environment`
  /// added to a minimal one (HOME and XDG folders inside `home`), in `workingDirectory` when
  /// given.
  public static func run(
    _ arguments: [String], input: String = "", home: URL, environment: [String: String] = [:],
    workingDirectory: URL? = nil
  ) throws -> Result {
    var env = [
      "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
      "XDG_STATE_HOME": home.appendingPathComponent("state").path, "PATH": "/usr/bin:/bin",
      "LANG": "C.UTF-8",
    ]
    env.merge(environment) { $1 }
    return try runProgram(
      path, arguments, input: Data(input.utf8), environment: env,
      workingDirectory: workingDirectory)
  }

  /// Runs any program to its end: `input` as standard input (from a file, so it can never block
  /// on a full pipe), standard output and error drained while it runs. With no `environment`, the
  /// program inherits this process's.
  public static func runProgram(
    _ executable: String, _ arguments: [String], input: Data = Data(),
    environment: [String: String]? = nil, workingDirectory: URL? = nil
  ) throws -> Result {
    let process = Process()
    if let workingDirectory { process.currentDirectoryURL = workingDirectory }
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let environment { process.environment = environment }
    let inputFile = FileManager.default.temporaryDirectory
      .appendingPathComponent("studyplan-stdin-\(UUID().uuidString)")
    try input.write(to: inputFile)
    defer { try? FileManager.default.removeItem(at: inputFile) }
    process.standardInput = try FileHandle(forReadingFrom: inputFile)
    let outPipe = Pipe()
    let errPipe = Pipe()
    process.standardOutput = outPipe
    process.standardError = errPipe
    try process.run()
    let group = DispatchGroup()
    nonisolated(unsafe) var errData = Data()
    DispatchQueue.global().async(group: group) {
      errData = errPipe.fileHandleForReading.readDataToEndOfFile()
    }
    let outData = outPipe.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Result(
      output: String(decoding: outData, as: UTF8.self),
      errors: String(decoding: errData, as: UTF8.self), status: process.terminationStatus)
  }

  /// A fresh, empty folder for one test's home and store.
  public static func makeHome() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("studyplan-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
