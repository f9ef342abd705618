import Foundation
import StudyplanCore

/// One `guide` sub-command: reads its words by name and applies it to the open protocol's
/// guide. Every ``GuideSubcommand`` case has its function below.
struct GuideEdit {
  var invocation: Invocation
  /// The sub-command, typed: every case is handled below, none by default.
  var subcommand: GuideSubcommand
  var themes: @Sendable (String) -> [InterviewTheme]

  /// The role named before the sub-command (`guide ordforer add …`), if any.
  var contextRole: String? { invocation.word("ROLE")?.text }

  func word(_ name: String) throws(CommandFailure) -> Word {
    try invocation.required(name)
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
    case .add: try add(to: &guide, document: document)
    case .probe: try probe(&guide, document: document)
    case .edit: try edit(&guide, document: document)
    case .move: try move(&guide)
    case .remove: try remove(from: &guide)
    case .time: try time(&guide)
    case .length: try length(&guide, document: document)
    case .link: try link(&guide)
    case .roles: try roles(&guide, document: document)
    case .priority: try priority(&guide)
    case .kind: try kind(&guide)
    case .theme: try theme(&guide, document: document)
    case .indirect: try indirect(&guide, document: document)
    case .rename: try rename(&guide, document: document)
    case .build:
      // `run` builds before any edit; a guide that exists is rebuilt there with --replace.
      throw CommandFailure(
        .invalidValue("build", for: "guide edit", expected: "'guide build' on its own line"))
    }
  }

  private func add(to guide: inout InterviewGuide, document: StudyProtocol) throws -> String {
    let section = try word("SECTION")
    let text = try word(#""TEXT""#)
    let id = try guide.addQuestion(
      .written(text.text, in: document.language), toSection: section.text,
      at: try invocation.integer("--at", in: 1...999),
      kind: try invocation.value(QuestionKind.self, "--kind") ?? .main,
      priority: try invocation.value(GuidePriority.self, "--priority") ?? .should,
      researchQuestionIDs: list("--serves"),
      roleIDs: try contextRole.map { [try document.role(named: $0).id] } ?? roles(document),
      minutes: try invocation.integer("--minutes", in: 1...240))
    return "added \(id) to \(section.text)"
  }

  private func probe(_ guide: inout InterviewGuide, document: StudyProtocol) throws -> String {
    let question = try word("QUESTION")
    let text = try word(#""TEXT""#)
    let address = try guide.addProbe(
      .written(text.text, in: document.language), toQuestion: question.text,
      kind: try invocation.value(QuestionKind.self, "--kind") ?? .probing,
      at: try invocation.integer("--at", in: 1...99))
    return "added probe \(address)"
  }

  private func edit(_ guide: inout InterviewGuide, document: StudyProtocol) throws -> String {
    let address = try word("QUESTION[.PROBE]")
    let text = try word(#""TEXT""#)
    try guide.editText(
      of: address.text, to: text.text,
      language: try invocation.value(Language.self, "--lang") ?? document.language)
    return "changed \(address.text)"
  }

  private func move(_ guide: inout InterviewGuide) throws -> String {
    let address = try word("QUESTION[.PROBE]|THEME")
    let target = invocation.word("SECTION")?.text
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
  }

  private func remove(from guide: inout InterviewGuide) throws -> String {
    let address = try word("QUESTION[.PROBE]|THEME")
    if guide.section(address.text) != nil {
      try guide.removeTheme(address.text)
    } else {
      try guide.remove(address.text)
    }
    return "removed \(address.text)"
  }

  private func time(_ guide: inout InterviewGuide) throws -> String {
    let address = try word("QUESTION|SECTION")
    let value = try word("MINUTES|auto")
    if guide.section(address.text) != nil {
      let minutes =
        value.text.lowercased() == "auto" ? nil : try InterviewGuide.parseMinutes(value.text)
      try guide.setMinutes(ofSection: address.text, to: minutes)
      return "\(address.text): " + (minutes.map { "\($0) min" } ?? "follows its questions")
    }
    let minutes = try InterviewGuide.parseMinutes(value.text)
    try guide.setMinutes(ofQuestion: address.text, to: minutes)
    return "\(address.text): \(minutes) min"
  }

  private func length(_ guide: inout InterviewGuide, document: StudyProtocol) throws -> String {
    let minutes = try InterviewGuide.parseMinutes(try word("MINUTES").text)
    let role = try (invocation.value("--role") ?? contextRole).map {
      try document.role(named: $0)
    }
    try guide.setTargetMinutes(minutes, forRole: role?.id)
    return "interviews" + (role.map { " with \($0.id)" } ?? "") + " last \(minutes) min"
  }

  private func link(_ guide: inout InterviewGuide) throws -> String {
    let question = try word("QUESTION")
    let ids = split(try word("RQ[,RQ…]").text)
    try guide.setResearchQuestions(of: question.text, to: ids)
    return "\(question.text) serves " + ids.joined(separator: ", ")
  }

  private func roles(_ guide: inout InterviewGuide, document: StudyProtocol) throws -> String {
    let question = try word("QUESTION")
    let value = try word("ROLE[,ROLE…]|all").text
    let ids =
      value.lowercased() == "all" ? [] : try split(value).map { try document.role(named: $0).id }
    try guide.setRoles(of: question.text, to: ids)
    return "\(question.text) fits " + (ids.isEmpty ? "every role" : ids.joined(separator: ", "))
  }

  private func priority(_ guide: inout InterviewGuide) throws -> String {
    let question = try word("QUESTION")
    guard let priority = try invocation.argument(GuidePriority.self, "PRIORITY") else {
      throw CommandFailure(.missingArgument("must, should or if-time", command: "guide priority"))
    }
    try guide.setPriority(of: question.text, to: priority)
    return "\(question.text) is \(priority.rawValue)"
  }

  private func kind(_ guide: inout InterviewGuide) throws -> String {
    let address = try word("QUESTION[.PROBE]")
    guard let kind = try invocation.argument(QuestionKind.self, "KIND") else {
      throw CommandFailure(.missingArgument("a question kind", command: "guide kind"))
    }
    try guide.setKind(of: address.text, to: kind)
    return "\(address.text) is \(kind.rawValue)"
  }

  private func theme(_ guide: inout InterviewGuide, document: StudyProtocol) throws -> String {
    let title = try word(#""TITLE""#)
    let id = try guide.addTheme(
      .written(title.text, in: document.language), after: invocation.value("--after"))
    return "added theme \(id)"
  }

  private func indirect(_ guide: inout InterviewGuide, document: StudyProtocol) throws -> String {
    let value = try word("ROLE[,ROLE…]|none").text
    let ids =
      value.lowercased() == "none" ? [] : try split(value).map { try document.role(named: $0).id }
    guide.setIndirectRoles(ids)
    return "indirect wordings for " + (ids.isEmpty ? "no role" : ids.joined(separator: ", "))
  }

  private func rename(_ guide: inout InterviewGuide, document: StudyProtocol) throws -> String {
    let section = try word("SECTION")
    let title = try word(#""TITLE""#)
    try guide.renameSection(
      section.text, to: title.text,
      language: try invocation.value(Language.self, "--lang") ?? document.language)
    return "renamed \(section.text)"
  }

  private func roles(_ document: StudyProtocol) throws -> [String] {
    try list("--roles").map { try document.role(named: $0).id }
  }

  private func list(_ option: String) -> [String] {
    invocation.value(option).map(split) ?? []
  }

  private func split(_ text: String) -> [String] {
    text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
      !$0.isEmpty
    }
  }
}
