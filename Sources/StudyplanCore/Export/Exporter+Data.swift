import Foundation

/// The protocol JSON, the sample, the fieldwork log, the map and the hand-off to analysis
/// software.
extension Exporter {
  /// The whole protocol in the exchange format, which `import` reads back.
  static func protocolJSON(_ context: ExportContext) throws -> ExportArtifact {
    ExportArtifact(
      path: "protocol.json", data: try ProtocolJSON.encode(context.document), isBinary: false,
      about: LocalizedText(
        nb: "hele protokollen i utvekslingsformatet (les den inn igjen med 'import')",
        en: "the whole protocol in the exchange format (read it back with 'import')"))
  }

  /// The sample with its reserves and the frame's attributes (CSV, an NVivo case sheet, or the
  /// same rows as an XLSX workbook), or the sample page with map and charts (HTML).
  static func sample(_ format: FileFormat, _ context: ExportContext) throws -> ExportArtifact {
    guard let sample = context.document.sample else { throw StudyplanError.noSample }
    if format == .html {
      let report = try SampleReport.document(
        protocolTitle: context.document.title, frame: context.frame, sample: sample,
        language: context.document.language)
      return text(
        HTMLRenderer.render(report), path: "sample.html",
        about: LocalizedText(
          nb: "utvalget med kart og diagrammer", en: "the sample with its map and charts"))
    }
    return try table(
      SampleCSVRenderer.table(sample, frame: context.frame), format: format, name: "sample",
      about: LocalizedText(
        nb: "utvalget med reserver i erstatningsrekkefølge og rammens kjennetegn",
        en: "the sample with its reserves in replacement order and the frame's attributes"))
  }

  /// `table` as the CSV file or the XLSX workbook `name`.
  static func table(_ table: ExportTable, format: FileFormat, name: String, about: LocalizedText)
    throws -> ExportArtifact
  {
    guard format == .xlsx else { return text(table.csv(), path: "\(name).csv", about: about) }
    return ExportArtifact(
      path: "\(name).xlsx", data: try SpreadsheetML.workbook(table, sheetName: name),
      isBinary: true, about: about)
  }

  /// The fieldwork log: pseudonymous slot ids, codes and dates only.
  static func fieldwork(_ format: FileFormat, _ context: ExportContext) throws -> ExportArtifact {
    guard let log = context.document.fieldwork, !log.slots.isEmpty else {
      throw StudyplanError.noFieldworkPlan
    }
    return try table(
      log.table, format: format, name: "fieldwork",
      about: LocalizedText(
        nb: "feltarbeidsloggen: pseudonyme plass-id-er, koder og datoer",
        en: "the fieldwork log: pseudonymous slot ids, codes and dates"))
  }

  /// The frame and the sample (if any) on a map: standalone SVG, or an HTML page holding it.
  static func map(_ format: FileFormat, colouring: MapColouring, _ context: ExportContext) throws
    -> ExportArtifact
  {
    let document = context.document
    let title = mapTitle(of: document)
    let svg = try FrameMap.svg(
      frame: context.frame, sample: document.sample, colouring: colouring, title: title,
      language: document.language)
    let about = LocalizedText(
      nb: "kart over kommunene i 2019 med status i utvalget (Kartverket, CC BY 4.0)",
      en: "map of the 2019 municipalities by their status in the sample (Kartverket, CC BY 4.0)")
    guard format == .html else { return text(svgFile(svg), path: "figures/map.svg", about: about) }
    let page = ExportDocument(
      title: title, language: document.language,
      blocks: [.figure(svg: svg, caption: FrameMap.attribution(document.language))])
    return text(HTMLRenderer.render(page), path: "figures/map.html", about: about)
  }

  /// `Utvalg: TITLE` once a sample is drawn, else `Utvalgsramme: TITLE`.
  static func mapTitle(of document: StudyProtocol) -> String {
    let nb = document.language == .nb
    return document.sample == nil
      ? (nb ? "Utvalgsramme: " : "Sampling frame: ") + document.title
      : (nb ? "Utvalg: " : "Sample: ") + document.title
  }

  /// An SVG drawing as a file of its own, with the XML declaration.
  static func svgFile(_ svg: String) -> String {
    #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n" + svg
  }

  /// The research questions, themes and main questions as a REFI-QDA codebook or a CSV
  /// codebook (Taguette and others).
  static func codebook(_ format: FileFormat, _ context: ExportContext) throws -> ExportArtifact {
    let codebook = Codebook(for: context.document, protocolID: context.prefix)
    let about = LocalizedText(
      nb: "kodeboken: forskningsspørsmål, temaer og hovedspørsmål",
      en: "the codebook: research questions, themes and main questions")
    if format == .csv { return text(try codebook.csv(), path: "codebook.csv", about: about) }
    return text(
      try QDAXML.codebook(codebook, origin: context.software), path: "codebook.qdc", about: about)
  }

  /// The sampled units (and the fieldwork log's informant slots, by pseudonymous id) as cases
  /// with the frame's attributes: a case sheet (CSV or XLSX), or a REFI-QDA project with the
  /// codebook.
  static func cases(_ format: FileFormat, _ context: ExportContext) throws -> ExportArtifact {
    let document = context.document
    guard let sample = document.sample else { throw StudyplanError.noSample }
    let sheet = CaseSheet(sample: sample, frame: context.frame, fieldwork: document.fieldwork)
    let about = LocalizedText(
      nb: "utvalgte enheter som caser med rammens kjennetegn",
      en: "the sampled units as cases with the frame's attributes")
    if format != .qdpx {
      return try table(sheet.table, format: format, name: "cases", about: about)
    }
    let xml = QDAXML.project(
      name: document.title, protocolID: context.prefix,
      codebook: Codebook(for: document, protocolID: context.prefix), cases: sheet,
      origin: context.software)
    return ExportArtifact(
      path: "cases.qdpx", data: try QDAXML.projectArchive(xml), isBinary: true, about: about)
  }
}
