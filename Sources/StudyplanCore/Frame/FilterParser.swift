/// A recursive-descent parser for the filter language; every error names a column.
struct FilterParser {
  enum TokenKind: Equatable {
    case word(String)
    case quoted(String)
    case comma, open, close
    case op(String)
    case end
  }

  struct Token {
    var kind: TokenKind
    var column: Int
    var text: String {
      switch kind {
      case .word(let value), .quoted(let value): value
      case .comma: ","
      case .open: "("
      case .close: ")"
      case .op(let value): value
      case .end: "end of the filter"
      }
    }

    func isKeyword(_ keyword: String) -> Bool {
      if case .word(let value) = kind { return value.lowercased() == keyword }
      return false
    }
  }

  let source: String
  let vocabulary: FilterVocabulary?
  var tokens: [Token] = []
  var position = 0
  /// How many `(` and `not` enclose the token being parsed, and how many conditions were read:
  /// both are bounded so a hostile filter cannot exhaust the stack (parsing and evaluating recurse).
  var depth = 0
  var conditions = 0
  /// What the parser was looking for when it reached the end of the text: what may come next,
  /// for Tab completion (``FrameFilter/completions(after:)``).
  var expectation: FilterExpectation?
  static let maximumDepth = 100
  static let maximumConditions = 1_000

  init(source: String, vocabulary: FilterVocabulary?) {
    self.source = source
    self.vocabulary = vocabulary
  }

  func error(_ column: Int, _ problem: String, suggestion: String? = nil) -> StudyplanError {
    .filterInvalid(expression: source, column: column, problem: problem, suggestion: suggestion)
  }

  mutating func parse() throws(StudyplanError) -> FilterExpression {
    tokens = try tokenize()
    if tokens.first?.kind == .end {
      reachedEnd(expecting: .field)
      throw error(1, "the filter is empty")
    }
    let expression = try parseOr()
    let token = tokens[position]
    if token.kind == .end { reachedEnd(expecting: .connective(openParentheses: depth)) }
    if token.kind != .end {
      if token.kind == .close { throw error(token.column, "')' has no matching '('") }
      throw error(
        token.column, "unexpected '\(token.text)'; join conditions with 'and' or 'or'")
    }
    return expression
  }

  private mutating func tokenize() throws(StudyplanError) -> [Token] {
    var result: [Token] = []
    let characters = Array(source)
    var index = 0
    while index < characters.count {
      let character = characters[index]
      let column = index + 1
      switch character {
      case " ", "\t":
        index += 1
      case ",":
        result.append(Token(kind: .comma, column: column))
        index += 1
      case "(":
        result.append(Token(kind: .open, column: column))
        index += 1
      case ")":
        result.append(Token(kind: .close, column: column))
        index += 1
      case "=":
        result.append(Token(kind: .op("="), column: column))
        index += 1
      case "!", "<", ">":
        if index + 1 < characters.count && characters[index + 1] == "=" {
          result.append(Token(kind: .op(String(character) + "="), column: column))
          index += 2
        } else if character == "!" {
          throw error(column, "'!' must be followed by '=' (write 'not' to negate)")
        } else {
          result.append(Token(kind: .op(String(character)), column: column))
          index += 1
        }
      case "\"":
        var value = ""
        index += 1
        while index < characters.count && characters[index] != "\"" {
          value.append(characters[index])
          index += 1
        }
        guard index < characters.count else { throw error(column, "the quote is not closed") }
        index += 1
        result.append(Token(kind: .quoted(value), column: column))
      default:
        var value = ""
        while index < characters.count, !" \t,()=!<>\"".contains(characters[index]) {
          value.append(characters[index])
          index += 1
        }
        result.append(Token(kind: .word(value), column: column))
      }
    }
    result.append(Token(kind: .end, column: characters.count + 1))
    return result
  }

  /// Notes what the parser expected at the end of the text; the first note counts.
  private mutating func reachedEnd(expecting: FilterExpectation) {
    if expectation == nil { expectation = expecting }
  }

  private mutating func next() -> Token {
    let token = tokens[position]
    if token.kind != .end { position += 1 }
    return token
  }

  private mutating func parseOr() throws(StudyplanError) -> FilterExpression {
    var left = try parseAnd()
    while tokens[position].isKeyword("or") {
      position += 1
      left = .or(left, try parseAnd())
    }
    return left
  }

  private mutating func parseAnd() throws(StudyplanError) -> FilterExpression {
    var left = try parseNot()
    while tokens[position].isKeyword("and") {
      position += 1
      left = .and(left, try parseNot())
    }
    return left
  }

  private mutating func parseNot() throws(StudyplanError) -> FilterExpression {
    let token = tokens[position]
    if token.isKeyword("not") || token.kind == .open {
      depth += 1
      guard depth <= Self.maximumDepth else {
        throw error(token.column, "the filter nests more than \(Self.maximumDepth) levels deep")
      }
    }
    defer { if token.isKeyword("not") || token.kind == .open { depth -= 1 } }
    if token.isKeyword("not") {
      position += 1
      return .not(try parseNot())
    }
    if token.kind == .open {
      position += 1
      let inner = try parseOr()
      if tokens[position].kind == .end {
        reachedEnd(expecting: .connective(openParentheses: depth))
      }
      guard tokens[position].kind == .close else {
        throw error(token.column, "'(' is not closed")
      }
      position += 1
      return inner
    }
    return try parseCondition()
  }

  private mutating func parseCondition() throws(StudyplanError) -> FilterExpression {
    let fieldToken = next()
    if fieldToken.kind == .end { reachedEnd(expecting: .field) }
    conditions += 1
    guard conditions <= Self.maximumConditions else {
      throw error(
        fieldToken.column, "the filter has more than \(Self.maximumConditions) conditions")
    }
    guard case .word(let name) = fieldToken.kind,
      !["and", "or", "in"].contains(name.lowercased())
    else {
      throw error(fieldToken.column, "expected a field name, found '\(fieldToken.text)'")
    }
    guard let field = FrameField(rawValue: name.lowercased()) else {
      throw error(
        fieldToken.column, "unknown field '\(name)'",
        suggestion: Suggestion.closest(to: name, in: FrameField.allCases.map(\.rawValue)))
    }
    if let layer = vocabulary?.layer, !field.layers.contains(layer) {
      throw error(
        fieldToken.column,
        StudyplanError.fieldNotInLayer(
          field: field.rawValue, layer: layer.rawValue,
          counterpart: field.counterpart(in: layer)?.rawValue
        ).description)
    }
    let opToken = next()
    if opToken.kind == .end { reachedEnd(expecting: .operator(field)) }
    if opToken.isKeyword("not") && tokens[position].kind == .end { reachedEnd(expecting: .notIn) }
    let op: FilterOperator
    if case .op(let symbol) = opToken.kind, let parsed = FilterOperator(rawValue: symbol) {
      op = parsed
    } else if opToken.isKeyword("in") {
      op = .oneOf
    } else if opToken.isKeyword("not") && tokens[position].isKeyword("in") {
      position += 1
      op = .noneOf
    } else {
      throw error(
        opToken.column,
        "expected =, !=, <, <=, >, >= or 'in' after '\(name)', found '\(opToken.text)'")
    }
    if op.isOrdering && !field.isNumeric {
      throw error(
        opToken.column, "'\(op.rawValue)' compares numbers; '\(field.rawValue)' is not one")
    }
    var values = [try parseValue(field: field)]
    if op == .oneOf || op == .noneOf {
      while tokens[position].kind == .comma {
        position += 1
        values.append(try parseValue(field: field))
      }
    }
    return .condition(field, op, values)
  }

  private mutating func parseValue(field: FrameField) throws(StudyplanError) -> String {
    let token = next()
    if token.kind == .end { reachedEnd(expecting: .value(field)) }
    let value: String
    switch token.kind {
    case .word(let text), .quoted(let text): value = text
    default:
      throw error(token.column, "expected a value for '\(field.rawValue)', found '\(token.text)'")
    }
    if field.isNumeric {
      guard Int(value) != nil else {
        throw error(token.column, "'\(value)' is not a number ('\(field.rawValue)' is numeric)")
      }
    }
    if let allowed = field.allowedValues, !allowed.contains(value.lowercased()) {
      throw error(
        token.column,
        "'\(value)' is not a value of '\(field.rawValue)' (\(allowed.joined(separator: ", ")))",
        suggestion: Suggestion.closest(to: value, in: allowed))
    }
    if let known = vocabulary?.values[field] {
      let lower = value.lowercased()
      let wanted = field == .byr ? CityRegionMembership.shortName(of: value).lowercased() : lower
      if !known.contains(where: { $0.lowercased() == wanted }) {
        throw error(
          token.column, "no '\(field.rawValue)' is '\(value)'",
          suggestion: Suggestion.closest(to: value, in: known))
      }
    }
    return value
  }
}

/// What may come next at the end of a filter typed so far.
enum FilterExpectation: Equatable {
  /// A condition: a field name, `not` or `(`.
  case field
  /// An operator for this field.
  case `operator`(FrameField)
  /// `in`, after `FIELD not`.
  case notIn
  /// A value of this field.
  case value(FrameField)
  /// A complete condition: `and`, `or`, or `)` when parentheses are open.
  case connective(openParentheses: Int)
}

extension FrameFilter {
  /// What Tab offers for the word after `text`, a filter typed so far (its last, unfinished word
  /// left out): field names at the start of a condition, a field's operators after it, its
  /// values where they form a closed set, `and` / `or` after a condition.
  ///
  /// The filter's own parser reads `text`, so completion follows the grammar the filter is
  /// checked with (docs/filter-language.md).
  public static func completions(after text: String) -> [String] {
    let separators: Set<Character> = [" ", "\t", ",", "(", ")", "=", "<", ">"]
    var finished = text
    while let last = finished.last, !separators.contains(last) { finished.removeLast() }
    var parser = FilterParser(source: finished, vocabulary: nil)
    _ = try? parser.parse()
    let fields = FrameField.allCases.map(\.rawValue)
    switch parser.expectation {
    case nil: return []
    case .field: return fields + ["not"]
    case .operator(let field):
      return ["=", "!=", "in", "not"] + (field.isNumeric ? ["<", "<=", ">", ">="] : [])
    case .notIn: return ["in"]
    case .value(let field):
      switch field {
      case .byr, .cooperation: return ["any", "none"]
      default: return field.allowedValues ?? []
      }
    case .connective(let open): return ["and", "or"] + (open > 0 ? [")"] : [])
    }
  }
}
