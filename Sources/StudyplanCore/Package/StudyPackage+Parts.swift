import Foundation

extension StudyPackage {
  /// The parts of every package, in order. Add a new kind of document here; its files come
  /// from ``Exporter``, as `export` makes them.
  public static let parts: [Part] = [
    protocolPart, guidesPart, letterPart, checklistPart, methodsPart, samplePart, figuresPart,
    fieldworkPart,
  ]

  /// The protocol in the exchange format, which `import` reads back.
  static let protocolPart = Part(title: LocalizedText(nb: "Protokollen", en: "The protocol")) {
    context, _ in try Exporter.artifacts(ExportRequest(.protocol, format: .json), context)
  }

  /// One interview guide per role (the whole guide when the protocol has no roles).
  static let guidesPart = Part(
    title: LocalizedText(nb: "Intervjuguider", en: "Interview guides"),
    missing: LocalizedText(
      nb: "protokollen har ingen guide ennå ('guide build')",
      en: "the protocol has no guide yet ('guide build')")
  ) { context, format in
    guard context.document.guide != nil else { return [] }
    return try Exporter.artifacts(
      ExportRequest(.guide, format: format, roles: context.document.roles.isEmpty ? .none : .all),
      context)
  }

  /// The information letter per role (and per former holder the fieldwork log plans); one
  /// letter naming every role when the protocol has no roles.
  static let letterPart = Part(
    title: LocalizedText(nb: "Informasjonsskriv", en: "Information letters")
  ) { context, format in
    try Exporter.artifacts(
      ExportRequest(.letter, format: format, roles: context.document.roles.isEmpty ? .none : .all),
      context)
  }

  /// The Sikt / GDPR art. 13 checklist the letters are checked against.
  static let checklistPart = Part(
    title: LocalizedText(nb: "Sjekkliste for informasjonsskriv", en: "Letter checklist")
  ) { context, format in
    try Exporter.artifacts(ExportRequest(.letterChecklist, format: format), context)
  }

  /// The methods text.
  static let methodsPart = Part(title: LocalizedText(nb: "Metodetekst", en: "Methods text")) {
    context, format in try Exporter.artifacts(ExportRequest(.methods, format: format), context)
  }

  /// The sample with its reserves and the frame's attributes.
  static let samplePart = Part(
    title: LocalizedText(nb: "Utvalg", en: "Sample"),
    missing: LocalizedText(
      nb: "ingen utvalg er trukket ennå ('sample')", en: "no sample has been drawn yet ('sample')")
  ) { context, _ in
    guard context.document.sample != nil else { return [] }
    return try Exporter.artifacts(ExportRequest(.sample, format: .csv), context)
  }

  /// The map of frame and sample, and (once a sample is drawn) the charts of frame against
  /// sample, as SVG files.
  static let figuresPart = Part(
    title: LocalizedText(nb: "Kart og diagrammer", en: "Map and charts")
  ) { context, _ in
    let map = try Exporter.artifacts(ExportRequest(.map, format: .svg), context)
    guard let sample = context.document.sample else { return map }
    let language = context.document.language
    return map
      + SampleCharts.fields(for: context.frame.layer).map { field in
        Exporter.text(
          Exporter.svgFile(
            SampleCharts.svg(field: field, frame: context.frame, sample: sample, language: language)
          ),
          path: "figures/chart-\(field.rawValue).svg",
          about: LocalizedText(
            nb: "ramme og utvalg etter "
              + SampleCharts.fieldName(field, .nb, layer: context.frame.layer),
            en: "frame and sample by "
              + SampleCharts.fieldName(field, .en, layer: context.frame.layer)))
      }
  }

  /// The fieldwork log: pseudonymous slot ids, codes and dates (no names).
  static let fieldworkPart = Part(
    title: LocalizedText(nb: "Feltarbeidslogg", en: "Fieldwork log"),
    missing: LocalizedText(
      nb: "ingen feltarbeidslogg er planlagt ennå ('fieldwork')",
      en: "no fieldwork log is planned yet ('fieldwork')")
  ) { context, _ in
    guard let log = context.document.fieldwork, !log.slots.isEmpty else { return [] }
    return try Exporter.artifacts(ExportRequest(.fieldwork, format: .csv), context)
  }
}
