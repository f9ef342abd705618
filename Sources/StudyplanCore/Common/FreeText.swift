/// Rules for text a planner or a file supplies: how long it may be, and how it is shown so it
/// can never drive a terminal or reorder what a reader sees.
///
/// The characters escaped are the C0 controls but tab and line feed (ESC starts ANSI and OSC
/// sequences), DEL, the C1 controls (U+0080–U+009F, e.g. the one-byte CSI), the bidirectional
/// overrides and isolates (U+202A–U+202E, U+2066–U+2069: U+202E shows text backwards) and the
/// line and paragraph separators. Each is shown as `\u{…}`, visibly, never dropped.
public enum FreeText {
  /// The longest free text a field takes, in characters (titles have their own, shorter limit).
  public static let maximumLength = 10_000
  /// How much of an input an error message quotes.
  public static let quoteLimit = 200

  /// Whether `scalar` is one that could drive a terminal or reorder text.
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A: false
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
    default: false
    }
  }

  /// Whether `text` holds any character ``isUnsafe(_:)`` escapes.
  public static func hasUnsafe(_ text: String) -> Bool {
    text.unicodeScalars.contains(where: isUnsafe)
  }

  /// `text` with every unsafe character shown as `\u{…}`; tabs and line breaks kept.
  public static func displayable(_ text: String) -> String {
    guard hasUnsafe(text) else { return text }
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      if isUnsafe(scalar) {
        result += scalar.escaped(asASCII: true)
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// `text` shortened to about ``quoteLimit`` characters for quoting in a message.
  public static func shortened(_ text: String, to limit: Int = quoteLimit) -> String {
    // Never counts a long text to its end: only whether it goes past the limit.
    guard text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex) != nil,
      text.index(text.startIndex, offsetBy: limit) != text.endIndex
    else { return text }
    return String(text.prefix(limit - 1)) + "…"
  }
}
