/// The seam between the REPL and the user's terminal.
///
/// The executable supplies a readline implementation for terminals and a plain line reader for
/// scripts; tests supply a scripted one. Nothing in this module touches standard input directly.
public protocol Terminal: AnyObject {
  /// Reads one line, without its newline, or returns `nil` at end of input.
  func readLine(prompt: String) -> String?
  /// Reads one line while Tab offers candidates of `completing` (a wizard's question asks for a
  /// question id or a role); `nil` at end of input.
  ///
  /// Terminals without completion read the line as ``readLine(prompt:)`` does.
  func readLine(prompt: String, completing: ArgumentKind) -> String?
  /// Reads an answer to a question (y/N, a wizard's question): kept out of the command
  /// history; Ctrl-C cancels it as end of input does (`nil`).
  ///
  /// Terminals without history read the line as ``readLine(prompt:)`` does.
  func readAnswer(prompt: String) -> String?
  /// Writes `text` to standard output.
  func write(_ text: String)
  /// Writes a long text to standard output through a pager when standard output is a terminal
  /// and the text is longer than a screen (`PAGER`, `less -FRX` by default).
  ///
  /// Terminals without a pager write it as ``write(_:)`` does.
  func page(_ text: String)
  /// Writes `text` to standard error, after flushing standard output so the order holds.
  func writeError(_ text: String)
  /// Whether a person is typing: prompts, confirmations and colour only then.
  var isInteractive: Bool { get }
}

extension Terminal {
  /// Writes the text as it is: the default for terminals that have no pager.
  public func page(_ text: String) {
    write(text)
  }

  /// Reads the answer as any line: the default for terminals without history.
  public func readAnswer(prompt: String) -> String? {
    readLine(prompt: prompt)
  }

  /// Reads the line without completion: the default for terminals that have none.
  public func readLine(prompt: String, completing: ArgumentKind) -> String? {
    readLine(prompt: prompt)
  }
}
