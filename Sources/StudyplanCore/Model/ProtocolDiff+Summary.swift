/// What changed between two protocol versions, told the way a planner reads a protocol: its
/// research questions, roles, model, sample, the guide's questions and the consent fields, each
/// added, removed or changed, with their texts. The field-by-field ``ProtocolDiff`` stays
/// available for the details (`diff --json-paths`).
public struct ProtocolChangeSummary: Equatable, Sendable {
  /// One part of the protocol and what changed in it.
  public struct Part: Equatable, Sendable {
    /// The part's heading, e.g. `guide questions`.
    public var heading: String
    /// One line per change, starting with `+`, `-` or `~`.
    public var lines: [String]
  }

  /// The parts that changed, in the order of the protocol.
  public var parts: [Part]
  /// Each research question of either version: kept, reworded, changed, added or dropped.
  public var researchQuestions: [ComparedItem]
  /// Each role of either version.
  public var roles: [ComparedItem]
  /// Each question of either version's interview guide.
  public var guideQuestions: [ComparedItem]

  /// Compares `old` with `new`, writing texts in `language`.
  public init(from old: StudyProtocol, to new: StudyProtocol, language: Language) {
    var parts: [Part] = []
    func add(_ heading: String, _ lines: [String]) {
      if !lines.isEmpty { parts.append(Part(heading: heading, lines: lines)) }
    }
    add("protocol", Self.headline(old, new))
    researchQuestions = ComparedItem.list(
      old.questions, new.questions, id: \.id, text: { Self.questionText($0, language: language) })
    roles = ComparedItem.list(
      old.roles, new.roles, id: \.id, text: { $0.name.text(in: language) })
    guideQuestions = ComparedItem.list(
      old.guide?.allQuestions.map(\.question) ?? [], new.guide?.allQuestions.map(\.question) ?? [],
      id: \.id, text: { $0.text.text(in: language) })
    add(
      "research questions",
      Self.compare(
        old.questions, new.questions, id: \.id,
        text: { Self.quoted(Self.questionText($0, language: language)) }))
    add(
      "roles",
      Self.compare(old.roles, new.roles, id: \.id, text: { $0.name.text(in: language) }))
    add("model", Self.model(old.model, new.model, language: language))
    add("sample", Self.sample(old.sample, new.sample))
    let oldGuide = old.guide?.allQuestions.map(\.question) ?? []
    let newGuide = new.guide?.allQuestions.map(\.question) ?? []
    add(
      "guide questions",
      Self.compare(
        oldGuide, newGuide, id: \.id, text: { Self.guideText($0, language: language) },
        details: { Self.guideDetails($0, $1, language: language) })
        + Self.guideLength(old.guide, new.guide))
    add("consent fields", Self.consent(old.consent, new.consent, language: language))
    add("fieldwork", Self.fieldwork(old.fieldwork, new.fieldwork))
    add("methods", Self.methods(old.methods, new.methods))
    self.parts = parts
  }

  /// The summary as lines for the terminal; empty when nothing a planner reads changed.
  public func lines() -> [String] {
    parts.flatMap { part in ["\(part.heading):"] + part.lines.map { "  " + $0 } }
  }

  // MARK: - Parts

  private static func headline(_ old: StudyProtocol, _ new: StudyProtocol) -> [String] {
    var lines: [String] = []
    if old.title != new.title {
      lines.append("~ title: \(quoted(old.title)) → \(quoted(new.title))")
    }
    if old.purpose != new.purpose {
      lines.append("~ purpose: \(quoted(old.purpose)) → \(quoted(new.purpose))")
    }
    if old.status != new.status {
      lines.append("~ status: \(old.status.rawValue) → \(new.status.rawValue)")
    }
    if old.language != new.language {
      lines.append("~ language: \(old.language.rawValue) → \(new.language.rawValue)")
    }
    let lineage: [(String, String?, String?)] = [
      ("cloned from", old.lineage.clonedFrom?.description, new.lineage.clonedFrom?.description),
      ("follow-up of", old.lineage.followUpOf?.description, new.lineage.followUpOf?.description),
      ("template", old.lineage.template, new.lineage.template),
    ]
    for (name, was, now) in lineage where was != now {
      lines.append("~ \(name): \(was ?? "none") → \(now ?? "none")")
    }
    return lines
  }

  /// Items matched by id: removed ones, then added and changed ones in the new order. A changed
  /// item whose text stayed is followed by `details` (indented), or marked `(details changed)`.
  private static func compare<Item: Equatable>(
    _ old: [Item], _ new: [Item], id: (Item) -> String, text: (Item) -> String,
    details: (Item, Item) -> [String] = { _, _ in [] }
  ) -> [String] {
    let oldByID = Dictionary(old.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
    let newByID = Dictionary(new.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
    return ComparedItem.list(old, new, id: id, text: text).flatMap { item -> [String] in
      var more: [String] = []
      if let before = oldByID[item.id], let after = newByID[item.id] {
        more = details(before, after)
      }
      switch item.outcome {
      case .kept: return []
      case .dropped: return ["- \(item.id): \(item.text)"]
      case .added: return ["+ \(item.id): \(item.text)"]
      case .reworded(let was): return ["~ \(item.id): \(was) → \(item.text)"] + more.map { "    " + $0 }
      case .changed:
        return ["~ \(item.id): \(item.text)" + (more.isEmpty ? " (details changed)" : "")]
          + more.map { "    " + $0 }
      }
    }
  }

  private static func questionText(_ question: ProtocolQuestion, language: Language) -> String {
    if let own = question.text { return own }
    let entry = QuestionCatalogue.builtin.entry(id: question.id)
    return entry.map { $0.text.text(in: language) } ?? "(catalogue question)"
  }

  private static func guideText(_ question: GuideQuestion, language: Language) -> String {
    quoted(question.text.text(in: language))
  }

  /// What changed in a guide question besides its text: probes by text, priority, minutes,
  /// roles and the research questions it serves.
  private static func guideDetails(_ old: GuideQuestion, _ new: GuideQuestion, language: Language)
    -> [String]
  {
    var lines: [String] = []
    let oldProbes = old.probes.map { $0.text.text(in: language) }
    let newProbes = new.probes.map { $0.text.text(in: language) }
    lines += oldProbes.filter { !newProbes.contains($0) }.map { "- probe: \(quoted($0))" }
    lines += newProbes.filter { !oldProbes.contains($0) }.map { "+ probe: \(quoted($0))" }
    if old.priority != new.priority {
      lines.append("~ priority: \(old.priority.rawValue) → \(new.priority.rawValue)")
    }
    if old.minutes != new.minutes { lines.append("~ minutes: \(old.minutes) → \(new.minutes)") }
    if old.kind != new.kind { lines.append("~ kind: \(old.kind.rawValue) → \(new.kind.rawValue)") }
    func list(_ ids: [String]) -> String { ids.isEmpty ? "none" : ids.joined(separator: ", ") }
    if old.roleIDs != new.roleIDs {
      lines.append("~ roles: \(list(old.roleIDs)) → \(list(new.roleIDs))")
    }
    if old.researchQuestionIDs != new.researchQuestionIDs {
      lines.append(
        "~ serves: \(list(old.researchQuestionIDs)) → \(list(new.researchQuestionIDs))")
    }
    return lines
  }

  private static func guideLength(_ old: InterviewGuide?, _ new: InterviewGuide?) -> [String] {
    switch (old, new) {
    case (nil, nil): return []
    case (nil, let new?): return ["+ guide built: \(new.allQuestions.count) question(s)"]
    case (.some, nil): return ["- guide removed"]
    case (let old?, let new?):
      return old.targetMinutes == new.targetMinutes
        ? [] : ["~ target length: \(old.targetMinutes) → \(new.targetMinutes) minutes"]
    }
  }

  private static func model(_ old: ModelChoice?, _ new: ModelChoice?, language: Language)
    -> [String]
  {
    func name(_ choice: ModelChoice) -> String {
      "model \(choice.model.rawValue) (\(choice.model.name(in: language)))"
    }
    switch (old, new) {
    case (nil, nil): return []
    case (nil, let new?): return ["+ \(name(new))"]
    case (let old?, nil): return ["- \(name(old))"]
    case (let old?, let new?):
      if old.model != new.model { return ["~ \(name(old)) → \(name(new))"] }
      if old.justification != new.justification {
        return ["~ the reason for \(name(new)): \(quoted(new.justification ?? ""))"]
      }
      return []
    }
  }

  private static func sample(_ old: ProtocolSample?, _ new: ProtocolSample?) -> [String] {
    func plan(_ sample: ProtocolSample) -> String {
      "\(sample.plan.design.rawValue), \(sample.units.count) unit(s), seed \(quoted(sample.plan.seed))"
        + (sample.plan.unitLayer == .standard
          ? "" : ", municipalities of \(sample.plan.unitLayer.rawValue)")
    }
    switch (old, new) {
    case (nil, nil): return []
    case (nil, let new?): return ["+ drawn: \(plan(new))"]
    case (let old?, nil): return ["- removed: \(plan(old))"]
    case (let old?, let new?):
      var lines: [String] = []
      if old.plan != new.plan { lines.append("~ plan: \(plan(old)) → \(plan(new))") }
      let oldUnits = Set(old.units.map(\.kommunenummer))
      let newUnits = Set(new.units.map(\.kommunenummer))
      for unit in old.units where !newUnits.contains(unit.kommunenummer) {
        lines.append("- \(unit.kommunenummer) \(unit.name)")
      }
      for unit in new.units where !oldUnits.contains(unit.kommunenummer) {
        lines.append("+ \(unit.kommunenummer) \(unit.name)")
      }
      let oldByNumber = Dictionary(
        old.units.map { ($0.kommunenummer, $0) }, uniquingKeysWith: { first, _ in first })
      for unit in new.units {
        if let before = oldByNumber[unit.kommunenummer], before.status != unit.status {
          lines.append(
            "~ \(unit.kommunenummer) \(unit.name): \(before.status.rawValue) → \(unit.status.rawValue)"
          )
        }
      }
      return lines
    }
  }

  private static func consent(_ old: ConsentFields, _ new: ConsentFields, language: Language)
    -> [String]
  {
    ConsentField.allCases.compactMap { field in
      let label = "\(field.rawValue) (\(field.label(in: language)))"
      switch (old.value(of: field), new.value(of: field)) {
      case (nil, let value?): return "+ \(label): \(quoted(value))"
      case (let value?, nil): return "- \(label): \(quoted(value))"
      case (let was?, let now?) where was != now:
        return "~ \(label): \(quoted(was)) → \(quoted(now))"
      default: return nil
      }
    }
  }

  /// Slots planned or dropped, and each event logged or gone, by slot id.
  private static func fieldwork(_ old: FieldworkLog?, _ new: FieldworkLog?) -> [String] {
    let (before, after) = (old ?? FieldworkLog(), new ?? FieldworkLog())
    let oldIDs = Set(before.slots.map(\.id))
    let newIDs = Set(after.slots.map(\.id))
    var lines = before.slots.filter { !newIDs.contains($0.id) }.map { "- slot \($0.id)" }
    lines += after.slots.filter { !oldIDs.contains($0.id) }.map { "+ slot \($0.id)" }
    lines += before.eventsMissing(from: after).map { "+ \($0)" }
    lines += after.eventsMissing(from: before).map { "- \($0)" }
    let oldByID = Dictionary(
      before.slots.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for slot in after.slots {
      if let was = oldByID[slot.id], was.interview != slot.interview {
        lines.append(
          "~ \(slot.id): interview record \(record(was.interview)) → \(record(slot.interview))")
      }
    }
    return lines
  }

  private static func record(_ record: InterviewRecord?) -> String {
    guard let record else { return "none" }
    let parts = [
      record.mode?.rawValue, record.minutes.map { "\($0) min" }, record.consent?.rawValue,
      record.transcriptReturned.map { "transcript returned: \($0 ? "yes" : "no")" },
      record.fieldNotes.map { "field notes: \($0 ? "yes" : "no")" },
    ].compactMap { $0 }
    return parts.isEmpty ? "empty" : parts.joined(separator: ", ")
  }

  /// Each methods field set, cleared or rewritten.
  private static func methods(_ old: MethodsFields?, _ new: MethodsFields?) -> [String] {
    MethodsField.allCases.compactMap { field in
      switch (old?[field], new?[field]) {
      case (nil, let value?): return "+ \(field.rawValue): \(quoted(value))"
      case (let value?, nil): return "- \(field.rawValue): \(quoted(value))"
      case (let was?, let now?) where was != now:
        return "~ \(field.rawValue): \(quoted(was)) → \(quoted(now))"
      default: return nil
      }
    }
  }

  /// A text in quotes, on one line.
  static func quoted(_ text: String) -> String {
    "'\(text.replacingOccurrences(of: "\n", with: " "))'"
  }
}

/// How one item of a protocol (a research question, a role, a guide question) fared from an
/// older version to a newer one, matched by id.
public struct ComparedItem: Equatable, Sendable {
  /// What happened to it.
  public enum Outcome: Equatable, Sendable {
    /// In both, unchanged.
    case kept
    /// In both, with another text (the older text given).
    case reworded(from: String)
    /// In both with the same text; something else about it changed.
    case changed
    /// Only in the newer version.
    case added
    /// Only in the older version.
    case dropped
  }

  /// The item's id.
  public var id: String
  /// Its text: the newer one, or the older one for a dropped item.
  public var text: String
  /// What happened to it.
  public var outcome: Outcome

  /// Dropped items first, then the newer version's items in its order.
  static func list<Item: Equatable>(
    _ old: [Item], _ new: [Item], id: (Item) -> String, text: (Item) -> String
  ) -> [ComparedItem] {
    let oldByID = Dictionary(old.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
    let newIDs = Set(new.map(id))
    var items = old.filter { !newIDs.contains(id($0)) }.map {
      ComparedItem(id: id($0), text: text($0), outcome: .dropped)
    }
    for item in new {
      guard let before = oldByID[id(item)] else {
        items.append(ComparedItem(id: id(item), text: text(item), outcome: .added))
        continue
      }
      let outcome: Outcome =
        before == item ? .kept : text(before) != text(item) ? .reworded(from: text(before)) : .changed
      items.append(ComparedItem(id: id(item), text: text(item), outcome: outcome))
    }
    return items
  }
}
