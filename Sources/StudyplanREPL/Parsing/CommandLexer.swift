import Foundation

/// Splits a command line into words, shell-style.
///
/// Words are separated by blanks. Double quotes group a text with blanks and allow `\"` and `\\`
/// inside; single quotes group a text taken literally. A `#` at the start of a word begins a
/// comment that runs to the end of the line.
public enum CommandLexer {
  /// The words of `line`, or a ``CommandFailure`` pointing at an unterminated quote.
  public static func words(of line: String) throws(CommandFailure) -> [Word] {
    var words: [Word] = []
    var current = ""
    var start = 0
    var isInWord = false
    var isQuoted = false
    var quote: (character: Character, column: Int)?
    var isEscaped = false
    var column = 0

    func finishWord() {
      if isInWord { words.append(Word(current, column: start, isQuoted: isQuoted)) }
      current = ""
      isInWord = false
      isQuoted = false
    }

    for character in line {
      column += 1
      if let open = quote {
        if isEscaped {
          current.append(character)
          isEscaped = false
        } else if character == "\\" && open.character == "\"" {
          isEscaped = true
        } else if character == open.character {
          quote = nil
        } else {
          current.append(character)
        }
        continue
      }
      switch character {
      case " ", "\t", "\r", "\n":
        finishWord()
      case "#" where !isInWord:
        finishWord()
        return words
      case "\"", "'":
        if !isInWord { start = column }
        isInWord = true
        isQuoted = true
        quote = (character, column)
      default:
        if !isInWord { start = column }
        isInWord = true
        current.append(character)
      }
    }
    if let open = quote {
      throw CommandFailure(.unterminatedQuote, column: open.column)
    }
    finishWord()
    return words
  }

  /// Quotes `text` so that ``words(of:)`` reads it back as one word.
  public static func quote(_ text: String) -> String {
    let isPlain =
      !text.isEmpty
      && text.allSatisfy { !$0.isWhitespace && $0 != "\"" && $0 != "'" && $0 != "\\" && $0 != "#" }
    if isPlain { return text }
    let escaped = text.replacingOccurrences(of: "\\", with: "\\\\")
      .replacingOccurrences(of: "\"", with: "\\\"")
    return "\"\(escaped)\""
  }
}
