/// Small bar charts that set the sample beside the frame: the share of each category among the
/// eligible units and among the sampled ones (drawn and replacements).
public enum SampleCharts {
  /// The fields a reviewer checks first, for 2019 units.
  public static let defaultFields: [FrameField] = [.centrality, .county, .reform]

  /// The fields a reviewer checks first for units of `layer`: their own centrality class,
  /// county, and what the reform of their year did.
  public static func fields(for layer: UnitLayer) -> [FrameField] {
    switch layer {
    case .year2019: defaultFields
    case .year2020: [.centrality2020, .county, .reform]
    case .year2024: [.centrality2024, .county, .reform2024]
    }
  }

  /// One category's counts.
  public struct Row: Sendable, Equatable {
    /// The category.
    public var value: String
    /// Eligible units in it.
    public var frame: Int
    /// Sampled units in it.
    public var sample: Int
  }

  /// The counts by `field`: eligible units (the recorded filter applied to `frame`, or the whole
  /// frame without a sample) against the active sample.
  public static func rows(field: FrameField, frame: SamplingFrame, sample: ProtocolSample?)
    -> [Row]
  {
    let statuses = MapStatus.statuses(frame: frame, sample: sample)
    var frameCounts: [String: Int] = [:]
    var sampleCounts: [String: Int] = [:]
    for unit in frame.units {
      let status = statuses[unit.kommunenummer] ?? .outside
      guard status != .outside else { continue }
      let value = field.value(of: unit).text
      frameCounts[value, default: 0] += 1
      if status == .drawn || status == .replacement { sampleCounts[value, default: 0] += 1 }
    }
    let order = (field.allowedValues ?? []) + frameCounts.keys.sorted()
    var seen: Set<String> = []
    return order.compactMap { value in
      guard let count = frameCounts[value], seen.insert(value).inserted else { return nil }
      return Row(value: value, frame: count, sample: sampleCounts[value] ?? 0)
    }
  }

  /// A horizontal bar chart of `field`: for each category, the percentage of the frame and of
  /// the sample, with the counts.
  public static func svg(
    field: FrameField, frame: SamplingFrame, sample: ProtocolSample?, language: Language
  ) -> String {
    let rows = rows(field: field, frame: frame, sample: sample)
    let frameTotal = max(rows.reduce(0) { $0 + $1.frame }, 1)
    let sampleTotal = max(rows.reduce(0) { $0 + $1.sample }, 1)
    let labels = rows.map { StratumText.value($0.value, language) }
    // About 6 px a character at 11 px: the longest category name decides the label column.
    let longest = Double(labels.map(\.count).max() ?? 0)
    let labelWidth = min(max(150.0, longest * 6.0 + 12), 290.0)
    let barWidth = 380.0 - labelWidth
    let rowHeight = 26.0
    let top = 46.0
    let width = 580
    let height = Int(top + Double(rows.count) * rowHeight + 14)
    let nb = language == .nb
    let title =
      (nb ? "Ramme og utvalg etter " : "Frame and sample by ")
      + fieldName(field, language, layer: frame.layer)
    var out = """
      <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" \
      viewBox="0 0 \(width) \(height)" \
      font-family="Helvetica, Arial, sans-serif" role="img" \
      class="chart" data-field="\(field.rawValue)">
      <title>\(FrameMap.escape(title))</title>
      <rect width="\(width)" height="\(height)" fill="#ffffff"/>

      """
    out += FrameMap.text(0, 16, title, size: 14, weight: "bold")
    out += "<rect x=\"0\" y=\"26\" width=\"12\" height=\"10\" fill=\"#b8c4d6\"/>"
    out += FrameMap.text(
      16, 35, (nb ? "ramme (" : "frame (") + "\(frameTotal))", size: 11)
    out += "<rect x=\"120\" y=\"26\" width=\"12\" height=\"10\" fill=\"#c0392b\"/>"
    out += FrameMap.text(
      136, 35, (nb ? "utvalg (" : "sample (") + "\(sample == nil ? 0 : sampleTotal))", size: 11)
    for (offset, row) in rows.enumerated() {
      let y = top + Double(offset) * rowHeight
      let frameShare = Double(row.frame) / Double(frameTotal)
      let sampleShare = sample == nil ? 0 : Double(row.sample) / Double(sampleTotal)
      out += FrameMap.text(labelWidth - 6, y + 15, labels[offset], size: 11, anchor: "end")
      out += "<rect class=\"bar-frame\" x=\"\(FrameMap.format(labelWidth))\" "
      out += "y=\"\(FrameMap.format(y + 2))\" width=\"\(FrameMap.format(frameShare * barWidth))\" "
      out += "height=\"10\" fill=\"#b8c4d6\"/>"
      out += "<rect class=\"bar-sample\" x=\"\(FrameMap.format(labelWidth))\" "
      out +=
        "y=\"\(FrameMap.format(y + 12))\" width=\"\(FrameMap.format(sampleShare * barWidth))\" "
      out += "height=\"10\" fill=\"#c0392b\"/>"
      out += FrameMap.text(
        labelWidth + barWidth + 6, y + 15,
        "\(percent(frameShare)) / \(percent(sampleShare)) (\(row.frame) / \(row.sample))",
        size: 10)
    }
    return out + "</svg>\n"
  }

  static func percent(_ share: Double) -> String {
    "\(Int((share * 100).rounded())) %"
  }

  static func fieldName(_ field: FrameField, _ language: Language, layer: UnitLayer = .year2019)
    -> String
  {
    switch (field, language) {
    case (.centrality, .nb): "sentralitetsklasse (2018-versjonen)"
    case (.centrality, .en): "centrality class (2018 version)"
    case (.centrality2020, .nb): "sentralitetsklasse (2020-versjonen)"
    case (.centrality2020, .en): "centrality class (2020 version)"
    case (.centrality2024, .nb): "sentralitetsklasse (2024-versjonen)"
    case (.centrality2024, .en): "centrality class (2024 version)"
    case (.county, .nb): "fylke (\(layer.rawValue))"
    case (.county, .en): "county (\(layer.rawValue))"
    case (.reform, .nb): layer == .year2019 ? "reformkategori" : "reformkategori (kommunene i 2019)"
    case (.reform, .en): layer == .year2019 ? "reform category" : "reform category (the 2019 units)"
    case (.reform2024, .nb): "endring 2020–2024"
    case (.reform2024, .en): "change 2020–2024"
    default: StratumText.field(field.rawValue, language)
    }
  }
}
