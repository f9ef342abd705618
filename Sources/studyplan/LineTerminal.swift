import Foundation
import StudyplanREPL

/// The terminal for scripts: lines from a pipe, a file or `-c` arguments; no prompts, no colour.
final class LineTerminal: Terminal {
  let isInteractive = false
  private var next: () -> String?

  /// Reads standard input line by line.
  static func standardInput() -> LineTerminal {
    LineTerminal { Swift.readLine(strippingNewline: true) }
  }

  /// Feeds `lines` one by one.
  static func lines(_ lines: [String]) -> LineTerminal {
    var remaining = lines[...]
    return LineTerminal { remaining.popFirst() }
  }

  private init(next: @escaping () -> String?) {
    self.next = next
  }

  func readLine(prompt: String) -> String? { next() }

  // FileHandle writes go straight to the file descriptor, so stdout and stderr keep their order.
  func write(_ text: String) {
    StandardStreams.out(text)
  }

  func writeError(_ text: String) {
    StandardStreams.error(text)
  }
}
