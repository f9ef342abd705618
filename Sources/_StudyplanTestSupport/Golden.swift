import Foundation

#if canImport(Testing)
  import Testing
#endif

/// Golden files: what a test produces compared byte for byte (or by a comparable form) with a
/// committed file. Every golden mechanism in the tests goes through ``expectGolden(data:at:…)``.
///
/// - A golden that differs fails the test with its first differing line.
/// - `RECORD_GOLDENS=1` rewrites every golden that differs, and the test still FAILS, naming each
///   file it re-recorded: a recording run is never green, so re-recorded files are always read
///   (`git diff`) and the tests run once more without the switch.
/// - A missing golden is recorded and fails the same way.
public enum Golden {
  /// Whether this run re-records goldens (`RECORD_GOLDENS=1`).
  public static var isRecording: Bool {
    ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1"
  }

  /// `url`'s path relative to the package root (the folder holding Package.swift), for messages.
  static func displayPath(_ url: URL) -> String {
    var folder = url.deletingLastPathComponent()
    while folder.path != "/" {
      if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path)
      {
        return String(
          url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
      }
      folder = folder.deletingLastPathComponent()
    }
    return url.path
  }
}

// The test-facing helpers need Swift Testing, which release builds of the benchmark and
// reliability tools (which share this module) do not have.
#if canImport(Testing)
  /// Compares `actual` with the golden file `name` kept in `folder` beside the calling test.
  public func expectGolden(
    _ actual: String, named name: String, in folder: String = "Transcripts",
    filePath: StaticString = #filePath, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let directory = URL(fileURLWithPath: "\(filePath)").deletingLastPathComponent()
      .appendingPathComponent(folder)
    expectGolden(actual, at: directory.appendingPathComponent(name), sourceLocation: sourceLocation)
  }

  /// Compares `actual` with the golden text file at `file`. With `absentWhenEmpty`, an empty
  /// `actual` means the file must not exist (an example's `.err` when it prints no errors).
  public func expectGolden(
    _ actual: String, at file: URL, absentWhenEmpty: Bool = false,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    expectGolden(
      data: Data(actual.utf8), at: file, absentWhenEmpty: absentWhenEmpty,
      sourceLocation: sourceLocation)
  }

  /// Compares `actual` with the golden file at `file`, through `comparable` when bytes may differ
  /// while the content is the same (a DOCX compares its `word/document.xml`).
  public func expectGolden(
    data actual: Data, at file: URL, absentWhenEmpty: Bool = false,
    comparable: (Data) throws -> String = { String(decoding: $0, as: UTF8.self) },
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let outcome = Golden.compare(
      actual, at: file, absentWhenEmpty: absentWhenEmpty, recording: Golden.isRecording,
      comparable: comparable)
    if let failure = outcome.failure { Issue.record("\(failure)", sourceLocation: sourceLocation) }
  }
#endif

extension Golden {
  /// How a comparison ended.
  public enum Outcome: Equatable, Sendable {
    /// The golden holds what the test produced.
    case matches
    /// It differs; `message` shows the first differing line.
    case differs(String)
    /// It was missing or differed and has been (re-)written; the test fails naming the file.
    case recorded(path: String, message: String)
    /// Reading or writing failed.
    case failed(String)

    /// The failure message, or `nil` for ``matches``.
    public var failure: String? {
      switch self {
      case .matches: nil
      case .differs(let message), .recorded(_, let message), .failed(let message): message
      }
    }
  }

  /// Compares and, when `recording` (or the golden is missing), re-records — returning what
  /// happened rather than recording an issue, so the helper itself can be tested.
  public static func compare(
    _ actual: Data, at file: URL, absentWhenEmpty: Bool = false, recording: Bool,
    comparable: (Data) throws -> String = { String(decoding: $0, as: UTF8.self) }
  ) -> Outcome {
    let path = displayPath(file)
    let committed = try? Data(contentsOf: file)
    let expected = committed ?? (absentWhenEmpty ? Data() : nil)
    let expectedText = expected.flatMap { try? comparable($0) }
    let actualText: String
    do {
      actualText = try comparable(actual)
    } catch {
      return .failed("'\(path)': cannot read what the test produced: \(error)")
    }
    if expectedText == actualText && (committed != nil || actual.isEmpty) { return .matches }
    guard recording || committed == nil && !(absentWhenEmpty && actual.isEmpty) else {
      return .differs(
        """
        golden '\(path)' differs (RECORD_GOLDENS=1 re-records it):
        \(firstDifference(expectedText ?? "", actualText))
        """)
    }
    do {
      if absentWhenEmpty && actual.isEmpty {
        if committed != nil { try FileManager.default.removeItem(at: file) }
      } else {
        try FileManager.default.createDirectory(
          at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try actual.write(to: file)
      }
    } catch {
      return .failed("cannot record golden '\(path)': \(error)")
    }
    let why = committed == nil ? "recorded the new golden" : "re-recorded the golden"
    return .recorded(
      path: path,
      message: "\(why) '\(path)'; read it (git diff) and run the tests again without RECORD_GOLDENS"
    )
  }
}

/// The first line where two texts differ, for a readable failure.
func firstDifference(_ expected: String, _ actual: String) -> String {
  let left = expected.components(separatedBy: "\n")
  let right = actual.components(separatedBy: "\n")
  for index in 0..<max(left.count, right.count) {
    let a = index < left.count ? left[index] : "<end>"
    let b = index < right.count ? right[index] : "<end>"
    if a != b { return "line \(index + 1):\n  expected: \(a)\n  actual:   \(b)" }
  }
  return "(no line differs)"
}
