/// The methods section a reviewer asks for: sampling, roles, guide and interviews, with the
/// COREQ items it answers (10–13, 16–17, 21–22).
public struct MethodsText: Equatable, Sendable {
  /// The text, ready to render.
  public var document: ExportDocument

  /// Writes the methods text for `studyProtocol` with `sampling` described (nil: not drawn).
  public init(
    for studyProtocol: StudyProtocol, sampling: SamplingDescription?, language: Language? = nil
  ) {
    let writer = MethodsWriter(
      studyProtocol: studyProtocol, sampling: sampling ?? SamplingDescription(),
      language: language ?? studyProtocol.language)
    self.document = writer.document()
  }
}
