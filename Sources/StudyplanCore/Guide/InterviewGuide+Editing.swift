import Foundation

/// The editing operations the REPL's `guide` sub-commands call.
///
/// Questions are addressed by id (`q7`), probes by question id and 1-based number (`q7.2`),
/// sections by id (`intro`, `warm-up`, `transition`, `closing`, or a theme's id); positions are
/// 1-based. Every successful edit raises `revision` by one.
extension InterviewGuide {
  /// The longest time, in minutes, a question, section or interview may be given.
  public static let maximumMinutes = 240

  /// Adds a question to a section and returns its new id.
  @discardableResult
  public mutating func addQuestion(
    _ text: LocalizedText,
    toSection sectionID: String,
    at position: Int? = nil,
    kind: QuestionKind = .main,
    priority: GuidePriority = .should,
    researchQuestionIDs: [String] = [],
    roleIDs: [String] = [],
    minutes: Int? = nil
  ) throws(StudyplanError) -> String {
    try Self.requireText(text)
    if let minutes { try Self.requireMinutes(minutes) }
    let s = try sectionIndex(sectionID)
    let index = try Self.insertionIndex(position, count: sections[s].questions.count)
    // Skip numbers already taken (a hand-edited protocol file may hold any ids).
    let taken = Set(allQuestions.map(\.question.id))
    while taken.contains("q\(nextQuestionNumber)") { nextQuestionNumber += 1 }
    let id = "q\(nextQuestionNumber)"
    nextQuestionNumber += 1
    let question = GuideQuestion(
      id: id, kind: kind, text: text, researchQuestionIDs: researchQuestionIDs, roleIDs: roleIDs,
      priority: priority, minutes: minutes)
    sections[s].questions.insert(question, at: index)
    revision += 1
    return id
  }

  /// Adds a probe under a question and returns its address (`q7.3`).
  @discardableResult
  public mutating func addProbe(
    _ text: LocalizedText, toQuestion questionID: String, kind: QuestionKind = .probing,
    at position: Int? = nil
  ) throws(StudyplanError) -> String {
    try Self.requireText(text)
    let (s, q) = try questionIndex(questionID)
    let index = try Self.insertionIndex(position, count: sections[s].questions[q].probes.count)
    sections[s].questions[q].probes.insert(GuideProbe(kind: kind, text: text), at: index)
    revision += 1
    return "\(questionID).\(index + 1)"
  }

  /// Rewrites a question's or probe's text: in `language` only, or in both languages when nil.
  public mutating func editText(
    of address: String, to text: String, language: Language? = nil
  ) throws(StudyplanError) {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { throw .emptyGuideText }
    let (s, q, probe) = try resolve(address)
    func rewrite(_ old: LocalizedText) -> LocalizedText {
      switch language {
      case .nb: LocalizedText(nb: trimmed, en: old.en)
      case .en: LocalizedText(nb: old.nb, en: trimmed)
      case nil: LocalizedText(nb: trimmed, en: trimmed)
      }
    }
    if let probe {
      sections[s].questions[q].probes[probe].text = rewrite(
        sections[s].questions[q].probes[probe].text)
    } else {
      sections[s].questions[q].text = rewrite(sections[s].questions[q].text)
    }
    revision += 1
  }

  /// Sets a question's or probe's kind.
  public mutating func setKind(of address: String, to kind: QuestionKind) throws(StudyplanError) {
    let (s, q, probe) = try resolve(address)
    if let probe {
      sections[s].questions[q].probes[probe].kind = kind
    } else {
      sections[s].questions[q].kind = kind
    }
    revision += 1
  }

  /// Sets a question's priority.
  public mutating func setPriority(
    of questionID: String, to priority: GuidePriority
  ) throws(StudyplanError) {
    let (s, q) = try questionIndex(questionID)
    sections[s].questions[q].priority = priority
    revision += 1
  }

  /// Sets the roles a question fits; an empty list means every role.
  public mutating func setRoles(of questionID: String, to roleIDs: [String]) throws(StudyplanError)
  {
    let (s, q) = try questionIndex(questionID)
    sections[s].questions[q].roleIDs = roleIDs
    revision += 1
  }

  /// Sets the research questions a question serves.
  public mutating func setResearchQuestions(
    of questionID: String, to ids: [String]
  ) throws(StudyplanError) {
    let (s, q) = try questionIndex(questionID)
    sections[s].questions[q].researchQuestionIDs = ids
    revision += 1
  }

  /// Sets the minutes a question takes with its probes.
  public mutating func setMinutes(
    ofQuestion questionID: String, to minutes: Int
  ) throws(StudyplanError) {
    try Self.requireMinutes(minutes)
    let (s, q) = try questionIndex(questionID)
    sections[s].questions[q].minutes = minutes
    revision += 1
  }

  /// Moves a question (to another section, or within its own) or a probe within its question.
  public mutating func move(
    _ address: String, toSection sectionID: String? = nil, at position: Int? = nil
  ) throws(StudyplanError) {
    let (s, q, probe) = try resolve(address)
    if let probe {
      var probes = sections[s].questions[q].probes
      let moved = probes.remove(at: probe)
      probes.insert(moved, at: try Self.insertionIndex(position, count: probes.count))
      sections[s].questions[q].probes = probes
    } else {
      let target = try sectionID.map { id throws(StudyplanError) in try sectionIndex(id) } ?? s
      let count = sections[target].questions.count - (target == s ? 1 : 0)
      let index = try Self.insertionIndex(position, count: count)
      let moved = sections[s].questions.remove(at: q)
      sections[target].questions.insert(moved, at: index)
    }
    revision += 1
  }

  /// Removes a question (with its probes) or a single probe.
  public mutating func remove(_ address: String) throws(StudyplanError) {
    let (s, q, probe) = try resolve(address)
    if let probe {
      sections[s].questions[q].probes.remove(at: probe)
    } else {
      sections[s].questions.remove(at: q)
    }
    revision += 1
  }
}
