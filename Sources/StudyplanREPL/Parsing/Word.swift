/// One word of a command line, with where it starts, for errors that point at the column.
public struct Word: Equatable, Sendable {
  /// The word's text, quotes removed and escapes applied.
  public var text: String
  /// The 1-based column of the word's first character in the line.
  public var column: Int
  /// Whether the word was written in quotes (a quoted `--x` is text, not an option).
  public var isQuoted: Bool

  public init(_ text: String, column: Int, isQuoted: Bool = false) {
    self.text = text
    self.column = column
    self.isQuoted = isQuoted
  }
}
