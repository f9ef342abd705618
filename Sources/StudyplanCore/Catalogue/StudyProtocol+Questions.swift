/// The research questions of a protocol: asking, dropping, mapping and choosing the model.
extension StudyProtocol {
  /// Adds the catalogue entry with this id to the protocol's questions.
  ///
  /// - Returns: The entry that was added.
  /// - Throws: `StudyplanError.unknownQuestion` (with a suggestion) or
  ///   `.questionAlreadyAsked`.
  @discardableResult
  public mutating func ask(
    catalogueID id: String, in catalogue: QuestionCatalogue = .builtin
  ) throws(StudyplanError) -> CatalogueQuestion {
    let entry = try catalogue.resolve(id)
    guard !questions.contains(where: { $0.id == entry.id }) else {
      throw .questionAlreadyAsked(entry.id)
    }
    questions.append(.catalogue(entry.id))
    return entry
  }

  /// Adds the planner's own question with its dimension answers, under the next `own-N` id.
  ///
  /// - Returns: The question that was added.
  /// - Throws: `StudyplanError.emptyOwnQuestion` when `text` is blank, or
  ///   `.questionAlreadyAsked` when the same wording is already there.
  @discardableResult
  public mutating func ask(own text: String, dimensions: QuestionDimensions)
    throws(StudyplanError) -> ProtocolQuestion
  {
    let wording = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    guard !wording.isEmpty else { throw .emptyOwnQuestion }
    if let same = questions.first(where: { $0.text == wording }) {
      throw .questionAlreadyAsked(same.id)
    }
    let question = ProtocolQuestion.own(
      id: nextOwnQuestionID, text: wording, dimensions: dimensions)
    questions.append(question)
    return question
  }

  /// The id the next own question gets: `own-N`, one past the highest used so far.
  public var nextOwnQuestionID: String {
    let used = questions.compactMap { question -> Int? in
      guard question.id.hasPrefix(ProtocolQuestion.ownPrefix) else { return nil }
      return Int(question.id.dropFirst(ProtocolQuestion.ownPrefix.count))
    }
    return ProtocolQuestion.ownPrefix + String((used.max() ?? 0) + 1)
  }

  /// Removes the question with this id.
  ///
  /// - Returns: The question that was removed.
  /// - Throws: `StudyplanError.questionNotInProtocol` with the nearest id as a suggestion.
  @discardableResult
  public mutating func drop(questionID id: String) throws(StudyplanError) -> ProtocolQuestion {
    let key = NearestMatch.key(id)
    guard let index = questions.firstIndex(where: { $0.id == key }) else {
      let ids = questions.map(\.id)
      throw .questionNotInProtocol(id, suggestion: NearestMatch.closest(to: id, in: ids))
    }
    return questions.remove(at: index)
  }

  /// The mapping over the protocol's questions.
  public func mapping(catalogue: QuestionCatalogue = .builtin) -> ProtocolMapping {
    ProtocolMapping(questions: questions, catalogue: catalogue)
  }

  /// Chooses the study model, recording what the mapping proposed and the justification.
  ///
  /// - Throws: `StudyplanError.modelAgainstMapping` when the model differs from the
  ///   mapping's proposal and `justification` is missing or blank.
  @discardableResult
  public mutating func chooseModel(
    _ model: StudyModel, because justification: String? = nil,
    catalogue: QuestionCatalogue = .builtin
  ) throws(StudyplanError) -> ModelChoice {
    let choice = try ModelChoice.choose(
      model, because: justification, mapping: mapping(catalogue: catalogue))
    self.model = choice
    return choice
  }

  /// The roles the protocol's catalogue questions suggest, by id, first mention first.
  public func suggestedRoleIDs(catalogue: QuestionCatalogue = .builtin) -> [String] {
    var seen: Set<String> = []
    var ids: [String] = []
    for question in questions {
      for id in catalogue.entry(id: question.id)?.roleIDs ?? [] where seen.insert(id).inserted {
        ids.append(id)
      }
    }
    return ids
  }
}
