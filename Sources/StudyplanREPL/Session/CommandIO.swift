import Foundation
import StudyplanCore

/// How a command talks to the user: output, warnings, and questions when someone is there to answer.
public struct CommandIO {
  /// The terminal underneath.
  public let terminal: any Terminal

  public init(terminal: any Terminal) {
    self.terminal = terminal
  }

  /// Whether a person is typing (prompts and confirmations only then).
  public var isInteractive: Bool { terminal.isInteractive }

  // Everything a command prints goes through `FreeText.displayable`: text from the store or
  // an imported file cannot drive the terminal (ESC, OSC, C1) or turn itself around (U+202E).

  /// Writes `text` and a newline to standard output.
  public func print(_ text: String = "") {
    terminal.write(FreeText.displayable(text) + "\n")
  }

  /// Writes `text` followed by `terminator` (renderers end their text with a newline already).
  public func print(_ text: String, terminator: String) {
    terminal.write(FreeText.displayable(text) + terminator)
  }

  /// Writes a long text (a listing, a table) that may go through a pager at a terminal; `text`
  /// ends with its newline.
  public func page(_ text: String) {
    terminal.page(FreeText.displayable(text))
  }

  /// Writes lines to standard output.
  public func print(lines: [String]) {
    guard !lines.isEmpty else { return }
    terminal.write(FreeText.displayable(lines.joined(separator: "\n")) + "\n")
  }

  /// Writes `warning: text` to standard error; the command carries on.
  public func warn(_ text: String) {
    terminal.writeError("warning: \(FreeText.displayable(text))\n")
  }

  /// Asks a question and returns the answer, trimmed; `nil` at end of input.
  ///
  /// In a script the answer is the next input line, and the question is not shown.
  public func ask(_ question: String) -> String? {
    terminal.readAnswer(prompt: isInteractive ? question : "")?
      .trimmingCharacters(in: .whitespaces)
  }

  /// Asks a question while Tab offers candidates of `completing`; `nil` at end of input.
  public func ask(_ question: String, completing: ArgumentKind) -> String? {
    terminal.readLine(prompt: isInteractive ? question : "", completing: completing)?
      .trimmingCharacters(in: .whitespaces)
  }

  /// Asks a yes/no question; anything but yes (`y`, `yes`, `j`, `ja`) is no.
  public func confirm(_ question: String) -> Bool {
    guard let answer = ask("\(question) [y/N] ") else { return false }
    return Self.isYes(answer)
  }

  /// Whether an answer says yes (`y`, `yes`, `j`, `ja`).
  static func isYes(_ answer: String) -> Bool {
    ["y", "yes", "j", "ja"].contains(answer.lowercased())
  }
}
