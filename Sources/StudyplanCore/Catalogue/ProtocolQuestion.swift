/// A research question chosen for a protocol: a catalogue entry or the planner's own.
///
/// A catalogue question holds only its id; its text, dimensions and themes come from the
/// catalogue. The planner's own question holds its text, as typed, and the planner's answers
/// to the dimension questions, so it is mapped by the same rules as a catalogue entry.
public struct ProtocolQuestion: Codable, Equatable, Sendable {
  /// The question's id: a catalogue id, or `own-N` for the planner's own.
  public var id: String
  /// The planner's own wording; nil for a catalogue question.
  public var text: String?
  /// The planner's answers to the dimension questions; nil for a catalogue question.
  public var dimensions: QuestionDimensions?

  public init(id: String, text: String? = nil, dimensions: QuestionDimensions? = nil) {
    self.id = id
    self.text = text
    self.dimensions = dimensions
  }

  /// A reference to the catalogue entry with this id.
  public static func catalogue(_ id: String) -> ProtocolQuestion {
    ProtocolQuestion(id: id)
  }

  /// The planner's own question with its dimension answers.
  public static func own(id: String, text: String, dimensions: QuestionDimensions)
    -> ProtocolQuestion
  {
    ProtocolQuestion(id: id, text: text, dimensions: dimensions)
  }

  /// Whether the planner wrote the question rather than taking it from the catalogue.
  public var isOwn: Bool { text != nil }

  /// The prefix of own questions' ids.
  public static let ownPrefix = "own-"
}

/// The study model a protocol uses, with the reason for it.
///
/// When the planner picks a model other than the one the mapping proposes, the choice records
/// what the mapping proposed and the planner's justification, so a reviewer sees both.
public struct ModelChoice: Codable, Equatable, Sendable {
  /// The chosen model.
  public var model: StudyModel
  /// The planner's justification, required when the choice goes against the mapping.
  public var justification: String?
  /// Whether the chosen model differs from the one the mapping proposed.
  public var isAgainstMapping: Bool
  /// The model the mapping proposed when the choice was made; nil without questions.
  public var proposedModel: StudyModel?

  public init(
    model: StudyModel,
    justification: String? = nil,
    isAgainstMapping: Bool = false,
    proposedModel: StudyModel? = nil
  ) {
    self.model = model
    self.justification = justification
    self.isAgainstMapping = isAgainstMapping
    self.proposedModel = proposedModel
  }

  private enum CodingKeys: String, CodingKey {
    case model, justification, isAgainstMapping, proposedModel
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    model = try container.decode(StudyModel.self, forKey: .model)
    justification = try container.decodeIfPresent(String.self, forKey: .justification)
    isAgainstMapping =
      try container.decodeIfPresent(Bool.self, forKey: .isAgainstMapping) ?? false
    proposedModel = try container.decodeIfPresent(StudyModel.self, forKey: .proposedModel)
  }

  /// Chooses `model` against what `mapping` proposes.
  ///
  /// A model that differs from the proposal needs a non-blank `justification`; a model that
  /// agrees, or any model when the protocol has no questions yet, does not.
  ///
  /// - Throws: `StudyplanError.modelAgainstMapping` when the choice differs from the
  ///   proposal and no justification is given.
  public static func choose(
    _ model: StudyModel, because justification: String?, mapping: ProtocolMapping
  ) throws(StudyplanError) -> ModelChoice {
    let reason = justification.flatMap { text -> String? in
      let trimmed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      return trimmed.isEmpty ? nil : trimmed
    }
    guard let proposed = mapping.proposedModel, proposed != model else {
      return ModelChoice(model: model, justification: reason, proposedModel: mapping.proposedModel)
    }
    guard let reason else {
      throw .modelAgainstMapping(
        chosen: model, proposed: proposed, questionIDs: mapping.questionIDs(proposing: proposed))
    }
    return ModelChoice(
      model: model, justification: reason, isAgainstMapping: true, proposedModel: proposed)
  }
}

extension StudyModel {
  /// Reads a model from `1`, `2` or `3`.
  ///
  /// - Throws: `StudyplanError.unknownModel` for anything else.
  public static func parse(_ text: String) throws(StudyplanError) -> StudyModel {
    guard let number = Int(NearestMatch.key(text)), let model = StudyModel(rawValue: number) else {
      throw .unknownModel(text)
    }
    return model
  }
}
