import StudyplanCore

/// Renders any failure in the planner's one voice: `error: message`, and where it is.
public struct ErrorReport: Sendable {
  /// The message, without the prefix.
  public var message: String
  /// The column the failure points at, when it points at one.
  public var column: Int?
  /// Which exit-code family it belongs to.
  public var kind: FailureKind

  /// Classifies `error`; anything unforeseen is reported plainly, never as a stack trace.
  public init(_ error: any Error) {
    switch error {
    case let failure as CommandFailure:
      self.init(
        message: failure.error.description, column: failure.column, kind: failure.error.kind)
    case let error as CommandError:
      self.init(message: error.description, column: nil, kind: error.kind)
    case let error as StudyplanError:
      self.init(message: error.description, column: nil, kind: error.kind)
    default:
      self.init(message: "unexpected failure: \(error)", column: nil, kind: .commandFailed)
    }
  }

  public init(message: String, column: Int?, kind: FailureKind) {
    self.message = message
    self.column = column
    self.kind = kind
  }

  /// `text` with line breaks and other control characters escaped (`\n`, `\u{1B}`), so an error
  /// that echoes what a user or a file gave stays one line and cannot drive the terminal; each
  /// quoted part (`'…'`) is cut to about ``FreeText/quoteLimit`` characters.
  static func oneLine(_ text: String) -> String {
    let short = shorteningQuotes(text)
    guard short.unicodeScalars.contains(where: isControl) else { return short }
    var result = ""
    for scalar in short.unicodeScalars {
      result += isControl(scalar) ? scalar.escaped(asASCII: true) : String(scalar)
    }
    return result
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\n" || scalar == "\t" || FreeText.isUnsafe(scalar)
  }

  /// `text` with every part between single quotes longer than the quote limit cut short.
  static func shorteningQuotes(_ text: String) -> String {
    guard text.count > FreeText.quoteLimit else { return text }
    let parts = text.split(separator: "'", omittingEmptySubsequences: false)
    let cut = parts.enumerated().map { index, part in
      index % 2 == 1 ? FreeText.shortened(String(part)) : String(part)
    }
    let joined = cut.joined(separator: "'")
    // Unbalanced quotes or a long unquoted echo: the message as a whole stays bounded.
    return FreeText.shortened(joined, to: 4 * FreeText.quoteLimit)
  }

  /// The text to write to standard error, ending in a newline.
  ///
  /// In a script the error is one line naming the place (`stdin:3:7`). At a terminal a failure
  /// that points at a column repeats the line with a caret under that column.
  public func render(line: String, location: String?, isInteractive: Bool) -> String {
    var place = location
    if let location, let column { place = "\(location):\(column)" }
    var text = "error: \(Self.oneLine(message))" + (place.map { " (at \($0))" } ?? "") + "\n"
    if isInteractive, let column, !line.isEmpty, line.count <= FreeText.quoteLimit {
      let indent = String(repeating: " ", count: max(0, column - 1))
      text += "  | \(line)\n  | \(indent)^\n"
    }
    return text
  }
}
