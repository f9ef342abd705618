/// A parsed filter in words: the units it keeps, as a noun phrase a methods text can use —
/// «kommuner i sentralitetsklasse 5 eller 6 som var med i en byregion i Byregionprogrammet»,
/// «kommuner som ble slått sammen eller delt i 2020, utenom Viken».
///
/// Negations are pushed down to the conditions (De Morgan), so every condition reads as a
/// positive or negated clause; county conditions become places («i Nordland», «utenom
/// Viken»), the rest relative clauses joined by «og» and «eller» («enten … eller …» and «både
/// … og …» where one is nested in the other). No field name, operator or code is left.
public enum FilterProse {
  /// The units `source` keeps, for units of `layer`: the filter parsed and put in words. A
  /// filter that no longer parses is given as written, in quotes.
  public static func units(
    source: String?, layer: UnitLayer, language: Language, noun: CountedNoun = .municipality
  ) -> String {
    guard let source, !source.trimmingCharacters(in: .whitespaces).isEmpty else {
      return language == .nb
        ? "alle \(noun.nbPlural) i rammen" : "every \(noun.enSingular) in the frame"
    }
    guard let filter = try? FrameFilter.parse(source) else {
      return (language == .nb ? "\(noun.nbPlural) som oppfyller «" : "\(noun.enPlural) meeting ‘")
        + source + (language == .nb ? "»" : "’")
    }
    return units(filter.expression, layer: layer, language: language, noun: noun)
  }

  /// The units `expression` keeps, as a noun phrase.
  public static func units(
    _ expression: FilterExpression, layer: UnitLayer, language: Language,
    noun: CountedNoun = .municipality
  ) -> String {
    let writer = FilterProseWriter(layer: layer, language: language)
    return writer.phrase(Clause(expression), noun: noun.form(2, language))
  }

  /// The condition `expression` sets, as a relative clause without its «som» / "that": «er i
  /// sentralitetsklasse 5 eller 6 og ble slått sammen i 2020».
  public static func clause(
    _ expression: FilterExpression, layer: UnitLayer, language: Language
  ) -> String {
    FilterProseWriter(layer: layer, language: language).render(Clause(expression))
  }
}

/// A filter with its negations pushed down to the conditions and `and`/`or` flattened.
indirect enum Clause: Equatable {
  case all([Clause])
  case any([Clause])
  case test(FrameField, FilterOperator, [String])

  init(_ expression: FilterExpression, negated: Bool = false) {
    switch expression {
    case .and(let left, let right):
      let parts = [Clause(left, negated: negated), Clause(right, negated: negated)]
      self = negated ? Clause.flatAny(parts) : Clause.flatAll(parts)
    case .or(let left, let right):
      let parts = [Clause(left, negated: negated), Clause(right, negated: negated)]
      self = negated ? Clause.flatAll(parts) : Clause.flatAny(parts)
    case .not(let inner):
      self = Clause(inner, negated: !negated)
    case .condition(let field, let op, let values):
      self = Clause.canonical(field, negated ? op.opposite : op, values)
    }
  }

  static func flatAll(_ parts: [Clause]) -> Clause {
    .all(parts.flatMap { if case .all(let inner) = $0 { inner } else { [$0] } })
  }

  static func flatAny(_ parts: [Clause]) -> Clause {
    .any(parts.flatMap { if case .any(let inner) = $0 { inner } else { [$0] } })
  }

  /// `byr = none` as `byr != any`, so that «ikke» is said once, by the writer.
  static func canonical(_ field: FrameField, _ op: FilterOperator, _ values: [String]) -> Clause {
    let lowered = values.map { $0.lowercased() }
    if field.isList, lowered == ["none"], op == .equal || op == .oneOf || op == .notEqual
      || op == .noneOf
    {
      let positive = op == .notEqual || op == .noneOf
      return .test(field, positive ? .equal : .notEqual, ["any"])
    }
    return .test(field, op, values)
  }
}

extension FilterOperator {
  /// The operator that holds exactly when this one does not.
  var opposite: FilterOperator {
    switch self {
    case .equal: .notEqual
    case .notEqual: .equal
    case .oneOf: .noneOf
    case .noneOf: .oneOf
    case .less: .greaterOrEqual
    case .greaterOrEqual: .less
    case .greater: .lessOrEqual
    case .lessOrEqual: .greater
    }
  }

  /// Whether the operator denies its values (`!=`, `not in`).
  var isDenial: Bool { self == .notEqual || self == .noneOf }
}

/// Writes one filter's clauses in one language, for units of one year.
struct FilterProseWriter {
  var layer: UnitLayer
  var language: Language

  var nb: Bool { language == .nb }
  func t(_ nb: String, _ en: String) -> String { self.nb ? nb : en }

  /// «kommuner i Nordland som …, utenom Viken».
  func phrase(_ clause: Clause, noun: String) -> String {
    let conjuncts: [Clause] = if case .all(let items) = clause { items } else { [clause] }
    var classes: [String] = []
    var places: [String] = []
    var except: [String] = []
    var rest: [Clause] = []
    for conjunct in conjuncts {
      guard case .test(let field, let op, let values) = conjunct else {
        rest.append(conjunct)
        continue
      }
      if field.isCentralityClass, !op.isDenial, let set = classSet(op, values) {
        classes.append(t("i sentralitetsklasse ", "in centrality class ") + self.classes(set) + version(field))
      } else if field.isCounty, op == .equal || op == .oneOf {
        places.append(t("i ", "in ") + either(values) + countyYear(field))
      } else if field.isCounty, op.isDenial {
        except.append(either(values) + countyYear(field))
      } else {
        rest.append(conjunct)
      }
    }
    var text = ([noun] + classes + places).joined(separator: " ")
    if !rest.isEmpty { text += t(" som ", " that ") + render(.all(rest)) }
    if !except.isEmpty {
      text += t(", utenom ", ", outside ") + except.joined(separator: t(" og ", " and "))
    }
    return text
  }

  /// The classes a condition on a centrality class keeps.
  func classSet(_ op: FilterOperator, _ values: [String]) -> [String]? {
    switch op {
    case .equal, .oneOf: return values
    case .less, .lessOrEqual, .greater, .greaterOrEqual:
      guard let bound = values.first.flatMap({ Int($0) }) else { return nil }
      return (1...6).filter { op.holds($0, bound) }.map(String.init)
    default: return nil
    }
  }

  /// A clause without its «som»: conditions joined by «og» / «eller», nested groups marked
  /// with «både … og» / «enten … eller».
  func render(_ clause: Clause) -> String {
    switch clause {
    case .test(let field, let op, let values):
      return condition(field, op, values)
    case .all(let items) where items.count == 1:
      return render(items[0])
    case .any(let items) where items.count == 1:
      return render(items[0])
    case .all(let items):
      let parts = items.map { item -> String in
        if case .any(let inner) = item, inner.count > 1 { return t("enten ", "either ") + render(item) }
        return render(item)
      }
      return Prose.list(parts, language: language)
    case .any(let items):
      let parts = items.map { item -> String in
        if case .all(let inner) = item, inner.count > 1 { return t("både ", "both ") + render(item) }
        return render(item)
      }
      return alternatives(parts)
    }
  }

  /// «a, b eller c» / "a, b or c".
  func alternatives(_ items: [String]) -> String {
    guard let last = items.last else { return "" }
    if items.count == 1 { return last }
    return items.dropLast().joined(separator: ", ") + t(" eller ", " or ") + last
  }

  /// Values as alternatives, with their labels where the field has some.
  func either(_ values: [String]) -> String { alternatives(values) }

  /// One condition: the positive clause, negated for `!=` and `not in`.
  func condition(_ field: FrameField, _ op: FilterOperator, _ values: [String]) -> String {
    switch op {
    case .equal, .oneOf:
      return positive(field, values)
    case .notEqual, .noneOf:
      return negated(positive(field, values))
    case .less, .lessOrEqual, .greater, .greaterOrEqual:
      if field.isCentralityClass, let bound = values.first.flatMap({ Int($0) }) {
        let classes = (1...6).filter { op.holds($0, bound) }.map(String.init)
        return positive(field, classes)
      }
      return comparison(field, op, values.first ?? "")
    }
  }

  /// A clause said in the negative: «ikke» before the verb in bokmål (a subordinate clause),
  /// "not" after the auxiliary in English.
  func negated(_ clause: String) -> String {
    guard !nb else { return "ikke " + clause }
    let verbs: [(String, String)] = [
      ("are ", "are not "), ("were ", "were not "), ("have ", "do not have "),
      ("had ", "did not have "), ("lie ", "do not lie "), ("got ", "did not get "),
      ("stood ", "did not stand "), ("kept ", "did not keep "), ("took ", "did not take "),
      ("belong ", "do not belong "), ("became ", "did not become "),
      ("include ", "do not include "),
    ]
    for (from, to) in verbs where clause.hasPrefix(from) { return to + clause.dropFirst(from.count) }
    return "do not meet this: " + clause
  }

  /// «(fylkene fra 2020)» when the county field is not of the units' own year.
  func countyYear(_ field: FrameField) -> String {
    let year: UnitLayer? =
      switch field {
      case .county2020: .year2020
      case .county2024: .year2024
      default: nil
      }
    guard let year, year != layer else { return "" }
    return t(" (fylkene fra \(year.rawValue))", " (the counties of \(year.rawValue))")
  }
}

extension FrameField {
  /// A county of some year: said as a place.
  var isCounty: Bool { self == .county || self == .county2020 || self == .county2024 }

  /// A centrality class (1–6) of some version.
  var isCentralityClass: Bool {
    self == .centrality || self == .centrality2020 || self == .centrality2024
  }
}

extension FilterOperator {
  /// Whether `value OP bound` holds (ordering operators).
  func holds(_ value: Int, _ bound: Int) -> Bool {
    switch self {
    case .less: value < bound
    case .lessOrEqual: value <= bound
    case .greater: value > bound
    case .greaterOrEqual: value >= bound
    default: false
    }
  }
}
