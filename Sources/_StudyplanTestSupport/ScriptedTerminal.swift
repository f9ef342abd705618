import StudyplanREPL

/// A terminal that reads scripted lines and records everything into one transcript.
///
/// Interactive, it behaves as a person at a terminal (prompts, confirmations); otherwise as a
/// script on standard input.
public final class ScriptedTerminal: Terminal {
  private var input: [String]
  /// Prompts, echoed input, output and errors, in the order a user would have seen them.
  public private(set) var transcript = ""
  /// Standard output alone.
  public private(set) var output = ""
  /// Standard error alone.
  public private(set) var errors = ""
  public let isInteractive: Bool

  public init(input: [String], isInteractive: Bool = false) {
    self.input = input
    self.isInteractive = isInteractive
  }

  public func readLine(prompt: String) -> String? {
    guard !input.isEmpty else { return nil }
    let line = input.removeFirst()
    // A script shows no prompt; the transcript marks its input lines with "> " instead.
    transcript += (prompt.isEmpty ? "> " : prompt) + line + "\n"
    return line
  }

  public func write(_ text: String) {
    output += text
    transcript += text
  }

  public func writeError(_ text: String) {
    errors += text
    transcript += text
  }
}
