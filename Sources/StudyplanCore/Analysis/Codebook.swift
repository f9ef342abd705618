import Foundation

/// A protocol's coding frame for qualitative analysis software: the research questions as
/// top-level codes, with the guide's themes and main questions beneath.
///
/// Names are in the protocol's language; each description carries the other language too, and
/// a question's description lists its probes with their kinds, so a coder sees what the
/// interviewer asked. A theme that serves two research questions appears under both (each with
/// its own GUID); theme questions linked to no research question sit under one more top-level
/// code. Framing sections (introduction, warm-up, transition, closing) are not codes.
///
/// Every code's name is unique in the whole codebook, since QualCoder merges codes (and
/// categories) of the same name: a theme or question written under several research questions
/// carries the research question's number in its name.
public struct Codebook: Equatable, Sendable {
  /// The protocol's title.
  public var title: String
  /// The top-level codes, in the protocol's order of research questions.
  public var codes: [CodebookCode]

  /// Creates a codebook.
  public init(title: String, codes: [CodebookCode]) {
    self.title = title
    self.codes = codes
  }

  /// Every code, depth first, with its path of ids from the top.
  public var flattened: [(path: [String], code: CodebookCode)] {
    func walk(_ code: CodebookCode, _ prefix: [String]) -> [([String], CodebookCode)] {
      let path = prefix + [code.id]
      return [(path, code)] + code.children.flatMap { walk($0, path) }
    }
    return codes.flatMap { walk($0, []) }
  }
}

/// One code of a codebook, with its sub-codes.
public struct CodebookCode: Equatable, Sendable {
  /// The item's id within its parent: a research question id, a theme id or a question id.
  public var id: String
  /// A stable GUID (`StableGUID`).
  public var guid: String
  /// The code's name, in the protocol's language.
  public var name: String
  /// What the code is for, in both languages.
  public var description: String
  /// The sub-codes.
  public var children: [CodebookCode]

  /// Creates a code.
  public init(
    id: String, guid: String, name: String, description: String, children: [CodebookCode] = []
  ) {
    self.id = id
    self.guid = guid
    self.name = name
    self.description = description
    self.children = children
  }
}

extension Codebook {
  /// The id of the top-level code for theme questions that serve no research question.
  public static let unlinkedID = "unlinked"

  /// The codebook of `document`, whose store id (or template id) is `protocolID`.
  public init(
    for document: StudyProtocol, protocolID: String, catalogue: QuestionCatalogue = .builtin
  ) {
    let language = document.language
    let other: Language = language == .nb ? .en : .nb
    func guid(_ path: [String]) -> String {
      StableGUID.make(protocolID: protocolID, path: ["code"] + path)
    }
    func both(_ text: LocalizedText) -> String {
      text.text(in: language) == text.text(in: other)
        ? text.text(in: language)
        : "\(text.text(in: language))\n\(other.rawValue): \(text.text(in: other))"
    }
    func questionCode(_ question: GuideQuestion, path: [String]) -> CodebookCode {
      var lines = [both(question.text)]
      for probe in question.probes {
        lines.append("- [\(probe.kind.rawValue)] \(probe.text.text(in: language))")
      }
      return CodebookCode(
        id: question.id, guid: guid(path + [question.id]),
        name: "\(question.id): \(question.text.text(in: language))",
        description: lines.joined(separator: "\n"))
    }
    func themeCodes(path: [String], where fits: (GuideQuestion) -> Bool) -> [CodebookCode] {
      (document.guide?.themes ?? []).compactMap { theme in
        let questions = theme.questions.filter(fits)
        guard !questions.isEmpty else { return nil }
        let title =
          theme.title
          ?? LocalizedText(
            nb: theme.heading(in: .nb), en: theme.heading(in: .en))
        return CodebookCode(
          id: theme.id, guid: guid(path + [theme.id]), name: theme.heading(in: language),
          description: both(title),
          children: questions.map { questionCode($0, path: path + [theme.id]) })
      }
    }
    var codes = document.questions.map { question -> CodebookCode in
      let text: LocalizedText =
        question.text.map { LocalizedText(nb: $0, en: $0) }
        ?? catalogue.entry(id: question.id)?.text ?? LocalizedText(nb: question.id, en: question.id)
      return CodebookCode(
        id: question.id, guid: guid([question.id]),
        name: "\(question.id): \(text.text(in: language))", description: both(text),
        children: themeCodes(path: [question.id]) {
          $0.researchQuestionIDs.contains(question.id)
        })
    }
    let known = Set(document.questions.map(\.id))
    let unlinked = themeCodes(path: [Self.unlinkedID]) {
      $0.researchQuestionIDs.allSatisfy { !known.contains($0) }
    }
    if !unlinked.isEmpty {
      let heading = Self.unlinkedHeading
      codes.append(
        CodebookCode(
          id: Self.unlinkedID, guid: guid([Self.unlinkedID]), name: heading.name.text(in: language),
          description: both(heading.description), children: unlinked))
    }
    codes = Self.uniquelyNamed(codes, language: language)
    self.init(title: document.title, codes: codes)
  }
}

extension Codebook {
  /// The name and description of the top-level code for unlinked theme questions.
  static let unlinkedHeading = (
    name: LocalizedText(
      nb: "Spørsmål uten forskningsspørsmål", en: "Questions without a research question"),
    description: LocalizedText(
      nb: "Temaspørsmål i guiden som ikke er knyttet til noe av protokollens "
        + "forskningsspørsmål.",
      en: "Theme questions of the guide linked to none of the protocol's research "
        + "questions.")
  )

  /// `codes` with every name unique across the codebook: a name that repeats takes, below a
  /// research question, that question's number (`– forskningsspørsmål 2`), below the unlinked
  /// code `– uten forskningsspørsmål`; a name still repeated after that takes a counter (`(2)`).
  static func uniquelyNamed(_ codes: [CodebookCode], language: Language) -> [CodebookCode] {
    var counts: [String: Int] = [:]
    func count(_ code: CodebookCode) {
      counts[code.name, default: 0] += 1
      code.children.forEach(count)
    }
    codes.forEach(count)
    func suffixed(_ code: CodebookCode, _ suffix: String) -> CodebookCode {
      var code = code
      if counts[code.name, default: 0] > 1 { code.name += suffix }
      code.children = code.children.map { suffixed($0, suffix) }
      return code
    }
    let nb = language == .nb
    let located = codes.enumerated().map { index, top -> CodebookCode in
      let suffix =
        top.id == unlinkedID
        ? (nb ? " – uten forskningsspørsmål" : " – no research question")
        : (nb ? " – forskningsspørsmål \(index + 1)" : " – research question \(index + 1)")
      var top = top
      top.children = top.children.map { suffixed($0, suffix) }
      return top
    }
    var used: Set<String> = []
    func numbered(_ code: CodebookCode) -> CodebookCode {
      var code = code
      var name = code.name
      var counter = 1
      while used.contains(name) {
        counter += 1
        name = "\(code.name) (\(counter))"
      }
      used.insert(name)
      code.name = name
      code.children = code.children.map(numbered)
      return code
    }
    return located.map(numbered)
  }

  /// A description on one line, for the CSV codebook (Taguette's import form joins the lines
  /// of a multi-line cell): its lines joined with ` | `, a probe's list dash dropped.
  static func oneLine(_ description: String) -> String {
    description.split(whereSeparator: \.isNewline).map { line -> String in
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      return trimmed.hasPrefix("- [") ? String(trimmed.dropFirst(2)) : trimmed
    }.filter { !$0.isEmpty }.joined(separator: " | ")
  }
}
