/// The mapping of one protocol question: its model, the reason and the sampling it suggests.
public struct QuestionMapping: Hashable, Sendable {
  /// The question's id in the protocol.
  public let questionID: String
  /// The question's text (the planner's own wording in both languages for an own question).
  public let text: LocalizedText
  /// Whether the planner wrote the question.
  public let isOwn: Bool
  /// The model and the rule that fired.
  public let mapping: ModelMapping
  /// The catalogue's rationale for the dimensions; nil for an own question.
  public let rationale: LocalizedText?
  /// The sampling the catalogue suggests; nil for an own question.
  public let sampling: SamplingSuggestion?

  /// The model the question maps to.
  public var model: StudyModel { mapping.model }

  /// The reason in `language`: the catalogue's rationale when there is one, then the rule.
  public func reason(in language: Language) -> String {
    let rule = mapping.explanation(in: language)
    guard let rationale else { return rule }
    return "\(rationale.text(in: language)) \(rule)"
  }
}

/// Questions of one protocol that point to different models, and how model 3 reconciles them.
public struct MappingConflict: Hashable, Sendable {
  /// The questions that point to model 1.
  public let municipalityQuestionIDs: [String]
  /// The questions that point to model 2.
  public let cooperationQuestionIDs: [String]

  /// What model 3 would reconcile, in `language`.
  public func reconciliation(in language: Language) -> String {
    let municipal = municipalityQuestionIDs.joined(separator: ", ")
    let cooperative = cooperationQuestionIDs.joined(separator: ", ")
    switch language {
    case .nb:
      return "Modell 3 forener dem: trekk samarbeid først for spørsmålene om samarbeidet "
        + "(\(cooperative)), og bruk de minst sentrale medlemmene i dem som inngang for "
        + "spørsmålene om kommunen (\(municipal)), slik at de samme kommunene og informantene "
        + "svarer på begge."
    case .en:
      return "Model 3 reconciles them: draw cooperations first for the questions about the "
        + "cooperation (\(cooperative)), and use their least central members as the entry for "
        + "the questions about the municipality (\(municipal)), so that the same municipalities "
        + "and informants answer both."
    }
  }
}

/// The mapping over all of a protocol's questions: each question's model and reason, the
/// model the protocol as a whole points to, and the conflicts between questions.
public struct ProtocolMapping: Hashable, Sendable {
  /// The mapped questions, in protocol order.
  public let questions: [QuestionMapping]
  /// Catalogue ids in the protocol that the catalogue no longer has.
  public let unknownQuestionIDs: [String]

  /// Maps `questions` using `catalogue` for the catalogue questions.
  public init(questions: [ProtocolQuestion], catalogue: QuestionCatalogue = .builtin) {
    var mapped: [QuestionMapping] = []
    var unknown: [String] = []
    for question in questions {
      if let text = question.text, let dimensions = question.dimensions {
        mapped.append(
          QuestionMapping(
            questionID: question.id, text: LocalizedText(nb: text, en: text), isOwn: true,
            mapping: ModelMapper.map(dimensions), rationale: nil, sampling: nil))
      } else if let entry = catalogue.entry(id: question.id) {
        mapped.append(
          QuestionMapping(
            questionID: entry.id, text: entry.text, isOwn: false, mapping: entry.mapping,
            rationale: entry.rationale, sampling: entry.sampling))
      } else {
        unknown.append(question.id)
      }
    }
    self.questions = mapped
    self.unknownQuestionIDs = unknown
  }

  /// The model the protocol's questions point to: their common model, or model 3 when they
  /// differ or any of them needs both entries; nil without questions.
  public var proposedModel: StudyModel? {
    let models = Set(questions.map(\.model))
    guard let only = models.first else { return nil }
    return models.count == 1 ? only : .combined
  }

  /// The conflict between questions that point to model 1 and questions that point to
  /// model 2, if the protocol has both.
  public var conflict: MappingConflict? {
    let municipal = questionIDs(mappedTo: .municipalityCentred)
    let cooperative = questionIDs(mappedTo: .cooperationCentred)
    guard !municipal.isEmpty, !cooperative.isEmpty else { return nil }
    return MappingConflict(
      municipalityQuestionIDs: municipal, cooperationQuestionIDs: cooperative)
  }

  /// The ids of the questions that map to `model`.
  public func questionIDs(mappedTo model: StudyModel) -> [String] {
    questions.filter { $0.model == model }.map(\.questionID)
  }

  /// The ids of the questions behind a proposal of `model`: those that map to it, or, for a
  /// model 3 that arises from a conflict between models 1 and 2, every question.
  public func questionIDs(proposing model: StudyModel) -> [String] {
    if model == .combined, conflict != nil { return questions.map(\.questionID) }
    return questionIDs(mappedTo: model)
  }
}
