import Foundation
import StudyplanCore

/// One `guide` sub-command: parses its words and applies it to the open protocol's guide.
struct GuideEdit {
  var invocation: Invocation
  /// The sub-command, typed: every case is handled below, none by default.
  var subcommand: GuideSubcommand
  var themes: @Sendable (String) -> [InterviewTheme]
  /// The role named before the sub-command (`guide ordforer add …`), if any.
  var contextRole: String?

  func word(_ index: Int, _ name: String) throws(CommandFailure) -> Word {
    try invocation.argument(index, named: name)
  }

  func run(session: inout Session, io: CommandIO) throws {
    if subcommand == .build {
      try build(session: &session, io: io)
      return
    }
    var message = ""
    try session.edit(for: "guide \(subcommand.rawValue)") { document in
      guard var guide = document.guide else { throw StudyplanError.noGuide }
      message = try apply(to: &guide, document: document)
      document.guide = guide
    }
    io.print(message)
    if let document = session.workspace?.document {
      CommandTable.warnGuideFindings(document, io: io)
    }
  }

  func build(session: inout Session, io: CommandIO) throws {
    try invocation.expectAtMost(1)
    let length = try invocation.integer("--length", in: 15...240) ?? 60
    let replace = invocation.has("--replace")
    var summary = ""
    try session.edit(for: "guide build") { document in
      if document.guide != nil && !replace {
        throw CommandFailure(.guideExists)
      }
      let guide = document.makeGuide(targetMinutes: length, themes: themes)
      document.guide = guide
      summary =
        "built the guide: \(counted(guide.themes.count, "theme")), "
        + "\(counted(guide.allQuestions.count, "question")), "
        + "\(length) min"
    }
    io.print(summary)
    if let document = session.workspace?.document {
      CommandTable.warnGuideFindings(document, io: io)
    }
  }

  /// Applies the edit and returns what to tell the user.
  func apply(to guide: inout InterviewGuide, document: StudyProtocol) throws -> String {
    switch subcommand {
    case .add:
      try invocation.expectAtMost(3)
      let section = try word(1, "a section id")
      let text = try word(2, "the question in quotes")
      let id = try guide.addQuestion(
        .written(text.text, in: document.language), toSection: section.text,
        at: try invocation.integer("--at", in: 1...999),
        kind: try kind() ?? .main, priority: try priority() ?? .should,
        researchQuestionIDs: list("--serves"),
        roleIDs: try contextRole.map { [try document.role(named: $0).id] } ?? roles(document),
        minutes: try invocation.integer("--minutes", in: 1...240))
      return "added \(id) to \(section.text)"
    case .probe:
      try invocation.expectAtMost(3)
      let question = try word(1, "a question id")
      let text = try word(2, "the probe in quotes")
      let address = try guide.addProbe(
        .written(text.text, in: document.language), toQuestion: question.text,
        kind: try kind() ?? .probing, at: try invocation.integer("--at", in: 1...99))
      return "added probe \(address)"
    case .edit:
      try invocation.expectAtMost(3)
      let address = try word(1, "a question or probe id")
      let text = try word(2, "the new text in quotes")
      try guide.editText(
        of: address.text, to: text.text, language: try language() ?? document.language)
      return "changed \(address.text)"
    case .move:
      try invocation.expectAtMost(3)
      let address = try word(1, "a question, probe or theme id")
      let target = invocation.arguments.count > 2 ? invocation.arguments[2].text : nil
      let position = try invocation.integer("--at", in: 1...999)
      if guide.section(address.text) != nil {
        guard let position else {
          throw CommandFailure(.missingArgument("--at N to move a theme", command: "guide move"))
        }
        try guide.moveTheme(address.text, to: position)
      } else {
        try guide.move(address.text, toSection: target, at: position)
      }
      return "moved \(address.text)"
    case .remove:
      try invocation.expectAtMost(2)
      let address = try word(1, "a question, probe or theme id")
      if guide.section(address.text) != nil {
        try guide.removeTheme(address.text)
      } else {
        try guide.remove(address.text)
      }
      return "removed \(address.text)"
    case .time:
      try invocation.expectAtMost(3)
      let address = try word(1, "a question or section id")
      let value = try word(2, "minutes, or 'auto' for a section")
      if guide.section(address.text) != nil {
        let minutes =
          value.text.lowercased() == "auto" ? nil : try InterviewGuide.parseMinutes(value.text)
        try guide.setMinutes(ofSection: address.text, to: minutes)
        return "\(address.text): " + (minutes.map { "\($0) min" } ?? "follows its questions")
      }
      let minutes = try InterviewGuide.parseMinutes(value.text)
      try guide.setMinutes(ofQuestion: address.text, to: minutes)
      return "\(address.text): \(minutes) min"
    case .length:
      try invocation.expectAtMost(2)
      let minutes = try InterviewGuide.parseMinutes(try word(1, "the length in minutes").text)
      let role = try (invocation.value("--role") ?? contextRole).map {
        try document.role(named: $0)
      }
      try guide.setTargetMinutes(minutes, forRole: role?.id)
      return "interviews" + (role.map { " with \($0.id)" } ?? "") + " last \(minutes) min"
    case .link:
      try invocation.expectAtMost(3)
      let question = try word(1, "a question id")
      let ids = split(try word(2, "research question ids").text)
      try guide.setResearchQuestions(of: question.text, to: ids)
      return "\(question.text) serves " + ids.joined(separator: ", ")
    case .roles:
      try invocation.expectAtMost(3)
      let question = try word(1, "a question id")
      let value = try word(2, "role ids, or 'all'").text
      let ids =
        value.lowercased() == "all"
        ? [] : try split(value).map { try document.role(named: $0).id }
      try guide.setRoles(of: question.text, to: ids)
      return "\(question.text) fits " + (ids.isEmpty ? "every role" : ids.joined(separator: ", "))
    case .priority:
      try invocation.expectAtMost(3)
      let question = try word(1, "a question id")
      let value = try word(2, "must, should or if-time")
      guard let priority = ValueWords.value(value.text, of: GuidePriority.self) else {
        throw CommandFailure(
          .invalidValue(value.text, for: "priority", expected: "'must', 'should' or 'if-time'"),
          column: value.column)
      }
      try guide.setPriority(of: question.text, to: priority)
      return "\(question.text) is \(priority.rawValue)"
    case .kind:
      try invocation.expectAtMost(3)
      let address = try word(1, "a question or probe id")
      let value = try word(2, "a question kind")
      guard let kind = ValueWords.value(value.text, of: QuestionKind.self) else {
        throw CommandFailure(
          .invalidValue(value.text, for: "question kind", expected: Self.kindList),
          column: value.column)
      }
      try guide.setKind(of: address.text, to: kind)
      return "\(address.text) is \(kind.rawValue)"
    case .theme:
      try invocation.expectAtMost(2)
      let title = try word(1, "the theme's title in quotes")
      let id = try guide.addTheme(
        .written(title.text, in: document.language), after: invocation.value("--after"))
      return "added theme \(id)"
    case .indirect:
      try invocation.expectAtMost(2)
      let value = try word(1, "role ids, or 'none'").text
      let ids =
        value.lowercased() == "none"
        ? [] : try split(value).map { try document.role(named: $0).id }
      guide.setIndirectRoles(ids)
      return "indirect wordings for " + (ids.isEmpty ? "no role" : ids.joined(separator: ", "))
    case .build:
      // `run` builds before any edit; a guide that exists is rebuilt there with --replace.
      throw CommandFailure(
        .invalidValue(
          "build", for: "guide edit", expected: "'guide build' on its own line"))
    case .rename:
      try invocation.expectAtMost(3)
      let section = try word(1, "a section id")
      let title = try word(2, "the new title in quotes")
      try guide.renameSection(
        section.text, to: title.text, language: try language() ?? document.language)
      return "renamed \(section.text)"
    }
  }

  static let kindList = QuestionKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")

  func kind() throws(CommandFailure) -> QuestionKind? {
    try invocation.choice("--kind", in: QuestionKind.allCases.map(\.rawValue))
      .flatMap(QuestionKind.init(rawValue:))
  }

  func priority() throws(CommandFailure) -> GuidePriority? {
    try invocation.choice("--priority", in: GuidePriority.allCases.map(\.rawValue))
      .flatMap(GuidePriority.init(rawValue:))
  }

  func language() throws(CommandFailure) -> Language? {
    try invocation.choice("--lang", in: ["nb", "en"]).flatMap(Language.init(rawValue:))
  }

  func roles(_ document: StudyProtocol) throws -> [String] {
    try list("--roles").map { try document.role(named: $0).id }
  }

  func list(_ option: String) -> [String] {
    invocation.value(option).map(split) ?? []
  }

  func split(_ text: String) -> [String] {
    text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
      !$0.isEmpty
    }
  }
}
