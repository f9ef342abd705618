import Foundation

/// A parsed filter: conditions on frame fields joined by `and`, `or`, `not` and parentheses.
public indirect enum FilterExpression: Sendable, Equatable {
  /// Both sides hold.
  case and(FilterExpression, FilterExpression)
  /// Either side holds.
  case or(FilterExpression, FilterExpression)
  /// The inner expression does not hold.
  case not(FilterExpression)
  /// `FIELD OP VALUE` or `FIELD in A,B,C`; values are already checked against the field.
  case condition(FrameField, FilterOperator, [String])
}

/// A comparison in a filter.
public enum FilterOperator: String, Sendable, CaseIterable {
  /// `=`: equal (case-insensitive for text; any element for a list field).
  case equal = "="
  /// `!=`: not equal.
  case notEqual = "!="
  /// `<` (numbers only).
  case less = "<"
  /// `<=` (numbers only).
  case lessOrEqual = "<="
  /// `>` (numbers only).
  case greater = ">"
  /// `>=` (numbers only).
  case greaterOrEqual = ">="
  /// `in A,B,C`: equal to one of the values.
  case oneOf = "in"
  /// `not in A,B,C`: equal to none of the values.
  case noneOf = "not in"

  /// Whether the operator compares numbers by order.
  var isOrdering: Bool {
    switch self {
    case .less, .lessOrEqual, .greater, .greaterOrEqual: true
    default: false
    }
  }
}

/// Kleene's three-valued truth: a condition on an unknown value is neither true nor false.
public enum FilterTruth: Sendable, Equatable {
  /// The unit satisfies the filter.
  case yes
  /// The unit does not satisfy the filter.
  case no
  /// The filter could not be judged because a value it needs is unknown.
  case unknown

  static func and(_ a: FilterTruth, _ b: FilterTruth) -> FilterTruth {
    if a == .no || b == .no { return .no }
    if a == .unknown || b == .unknown { return .unknown }
    return .yes
  }

  static func or(_ a: FilterTruth, _ b: FilterTruth) -> FilterTruth {
    if a == .yes || b == .yes { return .yes }
    if a == .unknown || b == .unknown { return .unknown }
    return .no
  }

  var negated: FilterTruth {
    switch self {
    case .yes: .no
    case .no: .yes
    case .unknown: .unknown
    }
  }
}

extension FilterExpression {
  /// Whether `unit` satisfies the expression: yes, no, or unknown.
  public func evaluate(_ unit: FrameUnit) -> FilterTruth {
    switch self {
    case .and(let left, let right):
      let first = left.evaluate(unit)
      return first == .no ? .no : FilterTruth.and(first, right.evaluate(unit))
    case .or(let left, let right):
      let first = left.evaluate(unit)
      return first == .yes ? .yes : FilterTruth.or(first, right.evaluate(unit))
    case .not(let inner):
      return inner.evaluate(unit).negated
    case .condition(let field, let op, let values):
      return Self.condition(field.value(of: unit), field: field, op, values)
    }
  }

  private static func condition(
    _ value: FrameValue, field: FrameField, _ op: FilterOperator, _ values: [String]
  ) -> FilterTruth {
    switch op {
    case .notEqual:
      return condition(value, field: field, .equal, values).negated
    case .noneOf:
      return condition(value, field: field, .oneOf, values).negated
    case .equal, .oneOf:
      switch value {
      case .unknown:
        return .unknown
      case .number(let number):
        return values.contains { Int($0) == number } ? .yes : .no
      case .text(let text):
        return values.contains { matches(text, $0, field: field) } ? .yes : .no
      case .list(let items):
        let hit = values.contains { wanted in
          switch wanted.lowercased() {
          case "any": !items.isEmpty
          case "none": items.isEmpty
          default: items.contains { matches($0, wanted, field: field) }
          }
        }
        return hit ? .yes : .no
      }
    case .less, .lessOrEqual, .greater, .greaterOrEqual:
      guard case .number(let number) = value, let bound = values.first.flatMap({ Int($0) })
      else { return .unknown }
      let holds =
        switch op {
        case .less: number < bound
        case .lessOrEqual: number <= bound
        case .greater: number > bound
        default: number >= bound
        }
      return holds ? .yes : .no
    }
  }

  /// Case-insensitive equality; names also match one of their parallel forms (`Karasjok`).
  static func matches(_ actual: String, _ wanted: String, field: FrameField) -> Bool {
    let actualLower = actual.lowercased()
    var wantedLower = wanted.lowercased()
    if field == .byr { wantedLower = CityRegionMembership.shortName(of: wanted).lowercased() }
    if actualLower == wantedLower { return true }
    if field == .name || field == .name2020 {
      return actualLower.components(separatedBy: " - ").contains(wantedLower)
    }
    return false
  }
}
