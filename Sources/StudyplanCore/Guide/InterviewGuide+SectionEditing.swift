import Foundation

/// Section-level and timing edits, and the lookups every edit shares.
extension InterviewGuide {
  /// Adds a theme section before the closing (or after `afterID`) and returns its id.
  @discardableResult
  public mutating func addTheme(
    _ title: LocalizedText, id: String? = nil, after afterID: String? = nil
  ) throws(StudyplanError) -> String {
    try Self.requireText(title)
    let newID = id ?? uniqueThemeID(from: title.nb.isEmpty ? title.en : title.nb)
    guard section(newID) == nil else { throw .duplicateGuideSection(newID) }
    var index = sections.firstIndex { $0.kind == .closing } ?? sections.count
    if let afterID {
      let after = try sectionIndex(afterID)
      guard sections[after].kind != .closing else { throw .fixedGuideSection(afterID) }
      index = after + 1
    }
    sections.insert(GuideSection(id: newID, kind: .theme, title: title), at: index)
    revision += 1
    return newID
  }

  /// Renames a section: in `language` only, or in both languages when nil.
  public mutating func renameSection(
    _ sectionID: String, to title: String, language: Language? = nil
  ) throws(StudyplanError) {
    let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { throw .emptyGuideText }
    let s = try sectionIndex(sectionID)
    let old =
      sections[s].title
      ?? LocalizedText(
        nb: sections[s].kind.label(in: .nb), en: sections[s].kind.label(in: .en))
    sections[s].title =
      switch language {
      case .nb: LocalizedText(nb: trimmed, en: old.en)
      case .en: LocalizedText(nb: old.nb, en: trimmed)
      case nil: LocalizedText(nb: trimmed, en: trimmed)
      }
    revision += 1
  }

  /// Moves a theme to a 1-based position among the themes.
  public mutating func moveTheme(_ sectionID: String, to position: Int) throws(StudyplanError) {
    let s = try sectionIndex(sectionID)
    guard sections[s].kind == .theme else { throw .fixedGuideSection(sectionID) }
    let moved = sections.remove(at: s)
    let themeIndices = sections.indices.filter { sections[$0].kind == .theme }
    guard position >= 1, position <= themeIndices.count + 1 else {
      sections.insert(moved, at: s)
      throw .invalidGuidePosition(position, count: themeIndices.count + 1)
    }
    let index =
      position <= themeIndices.count
      ? themeIndices[position - 1]
      : (sections.firstIndex { $0.kind == .closing } ?? sections.count)
    sections.insert(moved, at: index)
    revision += 1
  }

  /// Removes a theme section with its questions.
  public mutating func removeTheme(_ sectionID: String) throws(StudyplanError) {
    let s = try sectionIndex(sectionID)
    guard sections[s].kind == .theme else { throw .fixedGuideSection(sectionID) }
    sections.remove(at: s)
    revision += 1
  }

  /// Sets a section's planned minutes; nil lets the section's time follow its questions.
  public mutating func setMinutes(
    ofSection sectionID: String, to minutes: Int?
  ) throws(StudyplanError) {
    if let minutes { try Self.requireMinutes(minutes) }
    let s = try sectionIndex(sectionID)
    sections[s].minutes = minutes
    revision += 1
  }

  /// Sets the target length of the interview, for one role or (when `roleID` is nil) for all.
  public mutating func setTargetMinutes(
    _ minutes: Int, forRole roleID: String? = nil
  ) throws(StudyplanError) {
    try Self.requireMinutes(minutes)
    if let roleID {
      roleTargetMinutes[roleID] = minutes == targetMinutes ? nil : minutes
    } else {
      targetMinutes = minutes
    }
    revision += 1
  }

  /// Sets the roles whose variants use indirect wordings where a question has one.
  public mutating func setIndirectRoles(_ roleIDs: [String]) {
    indirectRoleIDs = roleIDs
    revision += 1
  }

  /// Parses a user's minutes text (`12`, `12m`, `12 min`), throwing a usage error if it isn't one.
  public static func parseMinutes(_ text: String) throws(StudyplanError) -> Int {
    var digits = text.trimmingCharacters(in: .whitespaces).lowercased()
    for suffix in ["min", "m"] where digits.hasSuffix(suffix) {
      digits = String(digits.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
      break
    }
    guard let value = Int(digits), value >= 1, value <= maximumMinutes else {
      throw .invalidMinutes(text)
    }
    return value
  }

  // MARK: - Lookups shared by the edits

  func sectionIndex(_ id: String) throws(StudyplanError) -> Int {
    if let index = sections.firstIndex(where: { $0.id == id }) { return index }
    throw .unknownGuideSection(
      id, suggestion: Suggestion.closest(to: id, in: sections.map(\.id)))
  }

  func questionIndex(_ id: String) throws(StudyplanError) -> (section: Int, question: Int) {
    for s in sections.indices {
      if let q = sections[s].questions.firstIndex(where: { $0.id == id }) { return (s, q) }
    }
    let ids = sections.flatMap { $0.questions.map(\.id) }
    throw .unknownGuideQuestion(id, suggestion: Suggestion.closest(to: id, in: ids))
  }

  /// Resolves `q7` or `q7.2` to indices; the probe index is 0-based.
  func resolve(
    _ address: String
  ) throws(StudyplanError) -> (section: Int, question: Int, probe: Int?) {
    let parts = address.split(separator: ".", maxSplits: 1).map(String.init)
    let (s, q) = try questionIndex(parts.first ?? address)
    guard parts.count == 2 else { return (s, q, nil) }
    let count = sections[s].questions[q].probes.count
    guard let number = Int(parts[1]), number >= 1, number <= count else {
      throw .unknownGuideProbe(question: parts[0], index: Int(parts[1]) ?? 0, count: count)
    }
    return (s, q, number - 1)
  }

  static func insertionIndex(_ position: Int?, count: Int) throws(StudyplanError) -> Int {
    guard let position else { return count }
    guard position >= 1, position <= count + 1 else {
      throw .invalidGuidePosition(position, count: count + 1)
    }
    return position - 1
  }

  static func requireText(_ text: LocalizedText) throws(StudyplanError) {
    let blank = { (s: String) in s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    if blank(text.nb) && blank(text.en) { throw .emptyGuideText }
  }

  static func requireMinutes(_ minutes: Int) throws(StudyplanError) {
    guard minutes >= 1, minutes <= maximumMinutes else { throw .invalidMinutes(String(minutes)) }
  }

  private func uniqueThemeID(from title: String) -> String {
    let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
      .replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "ø", with: "o")
      .replacingOccurrences(of: "å", with: "a")
    let words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.prefix(4)
    let base = words.isEmpty ? "theme" : words.joined(separator: "-")
    var candidate = base
    var n = 2
    while section(candidate) != nil {
      candidate = "\(base)-\(n)"
      n += 1
    }
    return candidate
  }
}
