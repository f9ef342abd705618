/// A research question chosen for a protocol: a catalogue entry or the planner's own.
///
/// Placeholder shape: the catalogue work (issue 4) gives it its full form.
public struct ProtocolQuestion: Codable, Equatable, Sendable {
  /// The question's id: a catalogue id, or `own-N` for the planner's own.
  public var id: String

  public init(id: String) {
    self.id = id
  }
}

/// The study model a protocol uses, with the reason for it.
///
/// Placeholder shape: the catalogue work (issue 4) gives it its full form.
public struct ModelChoice: Codable, Equatable, Sendable {
  /// The chosen model.
  public var model: StudyModel
  /// The planner's justification, required when the choice goes against the mapping.
  public var justification: String?

  public init(model: StudyModel, justification: String? = nil) {
    self.model = model
    self.justification = justification
  }
}
