/// A draft information letter (informasjonsskriv) for the protocol's informants.
///
/// Written in layers, most important first, it covers the 17-point checklist
/// (`LetterChecklistItem`). Where a consent field is unset the text shows a marked gap, and the
/// draft opens with a note listing exactly the missing fields.
public struct InformationLetter: Equatable, Sendable {
  /// The letter, ready to render.
  public var document: ExportDocument
  /// The consent fields still unset, in checklist order.
  public var missing: [ConsentField]
  /// The checklist points the letter covers fully.
  public var covered: [LetterChecklistItem]

  /// Drafts the letter for `studyProtocol` in its language (or `language`).
  public init(for studyProtocol: StudyProtocol, language: Language? = nil) {
    let language = language ?? studyProtocol.language
    let consent = studyProtocol.consent
    let missing = consent.missing(fallbackPurpose: studyProtocol.purpose)
    self.missing = missing
    self.covered = LetterChecklistItem.allCases.filter { item in
      item.fields.allSatisfy { !missing.contains($0) }
    }
    var writer = LetterWriter(studyProtocol: studyProtocol, language: language, missing: missing)
    self.document = writer.document(covered: covered)
  }
}
