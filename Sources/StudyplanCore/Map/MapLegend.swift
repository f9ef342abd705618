/// The map's categories, colours and legend for one colouring.
struct Legend {
  /// A legend row: its words, colour and count of units.
  struct Entry {
    var label: String
    var colour: String
    var count: Int
  }

  var entries: [Entry] = []
  var subtitle: String
  let colouring: MapColouring
  let language: Language
  private var colourOfValue: [String: String] = [:]
  private var stratumOf: [String: String] = [:]

  /// A qualitative palette (ColorBrewer Set3/Paired-like, readable under the sample outline).
  static let palette = [
    "#8dd3c7", "#fdb462", "#bebada", "#fb8072", "#80b1d3", "#b3de69", "#fccde5", "#ffffb3",
    "#bc80bd", "#ccebc5", "#ffed6f", "#a6cee3", "#b2df8a", "#fb9a99", "#cab2d6", "#fdbf6f",
    "#e5c494", "#b3b3b3",
  ]
  /// Centrality 1 (most central) to 6: dark to light.
  static let sequential = ["#08306b", "#2171b5", "#4292c6", "#9ecae1", "#c6dbef", "#eff3ff"]

  init(
    frame: SamplingFrame, sample: ProtocolSample?, statuses: [String: MapStatus],
    colouring: MapColouring, language: Language
  ) {
    self.colouring = colouring
    self.language = language
    let nb = language == .nb
    let year = frame.layer.rawValue
    switch colouring {
    case .status:
      subtitle =
        sample == nil
        ? (nb ? "Kommunene i \(year) (utvalgsrammen)" : "The municipalities of \(year) (the frame)")
        : (nb
          ? "Kommunene i \(year) etter status i utvalget" : "The \(year) municipalities by status")
      for status in MapStatus.allCases {
        let count = statuses.values.filter { $0 == status }.count
        if count > 0 || (sample != nil && status != .refused && status != .replacement) {
          let label =
            sample == nil && status == .eligible
            ? (nb ? "i rammen" : "in the frame") : status.label(language)
          entries.append(Entry(label: label, colour: status.colour, count: count))
        }
      }
    case .stratum:
      subtitle = nb ? "Kommunene i rammen etter stratum" : "The frame's units by stratum"
      var keys: [String] = []
      for stratum in sample?.plan.strataPlan ?? [] {
        keys.append(stratum.key)
        for unit in stratum.units { stratumOf[unit] = stratum.key }
      }
      for unit in sample?.units ?? [] where stratumOf[unit.kommunenummer] == nil {
        stratumOf[unit.kommunenummer] = unit.stratum
        if !keys.contains(unit.stratum) { keys.append(unit.stratum) }
      }
      for (offset, key) in keys.enumerated() {
        let colour = Self.palette[offset % Self.palette.count]
        colourOfValue[key] = colour
        let count = stratumOf.values.filter { $0 == key }.count
        entries.append(
          Entry(label: key.isEmpty ? (nb ? "alle" : "all") : key, colour: colour, count: count))
      }
      let rest = frame.units.count - stratumOf.count
      entries.append(
        Entry(label: MapStatus.outside.label(language), colour: "#eeeeee", count: rest))
    case .field(let field):
      subtitle =
        (nb ? "Kommunene i \(year) etter " : "The \(year) municipalities by ") + field.rawValue
      var counts: [String: Int] = [:]
      for unit in frame.units { counts[field.value(of: unit).text, default: 0] += 1 }
      let values = (field.allowedValues ?? counts.keys.sorted()).filter { counts[$0] != nil }
      let isClass = [.centrality, .centrality2020, .centrality2024].contains(field)
      for (offset, value) in values.enumerated() {
        let colour =
          isClass
          ? Self.sequential[max(0, min(5, (Int(value) ?? 1) - 1))]
          : Self.palette[offset % Self.palette.count]
        colourOfValue[value] = colour
        entries.append(Entry(label: value, colour: colour, count: counts[value] ?? 0))
      }
      if let unknown = counts["unknown"], !values.contains("unknown") {
        colourOfValue["unknown"] = "#ffffff"
        entries.append(Entry(label: "unknown", colour: "#ffffff", count: unknown))
      }
    }
    if sample != nil, colouring != .status {
      subtitle += nb ? "; utvalgte kommuner har tykk kant" : "; sampled units have a thick edge"
    }
    if frame.layer != .year2019 {
      subtitle += nb ? ", tegnet med grensene fra 2019" : ", drawn with the 2019 boundaries"
    }
  }

  /// The fill of one unit.
  func colour(of number: String, _ unit: FrameUnit?, status: MapStatus) -> String {
    switch colouring {
    case .status: return status.colour
    case .stratum: return stratumOf[number].flatMap { colourOfValue[$0] } ?? "#eeeeee"
    case .field(let field):
      guard let unit else { return "#ffffff" }
      return colourOfValue[field.value(of: unit).text] ?? "#ffffff"
    }
  }

  /// The tooltip after the unit's number and name.
  func tooltip(of number: String, _ unit: FrameUnit?, status: MapStatus) -> String {
    switch colouring {
    case .status: return status.label(language)
    case .stratum:
      return (stratumOf[number] ?? MapStatus.outside.label(language)) + ", "
        + status.label(language)
    case .field(let field):
      return "\(field.rawValue) " + (unit.map { field.value(of: $0).text } ?? "unknown") + ", "
        + status.label(language)
    }
  }

  /// The legend box at (`x`, `y`).
  func svg(x: Double, y: Double) -> String {
    var out = "<g class=\"legend\">\n"
    let columns = entries.count > 6 ? 2 : 1
    let rows = (entries.count + columns - 1) / columns
    for (offset, entry) in entries.enumerated() {
      let column = Double(offset / max(rows, 1))
      let row = Double(offset % max(rows, 1))
      let left = x + column * 180
      let top = y + row * 18
      out += "<rect x=\"\(FrameMap.format(left))\" y=\"\(FrameMap.format(top))\" width=\"14\" "
      out += "height=\"12\" fill=\"\(entry.colour)\" stroke=\"#8a8a8a\" stroke-width=\"0.6\"/>"
      out += FrameMap.text(left + 20, top + 10.5, "\(entry.label) (\(entry.count))", size: 12)
    }
    let byrTop = y + Double(rows) * 18 + 4
    out += "<rect x=\"\(FrameMap.format(x))\" y=\"\(FrameMap.format(byrTop))\" width=\"14\" "
    out += "height=\"12\" fill=\"none\" stroke=\"#1f3a93\" stroke-width=\"1.6\"/>"
    out += FrameMap.text(
      x + 20, byrTop + 10.5,
      language == .nb
        ? "byregion i Byregionprogrammet (omriss)"
        : "city region in Byregionprogrammet (outline)", size: 12)
    return out + "</g>\n"
  }
}
