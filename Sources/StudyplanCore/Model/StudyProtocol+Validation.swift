import Foundation

/// What makes a protocol one the commands could have made, checked in one place.
///
/// Every save (``ProtocolStore``) and every import (``ProtocolJSON/decode(_:file:)``) checks
/// a document with ``StudyProtocol/validationProblem(knownUnits:)``; the commands keep the same
/// ranges when they edit. A problem names its place as an exchange-format path
/// (`protocol.guide.sections[2].questions[0].minutes`), so an import error is located.
public struct ProtocolProblem: Equatable, Sendable {
  /// The exchange-format path of the value, without the `$.` prefix.
  public var place: String
  /// What is wrong with it, in the planner's words.
  public var reason: String

  public init(place: String, reason: String) {
    self.place = place
    self.reason = reason
  }
}

extension StudyProtocol {
  /// The ranges the commands keep for the numbers a protocol stores.
  public enum Limits {
    /// Minutes of a question, a section or a guide (`guide time`, `guide length`).
    public static let minutes = 1...InterviewGuide.maximumMinutes
    /// A guide's revision and next question number: counters that only edits raise.
    public static let counter = 1...1_000_000
    /// How many research questions, roles, guide sections or questions a protocol may hold.
    public static let count = 0...10_000
    /// Sizes and counts in a sample (`sample --n`, `--reserves`, `--members`).
    public static let sampleNumber = 0...1_000_000
    /// A version number in a lineage reference.
    public static let version = 1...1_000_000_000
    /// How long an interview took, in minutes (`fieldwork interview --minutes`).
    public static let interviewMinutes = 1...600
  }

  /// The first thing that makes this protocol one the commands could not have made, or `nil`.
  ///
  /// `knownUnits` holds the frames' unit ids (kommunenummer of each year and cooperation
  /// names); when given, every sampled, reserve and purposive unit must be a municipality of
  /// the year of the sample's units, or a cooperation.
  public func validationProblem(knownUnits: KnownUnits? = nil, scope: ValidationScope = .all)
    -> ProtocolProblem?
  {
    var checker = ProtocolChecker()
    switch scope {
    case .all: checker.check(self, knownUnits: knownUnits)
    case .storedNumbers: checker.checkNumbers(self)
    }
    return checker.problem
  }

  /// How much ``validationProblem(knownUnits:scope:)`` checks.
  public enum ValidationScope: Sendable {
    /// Every rule: for saves and imports.
    case all
    /// The numbers and ids later arithmetic and lookups rely on: for reading stored versions,
    /// which may predate a rule (a catalogue entry retired since is still readable).
    case storedNumbers
  }

  /// Throws ``StudyplanError/invalidProtocol(place:reason:)`` for the first problem.
  public func validate(knownUnits: KnownUnits? = nil) throws(StudyplanError) {
    if let problem = validationProblem(knownUnits: knownUnits) {
      throw .invalidProtocol(place: problem.place, reason: problem.reason)
    }
  }
}

/// Walks a protocol and keeps the first problem.
struct ProtocolChecker {
  var problem: ProtocolProblem?

  mutating func fail(_ place: String, _ reason: String) {
    if problem == nil { problem = ProtocolProblem(place: "protocol." + place, reason: reason) }
  }

  mutating func number(_ value: Int, _ range: ClosedRange<Int>, at place: String) {
    guard !range.contains(value) else { return }
    fail(place, "expected a whole number from \(range.lowerBound) to \(range.upperBound)")
  }

  mutating func count(_ count: Int, at place: String) {
    guard count > StudyProtocol.Limits.count.upperBound else { return }
    fail(place, "holds \(count) entries; at most \(StudyProtocol.Limits.count.upperBound)")
  }

  mutating func unique(_ ids: [String], at place: String, what: String) {
    var seen = Set<String>()
    for (index, id) in ids.enumerated() where !seen.insert(id).inserted {
      fail("\(place)[\(index)].id", "\(what) '\(FreeText.shortened(id, to: 60))' appears twice")
      return
    }
  }

  mutating func roleID(_ id: String, at place: String) {
    guard id.isEmpty || RoleCatalogue.slug(id) != id else { return }
    fail(place, "a role id is lowercase letters, digits and hyphens (as 'roles add' makes them)")
  }

  mutating func checkNumbers(_ document: StudyProtocol) {
    if let guide = document.guide { checkGuide(guide) }
    if let sample = document.sample { checkSample(sample, knownUnits: nil) }
  }

  mutating func check(_ document: StudyProtocol, knownUnits: KnownUnits?) {
    if !StudyProtocol.isAcceptableTitle(document.title) {
      fail("title", "expected one line of 1 to 200 characters")
    }
    checkTexts(document)
    checkQuestions(document)
    checkRoles(document)
    if let guide = document.guide { checkGuide(guide) }
    if let sample = document.sample { checkSample(sample, knownUnits: knownUnits) }
    if let log = document.fieldwork {
      checkFieldwork(
        log, roles: Set(document.roles.map(\.id)), knownUnits: knownUnits,
        layer: document.sample?.plan.unitLayer ?? .standard)
    }
    if let reported = document.fieldwork?.reported { checkReported(reported) }
    if let methods = document.methods { checkMethods(methods) }
    if let date = document.consent.projectEndDate, !ConsentFields.isCalendarDate(date) {
      fail("consent.projectEndDate", "expected a date written YYYY-MM-DD")
    }
    for (key, reference) in [
      ("clonedFrom", document.lineage.clonedFrom), ("followUpOf", document.lineage.followUpOf),
    ] {
      guard let reference else { continue }
      if ProtocolID.number(of: reference.id) == nil
        || !StudyProtocol.Limits.version.contains(reference.version)
      {
        fail(
          "lineage.\(key)",
          "expected a protocol version such as {\"id\": \"p3\", \"version\": 2}")
      }
    }
  }

  /// Every registered free-text field within the length limit.
  mutating func checkTexts(_ document: StudyProtocol) {
    for (path, text) in document.freeTexts() where text.count > FreeText.maximumLength {
      fail(path, "holds \(text.count) characters; at most \(FreeText.maximumLength)")
      return
    }
  }

  mutating func checkQuestions(_ document: StudyProtocol) {
    count(document.questions.count, at: "questions")
    unique(document.questions.map(\.id), at: "questions", what: "research question")
    for (index, question) in document.questions.enumerated() {
      let place = "questions[\(index)]"
      if question.isOwn {
        let number =
          question.id.hasPrefix(ProtocolQuestion.ownPrefix)
          ? Int(question.id.dropFirst(ProtocolQuestion.ownPrefix.count)) : nil
        if number.map({ StudyProtocol.Limits.counter.contains($0) }) != true {
          fail("\(place).id", "an own question's id is own-N, e.g. own-1")
        }
        if question.text?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true {
          fail("\(place).text", "an own question needs its text")
        }
      } else if question.id.isEmpty {
        // A catalogue id this build does not know is kept (a newer or older catalogue's entry);
        // an empty one is no reference at all.
        fail("\(place).id", "a research question needs an id")
      }
    }
  }

  mutating func checkRoles(_ document: StudyProtocol) {
    count(document.roles.count, at: "roles")
    unique(document.roles.map(\.id), at: "roles", what: "role")
    for (index, role) in document.roles.enumerated() {
      if role.id.isEmpty {
        fail("roles[\(index)].id", "a role needs an id")
      }
      roleID(role.id, at: "roles[\(index)].id")
    }
  }

  mutating func checkGuide(_ guide: InterviewGuide) {
    let limits = StudyProtocol.Limits.self
    number(guide.targetMinutes, limits.minutes, at: "guide.targetMinutes")
    for (role, minutes) in guide.roleTargetMinutes.sorted(by: { $0.key < $1.key }) {
      roleID(role, at: "guide.roleTargetMinutes")
      number(minutes, limits.minutes, at: "guide.roleTargetMinutes.\(role)")
    }
    for (index, role) in guide.indirectRoleIDs.enumerated() {
      roleID(role, at: "guide.indirectRoleIDs[\(index)]")
    }
    number(guide.revision, limits.counter, at: "guide.revision")
    number(guide.nextQuestionNumber, limits.counter, at: "guide.nextQuestionNumber")
    count(guide.sections.count, at: "guide.sections")
    unique(guide.sections.map(\.id), at: "guide.sections", what: "guide section")
    var questionIDs = Set<String>()
    var questionCount = 0
    for (sectionIndex, section) in guide.sections.enumerated() {
      let place = "guide.sections[\(sectionIndex)]"
      if let minutes = section.minutes { number(minutes, limits.minutes, at: "\(place).minutes") }
      questionCount += section.questions.count
      count(questionCount, at: "\(place).questions")
      for (questionIndex, question) in section.questions.enumerated() {
        let questionPlace = "\(place).questions[\(questionIndex)]"
        if !questionIDs.insert(question.id).inserted {
          fail(
            "\(questionPlace).id",
            "guide question '\(FreeText.shortened(question.id, to: 60))' appears twice")
        }
        if let number = Int(question.id.dropFirst()), question.id.hasPrefix("q"),
          number >= guide.nextQuestionNumber
        {
          fail("guide.nextQuestionNumber", "must be above every question's number (\(number))")
        }
        number(question.minutes, limits.minutes, at: "\(questionPlace).minutes")
        count(question.probes.count, at: "\(questionPlace).probes")
        for (roleIndex, role) in question.roleIDs.enumerated() {
          roleID(role, at: "\(questionPlace).roleIDs[\(roleIndex)]")
        }
      }
    }
  }

  mutating func checkSample(_ sample: ProtocolSample, knownUnits: KnownUnits?) {
    let limits = StudyProtocol.Limits.self
    let plan = sample.plan
    number(plan.requestedSize, limits.sampleNumber, at: "sample.plan.requestedSize")
    if let members = plan.membersPerCluster {
      number(members, limits.sampleNumber, at: "sample.plan.membersPerCluster")
    }
    if let reserves = plan.reservesPerStratum {
      number(reserves, limits.sampleNumber, at: "sample.plan.reservesPerStratum")
    }
    number(plan.eligibleCount, limits.sampleNumber, at: "sample.plan.eligibleCount")
    number(plan.unjudgedCount, limits.sampleNumber, at: "sample.plan.unjudgedCount")
    for (index, unit) in sample.units.enumerated() {
      number(unit.drawOrder, limits.sampleNumber, at: "sample.units[\(index)].drawOrder")
      if let rank = unit.rank {
        number(rank, limits.sampleNumber, at: "sample.units[\(index)].rank")
      }
    }
    guard let knownUnits else { return }
    let layer = plan.unitLayer
    func known(_ id: String, at place: String) {
      guard !knownUnits.contains(id, in: layer) else { return }
      fail(
        place,
        "'\(FreeText.shortened(id, to: 60))' is not a unit of the sampling frame (the "
          + "municipalities of \(layer.rawValue))")
    }
    func named(_ name: String, _ id: String, at place: String) {
      guard let expected = knownUnits.name(of: id, in: layer), expected != name else { return }
      fail(
        place,
        "'\(FreeText.shortened(name, to: 60))' is not the frame's name for \(id) ('\(expected)')")
    }
    for (index, unit) in sample.units.enumerated() {
      known(unit.kommunenummer, at: "sample.units[\(index)].kommunenummer")
      named(unit.name, unit.kommunenummer, at: "sample.units[\(index)].name")
      if let cluster = unit.cluster { known(cluster, at: "sample.units[\(index)].cluster") }
    }
    for (index, choice) in plan.purposive.enumerated() {
      known(choice.kommunenummer, at: "sample.plan.purposive[\(index)].kommunenummer")
    }
    for (stratumIndex, stratum) in sample.reserves.enumerated() {
      for (index, reserve) in stratum.units.enumerated() {
        let place = "sample.reserves[\(stratumIndex)].units[\(index)]"
        known(reserve.kommunenummer, at: place + ".kommunenummer")
        named(reserve.name, reserve.kommunenummer, at: place + ".name")
      }
    }
    for (name, strata) in [
      ("strataPlan", plan.strataPlan), ("replacementStrata", plan.replacementStrata ?? []),
    ] {
      for (stratumIndex, stratum) in strata.enumerated() {
        for (index, unit) in stratum.units.enumerated() {
          known(unit, at: "sample.plan.\(name)[\(stratumIndex)].units[\(index)]")
        }
      }
    }
    for (index, record) in sample.log.enumerated() {
      known(record.refused, at: "sample.log[\(index)].refused")
      if let replacement = record.replacement {
        known(replacement, at: "sample.log[\(index)].replacement")
      }
    }
  }
}
