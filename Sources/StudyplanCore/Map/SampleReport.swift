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
      .figure(svg: map, caption: mapCaption(frame.layer, language)),
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
    for field in SampleCharts.fields(for: frame.layer) {
      blocks.append(
        .figure(
          svg: SampleCharts.svg(field: field, frame: frame, sample: sample, language: language),
          caption: (nb ? "Ramme og utvalg etter " : "Frame and sample by ")
            + SampleCharts.fieldName(field, language, layer: frame.layer) + "."))
    }
    return blocks
  }

  /// The map's caption: the units of the frame's year, how they are drawn, the attribution.
  static func mapCaption(_ layer: UnitLayer, _ language: Language) -> String {
    let nb = language == .nb
    if layer == .year2019 {
      return nb
        ? "Kommunene i 2019 med status i utvalget; byregionene i Byregionprogrammet er "
          + "tegnet med omriss. " + FrameMap.attribution(language)
        : "The 2019 municipalities by their status in the sample; the city regions of "
          + "Byregionprogrammet are outlined. " + FrameMap.attribution(language)
    }
    let year = layer.rawValue
    return nb
      ? "Kommunene i \(year) med status i utvalget, tegnet med grensene fra 2019: hver "
        + "kommune fra 2019 viser kommunen den ble en del av; byregionene i "
        + "Byregionprogrammet er tegnet med omriss. " + FrameMap.attribution(language)
      : "The \(year) municipalities by their status in the sample, drawn with the 2019 "
        + "boundaries: each 2019 municipality shows the one it became part of; the city regions "
        + "of Byregionprogrammet are outlined. " + FrameMap.attribution(language)
  }

  /// One row per sampled unit and open reserve: number, name, status, stratum, then `columns`
  /// in words of `language` (lists joined by commas, unknown as unknown).
  static func unitRows(
    frame: SamplingFrame, sample: ProtocolSample, columns: [FrameField], language: Language
  ) -> [[String]] {
    let nb = language == .nb
    let statuses = MapStatus.statuses(frame: frame, sample: sample)
    let units = Dictionary(uniqueKeysWithValues: frame.units.map { ($0.kommunenummer, $0) })
    func values(_ unit: FrameUnit?) -> [String] {
      columns.map { field in
        guard let unit else { return "" }
        switch field.value(of: unit) {
        case .unknown: return nb ? "ukjent" : "unknown"
        case .list(let items) where items.isEmpty: return nb ? "ingen" : "none"
        case .list(let items):
          return items.map { StratumText.value($0, language) }.joined(separator: ", ")
        case let value: return StratumText.value(value.text, language)
        }
      }
    }
    var rows: [[String]] = []
    for unit in sample.units {
      rows.append(
        [
          unit.kommunenummer, unit.name,
          (statuses[unit.kommunenummer] ?? .outside).label(language), unit.stratum,
        ] + values(units[unit.kommunenummer]))
    }
    for reserves in sample.reserves {
      for reserve in reserves.units where !reserve.taken {
        rows.append(
          [
            reserve.kommunenummer, reserve.name, MapStatus.reserve.label(language),
            reserves.stratum,
          ] + values(units[reserve.kommunenummer]))
      }
    }
    return rows
  }

  /// The attribute columns of the units table for units of `layer`.
  static func unitColumns(_ layer: UnitLayer) -> [(nb: String, en: String, field: FrameField)] {
    switch layer {
    case .year2019:
      [
        ("Sentralitet 2018", "Centrality 2018", .centrality),
        ("Sentralitet 2020", "Centrality 2020", .centrality2020), ("Reform", "Reform", .reform),
      ]
    case .year2020:
      [
        ("Sentralitet 2020", "Centrality 2020", .centrality2020),
        ("Kommuner i 2019", "Municipalities in 2019", .name2019),
        ("Reform", "Reform", .reform),
      ]
    case .year2024:
      [
        ("Sentralitet 2024", "Centrality 2024", .centrality2024),
        ("Kommuner i 2019", "Municipalities in 2019", .name2019),
        ("Endring 2020–2024", "Change 2020–2024", .reform2024),
      ]
    }
  }

  /// The whole document: plan in brief, figures, and a table of the sampled units and reserves.
  public static func document(
    protocolTitle: String, frame: SamplingFrame, sample: ProtocolSample, language: Language
  ) throws(StudyplanError) -> ExportDocument {
    let nb = language == .nb
    let plan = sample.plan
    let title = (nb ? "Utvalg: " : "Sample: ") + protocolTitle
    let description = SamplingDescription(sample)
    var subtitle = [
      (nb ? "Utvalgsdesign: " : "Sampling design: ")
        + StratumText.designName(description, language),
      (nb ? "Avgrensning: " : "Restricted to: ")
        + FilterProse.units(source: plan.filter, layer: plan.unitLayer, language: language),
    ]
    if plan.design.isRandom { subtitle.append((nb ? "Frø: " : "Seed: ") + plan.seed) }
    subtitle.append(
      (nb ? "Datagrunnlag: " : "Data: ")
        + plan.dataVersions.map { StratumText.datasetShortName($0, language) }
        .joined(separator: ", "))
    var blocks = try figures(
      frame: frame, sample: sample, title: title, language: language)
    let columns = unitColumns(frame.layer)
    let rows = unitRows(
      frame: frame, sample: sample, columns: columns.map(\.field), language: language
    ).map { row in
      // Strata in words; units chosen, not drawn, are "valgt".
      var row = row
      if row.count > 3 {
        row[3] = StratumText.describe(row[3], language, level: description.level, layer: plan.unitLayer)
        if !plan.design.isRandom, row[2] == MapStatus.drawn.label(language) {
          row[2] = nb ? "valgt" : "chosen"
        }
      }
      return row
    }
    let year = frame.layer.rawValue
    blocks.append(.heading(level: 1, text: nb ? "Enhetene" : "The units"))
    blocks.append(
      .table(
        header: (nb
          ? ["Nr.", "Kommune (\(year))", "Status", "Stratum"]
          : ["No.", "Municipality (\(year))", "Status", "Stratum"])
          + columns.map { nb ? $0.nb : $0.en },
        rows: rows))
    blocks.append(
      .paragraph([
        .aside(
          FrameMap.attribution(language) + " " + DataSources.ssbAttribution)
      ]))
    return ExportDocument(title: title, subtitle: subtitle, language: language, blocks: blocks)
  }
}
