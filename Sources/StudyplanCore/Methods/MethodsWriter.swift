import Foundation

/// Writes the methods chapter in one language, collecting the COREQ items as it goes.
struct MethodsWriter {
  var studyProtocol: StudyProtocol
  var sampling: SamplingDescription?
  var language: Language
  var baseline: FollowUpBaseline?
  var blocks: [DocumentBlock] = []
  var coreq: [CoreqEntry] = []

  var nb: Bool { language == .nb }
  func t(_ nb: String, _ en: String) -> String { self.nb ? nb : en }
  var fields: MethodsFields { studyProtocol.methods ?? MethodsFields() }
  var log: FieldworkLog? { studyProtocol.fieldwork.flatMap { $0.slots.isEmpty ? nil : $0 } }

  /// «tre kommuner», «ett intervju».
  func count(_ number: Int, _ noun: CountedNoun, digits: Bool = false) -> String {
    noun.counted(number, language, digits: digits)
  }

  mutating func heading(_ nb: String, _ en: String) {
    blocks.append(.heading(level: 1, text: t(nb, en)))
  }

  /// The sentences as one paragraph, each starting with a capital and ending with a stop.
  mutating func paragraph(_ sentences: [String]) {
    let text = Prose.sentences(sentences.map { $0.prefix(1).uppercased() + $0.dropFirst() })
    if !text.isEmpty { blocks.append(.paragraph([.plain(text)])) }
  }

  /// Where a COREQ item's text came from.
  enum Source {
    case sample, log, guide, plannedGuide, reported
    /// A field, as the command that sets it names it (`consent recording`).
    case field(String)
  }

  func sourceText(_ sources: [Source]) -> String {
    let words = sources.compactMap { source -> String? in
      switch source {
      case .sample: t("utvalget", "the sample")
      case .log: t("feltarbeidsloggen", "the fieldwork log")
      case .guide: t("intervjuguiden", "the interview guide")
      case .plannedGuide: t("planlagt tid i guiden", "the guide's planned time")
      case .reported: t("studiens egne tall", "the study's own figures")
      case .field: nil
      }
    }
    let fields = sources.compactMap { if case .field(let name) = $0 { name } else { nil } }
    var parts = words
    if !fields.isEmpty { parts.append(t("felt: ", "field: ") + fields.joined(separator: ", ")) }
    return parts.joined(separator: "; ")
  }

  mutating func filled(_ items: ClosedRange<Int>, from sources: [Source]) {
    let source = sourceText(sources)
    for number in items {
      coreq.append(CoreqEntry(number: number, state: .filled, source: source))
    }
  }

  mutating func toWrite(_ items: ClosedRange<Int>, command: String) {
    for number in items {
      coreq.append(CoreqEntry(number: number, state: .toWrite, source: command))
    }
  }

  /// The methods field's text as a paragraph, or a "to write" note with its command. A field
  /// that answers one item fills it; a field that answers several covers each only partly
  /// (the checklist shows each item's question beside it); items 30–32 wait for the analysis.
  mutating func field(_ field: MethodsField, items: ClosedRange<Int>) {
    let command = setCommand(field)
    guard let text = fields[field] else {
      writeNote(items: items, what: prompt(field), command: command)
      for number in items {
        coreq.append(
          CoreqItem.waitsForAnalysis(number)
            ? CoreqEntry(number: number, state: .afterAnalysis, source: command)
            : CoreqEntry(number: number, state: .toWrite, source: command))
      }
      return
    }
    paragraph([text])
    let source = sourceText([.field("methods \(field.rawValue)")])
    for number in items {
      let state: CoreqState =
        CoreqItem.waitsForAnalysis(number)
        ? .afterAnalysis : items.count == 1 ? .filled : .partly
      coreq.append(CoreqEntry(number: number, state: state, source: source))
    }
  }

  /// What a field holds, as the "to write" note asks for it.
  func prompt(_ field: MethodsField) -> String {
    field.prompt(in: language, controller: studyProtocol.consent.controller)
  }

  func setCommand(_ field: MethodsField) -> String { "methods \(field.rawValue) \"…\"" }

  func coreqLabel(_ items: ClosedRange<Int>) -> String {
    items.count == 1 ? "COREQ \(items.lowerBound)" : "COREQ \(items.lowerBound)–\(items.upperBound)"
  }

  mutating func writeNote(items: ClosedRange<Int>?, what: String, command: String) {
    blocks.append(
      .note([
        .strong(t("Skrives", "To write") + (items.map { " (\(coreqLabel($0)))" } ?? "") + ": "),
        .plain(Prose.sentence(what) + " "),
        .plain(t("Sett med: ", "Set with: ")), .emphasis(command),
      ]))
  }

  func roleName(_ id: String) -> String {
    studyProtocol.roles.first { $0.id == id }?.name.text(in: language)
      ?? RoleCatalogue.builtin.roles.first { $0.id == id }?.name.text(in: language) ?? id
  }

  mutating func document() -> ExportDocument {
    purposeAndDesign()
    researchQuestions()
    approach()
    team()
    sample()
    recruitment()
    participants()
    dataCollection()
    saturationAndAnalysis()
    checklist()
    return ExportDocument(
      title: t("Metode: ", "Methods: ") + studyProtocol.title,
      subtitle: [t("Utkast til metodekapittel", "Draft methods chapter")],
      language: language, blocks: blocks)
  }

  mutating func researchQuestions() {
    heading("Forskningsspørsmål og studiemodell", "Research questions and study model")
    let questions = studyProtocol.questions.map(questionText)
    if questions.isEmpty {
      writeNote(
        items: nil, what: t("forskningsspørsmålene", "the research questions"),
        command: "ask QUESTION-ID")
    } else {
      paragraph([
        t(
          "Studien skal besvare \(questions.count == 1 ? "dette forskningsspørsmålet" : "disse forskningsspørsmålene"):",
          "The study addresses \(questions.count == 1 ? "this research question" : "these research questions"):"
        )
      ])
      blocks.append(.numberedList(questions.map { ListItem([.plain($0)]) }))
    }
    if let choice = studyProtocol.model {
      let name = choice.model.name(in: language)
      var sentences = [
        t(
          "Studien følger studiemodell \(choice.model.rawValue), \(name)",
          "The study follows study model \(choice.model.rawValue), \(name)")
      ]
      if let why = choice.justification { sentences.append(t("Begrunnelse: ", "Reason: ") + why) }
      paragraph(sentences)
    } else {
      writeNote(
        items: nil, what: t("studiemodellen og begrunnelsen", "the study model and the reason"),
        command: "model 1|2|3 --because \"…\"")
    }
  }

  /// A research question's text: the planner's own, or the catalogue's in this language.
  func questionText(_ question: ProtocolQuestion) -> String {
    question.text
      ?? QuestionCatalogue.builtin.entry(id: question.id)?.text.text(in: language) ?? question.id
  }

  mutating func approach() {
    heading("Metodisk tilnærming", "Methodological orientation")
    field(.orientation, items: 9...9)
  }

  mutating func team() {
    heading("Forskerteam og refleksivitet", "Research team and reflexivity")
    field(.team, items: 1...5)
    field(.relationship, items: 6...8)
  }
}
