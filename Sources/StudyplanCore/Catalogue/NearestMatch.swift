/// Finds the closest candidate to a mistyped id, for "did you mean …?" suggestions.
///
/// Internal to the catalogue and roles; it folds Norwegian letters so that `radmann` and
/// `rådmann` are the same word.
enum NearestMatch {
  /// `text` lowercased, trimmed, with runs of blanks, underscores and hyphens as one hyphen.
  static func key(_ text: String) -> String {
    let words = text.lowercased().split { $0 == " " || $0 == "\t" || $0 == "_" || $0 == "-" }
    return words.joined(separator: "-")
  }

  /// `text` as a loose ASCII key: Norwegian letters folded (æ → a, ø → o, å → a, and their
  /// two-letter spellings `ae`, `oe`, `aa`), case and separators ignored.
  static func looseKey(_ text: String) -> String {
    var folded = ""
    for character in key(text) {
      switch character {
      case "æ", "ä": folded += "a"
      case "ø", "ö": folded += "o"
      case "å": folded += "a"
      case "é", "è": folded += "e"
      default: folded.append(character)
      }
    }
    return
      folded
      .replacingAll("ae", with: "a")
      .replacingAll("oe", with: "o")
      .replacingAll("aa", with: "a")
  }

  /// The candidate nearest to `input` by edit distance on loose keys, when it is near enough
  /// to be a typo (at most a third of its letters differ, at least one).
  static func closest(to input: String, in candidates: [String]) -> String? {
    Suggestion.closest(to: input, in: candidates, key: looseKey)
  }
}

extension String {
  /// The string with every occurrence of `target` replaced, without Foundation.
  fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var result = ""
    var rest = self[...]
    while let range = rest.firstRange(of: target) {
      result += rest[..<range.lowerBound]
      result += replacement
      rest = rest[range.upperBound...]
    }
    result += rest
    return result
  }
}
