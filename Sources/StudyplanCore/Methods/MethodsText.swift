/// The methods chapter in prose, from the protocol and its fieldwork log: the purpose (and,
/// for a follow-up, the study it follows and what changed), research questions, the design in
/// words for every sampling design, approach and response by role, data collection,
/// saturation, analysis and reporting, with every COREQ item (1–32) filled from a field, the
/// log or the sample, partly covered by a field that answers several items, or to write.
public struct MethodsText: Equatable, Sendable {
  /// The text, ready to render.
  public var document: ExportDocument
  /// The COREQ items in order, with where each stands.
  public var coreq: [CoreqEntry]

  /// Writes the methods text for `studyProtocol` with `sampling` described (nil: not drawn);
  /// `baseline` is the study a follow-up follows, as the store holds it.
  public init(
    for studyProtocol: StudyProtocol, sampling: SamplingDescription?, language: Language? = nil,
    baseline: FollowUpBaseline? = nil
  ) {
    var writer = MethodsWriter(
      studyProtocol: studyProtocol, sampling: sampling,
      language: language ?? studyProtocol.language, baseline: baseline)
    self.document = writer.document()
    self.coreq = writer.coreq.sorted { $0.number < $1.number }
  }
}

/// The study a follow-up follows: the version its lineage names and, when the store holds
/// it, that version's document. The REPL reads it from the store and hands it to the export
/// (``ExportContext/baseline``); Core never reads the store for it.
public struct FollowUpBaseline: Equatable, Sendable {
  /// The version the follow-up names (`p3@1`).
  public var reference: VersionReference
  /// The version's document; nil when the store does not hold it (an imported follow-up).
  public var document: StudyProtocol?

  /// A baseline found (or not) in the store.
  public init(reference: VersionReference, document: StudyProtocol?) {
    self.reference = reference
    self.document = document
  }
}
