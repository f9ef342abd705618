import StudyplanCore

/// Tab candidates inside a frame filter (`centrality in 5,6 and reform = mer`).
///
/// It reads the filter typed so far loosely, token by token, the way docs/filter-language.md
/// describes it: at the start of a condition it offers the field names, after a field its
/// operators, after an operator or a comma the field's values where they form a closed set, and
/// after a value `and` / `or`.
enum FilterCompletion {
  /// The candidates for the word at the end of `expression` (the filter typed so far).
  static func candidates(after expression: String) -> [String] {
    let separators: Set<Character> = [" ", "\t", ",", "(", ")"]
    var finishedText = expression
    while let last = finishedText.last, !separators.contains(last) { finishedText.removeLast() }
    let tokens = tokens(of: finishedText)
    let fields = FrameField.allCases.map(\.rawValue)
    guard let previous = tokens.last?.lowercased(), previous != "(" else {
      return fields + ["not"]
    }
    if ["and", "or"].contains(previous) { return fields + ["not"] }
    let field = tokens.reversed().lazy.compactMap { FrameField(rawValue: $0.lowercased()) }.first
    if let named = FrameField(rawValue: previous) {
      let ordering = named.isNumeric ? ["<", "<=", ">", ">="] : []
      return ["=", "!=", "in", "not"] + ordering
    }
    if previous == "not" {
      let before = tokens.dropLast().last.map { $0.lowercased() }
      return before.flatMap(FrameField.init(rawValue:)) == nil ? fields : ["in"]
    }
    if ["=", "!=", "in", ","].contains(previous) {
      guard let field else { return [] }
      switch field {
      case .byr, .cooperation: return ["any", "none"]
      default: return field.allowedValues ?? []
      }
    }
    if ["<", "<=", ">", ">="].contains(previous) { return [] }
    return ["and", "or"]
  }

  /// Words, with commas and parentheses as tokens of their own.
  private static func tokens(of text: String) -> [String] {
    var tokens: [String] = []
    var current = ""
    for character in text {
      if character == " " || character == "\t" {
        if !current.isEmpty { tokens.append(current) }
        current = ""
      } else if character == "," || character == "(" || character == ")" {
        if !current.isEmpty { tokens.append(current) }
        tokens.append(String(character))
        current = ""
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { tokens.append(current) }
    return tokens
  }
}
