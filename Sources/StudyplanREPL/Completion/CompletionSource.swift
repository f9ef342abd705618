import StudyplanCore

/// Candidates for each kind of argument, drawn from the session's store, the open protocol and
/// the catalogues.
public struct CompletionSource: Sendable {
  /// The candidates for `kind`.
  public var candidates: @Sendable (ArgumentKind) -> [String]

  public init(candidates: @escaping @Sendable (ArgumentKind) -> [String]) {
    self.candidates = candidates
  }

  /// Candidates from a session's store, its open protocol and the built-in catalogues.
  ///
  /// Protocol ids come from the store only when it exists, so Tab never creates a file.
  /// `document` returns the protocol open in the session now (see ``REPL/sessionDidChange``);
  /// guide ids, the protocol's questions and roles come from it.
  public static func live(
    store: StoreHandle, document: @escaping @Sendable () -> StudyProtocol? = { nil }
  ) -> CompletionSource {
    CompletionSource { kind in liveCandidates(kind, store: store, document: document) }
  }

  private static func liveCandidates(
    _ kind: ArgumentKind, store: StoreHandle, document: () -> StudyProtocol?
  ) -> [String] {
    switch kind {
    case .text, .command, .path, .frameFilter: return []
    case .choices(let choices): return choices.words
    case .suggested(let words): return words
    case .anyOf(let kinds):
      return kinds.flatMap { liveCandidates($0, store: store, document: document) }
    case .protocolID, .protocolVersion:
      guard store.exists else { return [] }
      return (try? store.store().protocolIDs()) ?? []
    case .municipality:
      return MunicipalityCandidates.all
    case .questionID:
      return QuestionCatalogue.builtin.ids + (document()?.questions.map(\.id) ?? [])
    case .role:
      return RoleCatalogue.builtin.completionCandidates
    case .protocolRole:
      let ids = document()?.roles.map(\.id) ?? []
      return ids.isEmpty ? RoleCatalogue.builtin.completionCandidates : ids
    case .protocolQuestion:
      return document()?.questions.map(\.id) ?? []
    case .guideQuestion:
      return document()?.guide?.allQuestions.map(\.question.id) ?? []
    case .guideItem:
      return document()?.guide?.allQuestions.flatMap { _, question in
        [question.id] + question.probes.indices.map { "\(question.id).\($0 + 1)" }
      } ?? []
    case .guideSection:
      return document()?.guide?.sections.map(\.id) ?? []
    case .frameField:
      return FrameField.allCases.map(\.rawValue)
    case .template:
      return ShippedProtocol.all.map(\.id)
    case .informantSlot:
      return document()?.fieldwork?.slots.map(\.id) ?? []
    case .sampledUnit:
      let units = document()?.sample?.activeUnits ?? []
      return units.map(\.kommunenummer) + units.map(\.name).filter { !$0.contains(" ") }
    }
  }
}
