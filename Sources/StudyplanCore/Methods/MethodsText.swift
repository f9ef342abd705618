/// The methods chapter in prose, from the protocol and its fieldwork log: research questions
/// as text, the design in words, sampling, approach and response by role, data collection,
/// saturation, analysis and reporting, with every COREQ item (1–32) either filled (naming the
/// field it came from) or listed as to write, with the command that sets it.
public struct MethodsText: Equatable, Sendable {
  /// The text, ready to render.
  public var document: ExportDocument
  /// The COREQ items in order, filled or to write.
  public var coreq: [CoreqEntry]

  /// Writes the methods text for `studyProtocol` with `sampling` described (nil: not drawn).
  public init(
    for studyProtocol: StudyProtocol, sampling: SamplingDescription?, language: Language? = nil
  ) {
    var writer = MethodsWriter(
      studyProtocol: studyProtocol, sampling: sampling,
      language: language ?? studyProtocol.language)
    self.document = writer.document()
    self.coreq = writer.coreq.sorted { $0.number < $1.number }
  }
}
