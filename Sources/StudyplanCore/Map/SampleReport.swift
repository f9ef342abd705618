/// The sample as a document: the map, the frame-against-sample charts and the units, for the
/// HTML export a reviewer reads first (`export ID sample --format html`).
public enum SampleReport {
  /// The map and the three charts as document figures, with a heading.
  public static func figures(
    frame: SamplingFrame, sample: ProtocolSample?, title: String, language: Language,
    colouring: MapColouring = .status
  ) throws(StudyplanError) -> [DocumentBlock] {
    let nb = language == .nb
    let map = try FrameMap.svg(
      frame: frame, sample: sample, colouring: colouring, title: title, language: language)
    var blocks: [DocumentBlock] = [
      .heading(level: 1, text: nb ? "Kart over ramme og utvalg" : "Map of frame and sample"),
      .figure(
        svg: map,
        caption: nb
          ? "Kommunene i 2019 med status i utvalget; byregionene i Byregionprogrammet er "
            + "tegnet med omriss. " + FrameMap.attribution(language)
          : "The 2019 municipalities by their status in the sample; the city regions of "
            + "Byregionprogrammet are outlined. " + FrameMap.attribution(language)),
      .heading(level: 1, text: nb ? "Ramme og utvalg" : "Frame and sample"),
      .paragraph([
        .plain(
          nb
            ? "Andel av kommunene i rammen (etter filteret) og i utvalget (trukne og "
              + "erstatninger) i hver kategori; antallene står i parentes."
            : "Share of the units in the frame (after the filter) and in the sample (drawn and "
              + "replacements) in each category; the counts are in brackets.")
      ]),
    ]
    for field in SampleCharts.defaultFields {
      blocks.append(
        .figure(
          svg: SampleCharts.svg(field: field, frame: frame, sample: sample, language: language),
          caption: (nb ? "Ramme og utvalg etter " : "Frame and sample by ")
            + SampleCharts.fieldName(field, language) + "."))
    }
    return blocks
  }

  /// The whole document: plan in brief, figures, and a table of the sampled units and reserves.
  public static func document(
    protocolTitle: String, frame: SamplingFrame, sample: ProtocolSample, language: Language
  ) throws(StudyplanError) -> ExportDocument {
    let nb = language == .nb
    let plan = sample.plan
    let title = (nb ? "Utvalg: " : "Sample: ") + protocolTitle
    var subtitle = [
      (nb ? "Design: " : "Design: ") + plan.design.rawValue
        + (plan.strata.isEmpty
          ? ""
          : (nb ? ", strata: " : ", strata: ")
            + plan.strata.joined(separator: ", ")),
      (nb ? "Filter: " : "Filter: ") + (plan.filter ?? (nb ? "hele rammen" : "the whole frame")),
      (nb ? "Frø: " : "Seed: ") + plan.seed,
    ]
    subtitle.append(
      (nb ? "Data: " : "Data: ") + plan.dataVersions.map(\.id).joined(separator: ", "))
    var blocks = try figures(
      frame: frame, sample: sample, title: title, language: language)
    let statuses = MapStatus.statuses(frame: frame, sample: sample)
    let units = Dictionary(uniqueKeysWithValues: frame.units.map { ($0.kommunenummer, $0) })
    func centrality2020(_ unit: FrameUnit?) -> String {
      guard let unit else { return "" }
      return unit.centrality2020.map(String.init) ?? (nb ? "ukjent" : "unknown")
    }
    var rows: [[String]] = []
    for unit in sample.units {
      let frameUnit = units[unit.kommunenummer]
      rows.append([
        unit.kommunenummer, unit.name,
        (statuses[unit.kommunenummer] ?? .outside).label(language), unit.stratum,
        frameUnit.map { String($0.centrality) } ?? "",
        centrality2020(frameUnit),
        frameUnit.map { $0.reform.rawValue } ?? "",
      ])
    }
    for reserves in sample.reserves {
      for reserve in reserves.units where !reserve.taken {
        let frameUnit = units[reserve.kommunenummer]
        rows.append([
          reserve.kommunenummer, reserve.name, MapStatus.reserve.label(language),
          reserves.stratum, frameUnit.map { String($0.centrality) } ?? "",
          centrality2020(frameUnit),
          frameUnit.map { $0.reform.rawValue } ?? "",
        ])
      }
    }
    blocks.append(.heading(level: 1, text: nb ? "Enhetene" : "The units"))
    blocks.append(
      .table(
        header: nb
          ? [
            "Nr.", "Kommune (2019)", "Status", "Stratum", "Sentralitet 2018", "Sentralitet 2020",
            "Reform",
          ]
          : [
            "No.", "Municipality (2019)", "Status", "Stratum", "Centrality 2018",
            "Centrality 2020", "Reform",
          ],
        rows: rows))
    blocks.append(
      .paragraph([
        .aside(
          FrameMap.attribution(language) + " " + DataSources.ssbAttribution)
      ]))
    return ExportDocument(title: title, subtitle: subtitle, language: language, blocks: blocks)
  }
}
