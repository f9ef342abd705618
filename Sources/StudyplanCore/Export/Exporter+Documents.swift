import Foundation

/// The guides, letters, letter checklist and methods text: documents rendered in a document
/// format.
extension Exporter {
  /// The whole guide, one role's, or one per role.
  static func guides(_ request: ExportRequest, _ context: ExportContext) throws
    -> [ExportArtifact]
  {
    let document = context.document
    func guide(_ role: InformantRole?) throws -> ExportArtifact {
      try rendered(
        try document.guideDocument(for: role),
        path: "guides/guide" + (role.map { "-\($0.id)" } ?? ""), format: request.format,
        about: role.map {
          LocalizedText(
            nb: "intervjuguiden for rollen \($0.name.nb)",
            en: "the interview guide for the role \($0.name.en)")
        } ?? LocalizedText(nb: "intervjuguiden for alle roller", en: "the guide for every role"))
    }
    switch request.roles {
    case .none: return [try guide(nil)]
    case .role(let name): return [try guide(try document.role(named: name))]
    case .all: return try roles(of: document).map(guide)
    }
  }

  /// The information letter naming every role, one role's (to a current or former holder),
  /// or one per role and per former holder the fieldwork log plans.
  static func letters(_ request: ExportRequest, _ context: ExportContext) throws
    -> [ExportArtifact]
  {
    let document = context.document
    func letter(_ letter: InformationLetter, role: InformantRole?, holder: RoleHolder) throws
      -> ExportArtifact
    {
      let former = holder == .former
      return try rendered(
        letter.document,
        path: "letters/" + InformationLetter.fileStem(role: role, holder: holder),
        format: request.format,
        about: role.map {
          LocalizedText(
            nb: "utkast til informasjonsskriv for "
              + (former ? "tidligere innehaver av rollen " : "rollen ") + $0.name.nb,
            en: "the draft information letter for "
              + (former ? "a former holder of the role " : "the role ") + $0.name.en)
        }
          ?? LocalizedText(
            nb: "utkast til informasjonsskriv for alle roller",
            en: "the draft information letter for every role"))
    }
    switch request.roles {
    case .none:
      return [try letter(InformationLetter(for: document), role: nil, holder: .current)]
    case .role(let name):
      let role = try document.role(named: name)
      let holder: RoleHolder = request.former ? .former : .current
      return [
        try letter(
          InformationLetter(for: document, role: role, holder: holder), role: role, holder: holder)
      ]
    case .all:
      _ = try roles(of: document)
      return try InformationLetter.perRole(for: document).map {
        try letter($0.letter, role: $0.role, holder: $0.holder)
      }
    }
  }

  /// The planner's report of what the letter covers (Sikt and GDPR art. 13).
  static func checklist(_ format: FileFormat, _ context: ExportContext) throws -> ExportArtifact {
    let document = context.document
    return try rendered(
      LetterChecklist(for: document).document(title: document.title, language: document.language),
      path: "letters/letter-checklist", format: format,
      about: LocalizedText(
        nb: "sjekklisten for informasjonsskrivet (Sikt og GDPR art. 13): hva som er dekket",
        en: "the letter checklist (Sikt and GDPR art. 13): what is covered"))
  }

  /// The methods chapter; in HTML with the map and the charts of frame against sample.
  static func methods(_ format: FileFormat, _ context: ExportContext) throws -> ExportArtifact {
    let document = context.document
    var methods = MethodsText(
      for: document,
      sampling: document.sample.map { SamplingDescription($0, software: context.software) },
      baseline: context.baseline
    ).document
    if format == .html, document.sample != nil {
      methods.blocks += try SampleReport.figures(
        frame: context.frame, sample: document.sample,
        title: (document.language == .nb ? "Utvalg: " : "Sample: ") + document.title,
        language: document.language)
    }
    return try rendered(
      methods, path: "methods", format: format,
      about: LocalizedText(
        nb: "metodekapittelet: design, utvalg, trekning, roller og guide (COREQ)",
        en: "the methods chapter: design, sample, draw, roles and guide (COREQ)"))
  }
}
