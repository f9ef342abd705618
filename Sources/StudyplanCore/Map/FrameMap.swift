import Foundation

/// What the map colours the units by.
public enum MapColouring: Sendable, Equatable {
  /// The unit's status in the sample: drawn, replacement, refused, reserve, in the frame, or
  /// outside the filter.
  case status
  /// The sample's stratum (eligible units only; the rest grey).
  case stratum
  /// A frame field with a closed set of values (centrality, reform, class-change …).
  case field(FrameField)

  /// Parses `status`, `stratum` or a frame field name with a closed set of values; nil for a
  /// field with too many values to colour by (a name, a population).
  public static func named(_ name: String) throws(StudyplanError) -> MapColouring? {
    switch name.lowercased() {
    case "status": return .status
    case "stratum": return .stratum
    default:
      let field = try FrameField.named(name)
      guard field.allowedValues != nil || [.county, .county2020, .county2024].contains(field) else {
        return nil
      }
      return .field(field)
    }
  }
}

/// Draws the frame and a protocol's sample as an SVG map of the 2019 municipalities.
///
/// A frame of 2020 or 2024 units is drawn on the same 2019 outlines: each 2019 polygon shows
/// the unit it became part of (for a polygon split between units — Tysfjord, Snillfjord, and
/// the 2019 parts of Ålesund, split in 2024 — the one that stands highest in the sample).
///
/// The polygons are projected to UTM zone 33. Southern Norway (up to Trøndelag) gets the large
/// left panel, Nordland, Troms and Finnmark the upper right one at a smaller scale, and the
/// Oslofjord area an enlarged inset; Byregionprogrammet regions are outlined. Every unit is one
/// `<use class="unit">` element carrying `data-kommunenummer`, `data-status` and a tooltip; the
/// attribution (Kartverket, CC BY 4.0; SSB, NLOD) is part of the drawing.
public enum FrameMap {
  /// The drawing's size in CSS pixels.
  public static let width = 1000
  /// The drawing's height in CSS pixels.
  public static let height = 980

  /// The attribution every map carries.
  public static func attribution(_ language: Language) -> String {
    switch language {
    case .nb:
      "Kart: Kartverket, CC BY 4.0 (kommunegrenser 2019, forenklet). Data: SSB, NLOD 2.0. "
        + "Projeksjon: UTM sone 33."
    case .en:
      "Map: Kartverket, CC BY 4.0 (municipal boundaries 2019, simplified). Data: SSB, NLOD 2.0. "
        + "Projection: UTM zone 33."
    }
  }

  /// The SVG text of the map.
  ///
  /// - Parameters:
  ///   - frame: the frame whose units are drawn (all 422).
  ///   - sample: the protocol's sample, if any; statuses and strata come from it.
  ///   - colouring: what the fill shows.
  ///   - title: the map's title.
  ///   - language: the language of the legend and attribution.
  ///   - boundaries: the polygons (the embedded ones by default).
  public static func svg(
    frame: SamplingFrame, sample: ProtocolSample?, colouring: MapColouring = .status,
    title: String, language: Language, boundaries: MunicipalityBoundaries? = nil
  ) throws(StudyplanError) -> String {
    let shapes: MunicipalityBoundaries
    if let boundaries {
      shapes = boundaries
    } else {
      shapes = try MunicipalityBoundaries.embedded()
    }
    let statuses = MapStatus.statuses(frame: frame, sample: sample)
    let legend = Legend(
      frame: frame, sample: sample, statuses: statuses, colouring: colouring, language: language)
    let projection = TransverseMercator.utm33
    let north: Set<String> = ["Nordland", "Troms", "Finnmark"]
    let countyOf = Dictionary(
      uniqueKeysWithValues: frame.lineage.municipalities(in: .year2019).map {
        ($0.kommunenummer, $0.county)
      })

    // Project every ring once.
    var projected: [(number: String, rings: [[GridPoint]], isNorth: Bool)] = []
    for shape in shapes.shapes {
      let rings = shape.rings.map { ring in
        ring.map { projection.project(longitude: $0.longitude, latitude: $0.latitude) }
      }
      projected.append(
        (shape.kommunenummer, rings, north.contains(countyOf[shape.kommunenummer] ?? "")))
    }
    let southBox = GridBox(projected.filter { !$0.isNorth }.flatMap { $0.rings.joined() })
    let northBox = GridBox(projected.filter { $0.isNorth }.flatMap { $0.rings.joined() })
    let southPanel = Panel(box: southBox, frame: PixelRect(x: 10, y: 70, width: 590, height: 880))
    let northPanel = Panel(
      box: northBox, frame: PixelRect(x: 610, y: 70, width: 380, height: 400))
    // The Oslofjord area, drawn again larger (UTM 33 metres).
    let insetBox = GridBox(minE: 175_000, minN: 6_545_000, maxE: 320_000, maxN: 6_700_000)
    let insetFrame = PixelRect(x: 630, y: 500, width: 300, height: 300)

    var out = """
      <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" \
      width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" \
      font-family="Helvetica, Arial, sans-serif" role="img" aria-labelledby="map-title">
      <title id="map-title">\(escape(title))</title>
      <style>.unit{stroke:#8a8a8a;stroke-width:0.4;vector-effect:non-scaling-stroke}\
      .unit.sampled{stroke:#111;stroke-width:1.3}\
      .byr{fill:none;stroke:#1f3a93;stroke-opacity:0.85;stroke-width:1.6;vector-effect:non-scaling-stroke}\
      .frame{fill:none;stroke:#999;stroke-width:0.8}\
      text{fill:#1a1a1a}</style>
      <rect width="\(width)" height="\(height)" fill="#ffffff"/>

      """
    // Geometry: one path per municipality, drawn by reference.
    out += "<defs>\n"
    var panelOf: [String: Panel] = [:]
    for unit in projected {
      let panel = unit.isNorth ? northPanel : southPanel
      panelOf[unit.number] = panel
      out +=
        "<path id=\"g\(unit.number)\" fill-rule=\"evenodd\" d=\"\(pathData(unit.rings, panel))\"/>\n"
    }
    out += "<clipPath id=\"clip-inset\"><rect x=\"\(insetFrame.x)\" y=\"\(insetFrame.y)\" "
    out += "width=\"\(insetFrame.width)\" height=\"\(insetFrame.height)\"/></clipPath>\n"
    out += regionMasks(frame: frame, panelOf: panelOf)
    out += "</defs>\n"

    // The units, by panel.
    for (layer, isNorth) in [("layer-south", false), ("layer-north", true)] {
      out += "<g id=\"\(layer)\">\n"
      out += unitElements(
        projected.filter { $0.isNorth == isNorth }.map(\.number), frame: frame,
        statuses: statuses, legend: legend)
      out += regionOutlines(frame: frame, panelOf: panelOf, isNorth: isNorth)
      out += "</g>\n"
    }

    // The inset: the southern layer again, scaled up and clipped.
    let scale = insetScale(southPanel, insetBox, insetFrame)
    let origin = southPanel.point(GridPoint(easting: insetBox.minE, northing: insetBox.maxN))
    out += "<g clip-path=\"url(#clip-inset)\"><rect x=\"\(insetFrame.x)\" y=\"\(insetFrame.y)\" "
    out += "width=\"\(insetFrame.width)\" height=\"\(insetFrame.height)\" fill=\"#f4f8fb\"/>"
    out += "<use href=\"#layer-south\" transform=\"translate(\(format(insetFrame.x)) "
    out += "\(format(insetFrame.y))) scale(\(format(scale, digits: 3))) "
    out += "translate(\(format(-origin.x)) \(format(-origin.y)))\"/></g>\n"
    out += "<rect class=\"frame\" x=\"\(insetFrame.x)\" y=\"\(insetFrame.y)\" "
    out += "width=\"\(insetFrame.width)\" height=\"\(insetFrame.height)\"/>\n"
    // Where the inset sits in the southern panel.
    let topLeft = origin
    let bottomRight = southPanel.point(GridPoint(easting: insetBox.maxE, northing: insetBox.minN))
    out += "<rect class=\"frame\" x=\"\(format(topLeft.x))\" y=\"\(format(topLeft.y))\" "
    out += "width=\"\(format(bottomRight.x - topLeft.x))\" "
    out += "height=\"\(format(bottomRight.y - topLeft.y))\"/>\n"
    out += text(
      insetFrame.x, insetFrame.y - 6,
      language == .nb ? "Oslo og Oslofjorden (forstørret)" : "Oslo and the Oslofjord (enlarged)",
      size: 12)
    out += text(
      northPanel.frame.x, northPanel.frame.y - 6,
      language == .nb ? "Nord-Norge (mindre målestokk)" : "Northern Norway (smaller scale)",
      size: 12)

    // Title, legend, attribution.
    out += text(10, 28, title, size: 20, weight: "bold")
    out += text(10, 50, legend.subtitle, size: 13)
    out += legend.svg(x: 630, y: 830)
    out += text(10, Double(height) - 10, attribution(language), size: 11)
    out += "</svg>\n"
    return out
  }

  /// One `<use class="unit">` per 2019 polygon in `numbers`, filled and titled by the unit of
  /// the frame it shows (``polygonUnits(frame:statuses:)``).
  static func unitElements(
    _ numbers: [String], frame: SamplingFrame, statuses: [String: MapStatus], legend: Legend
  ) -> String {
    let units = Dictionary(uniqueKeysWithValues: frame.units.map { ($0.kommunenummer, $0) })
    let unitOf = polygonUnits(frame: frame, statuses: statuses)
    var out = ""
    for number in numbers {
      let id = unitOf[number] ?? number
      let status = statuses[id] ?? .outside
      let fill = legend.colour(of: id, units[id], status: status)
      var name = "\(id) " + (units[id]?.name ?? "")
      if id != number || frame.layer != .year2019 {
        name +=
          " (2019: \(number) \(frame.lineage.municipality(number, in: .year2019)?.name ?? ""))"
      }
      out += "<use href=\"#g\(number)\" class=\"unit\(status.isSampled ? " sampled" : "")\" "
      out += "data-kommunenummer=\"\(number)\" data-status=\"\(status.rawValue)\" "
      if frame.layer != .year2019 { out += "data-unit=\"\(id)\" " }
      out += "fill=\"\(fill)\"><title>\(escape("\(name): "))"
      out += "\(escape(legend.tooltip(of: id, units[id], status: status)))</title></use>\n"
    }
    return out
  }

  /// The unit each 2019 polygon shows: itself in a frame of 2019, else the unit of the frame's
  /// year it became part of — of several, the one that stands highest in the sample (drawn,
  /// replacement, refused, reserve, eligible, outside), ties by number.
  static func polygonUnits(frame: SamplingFrame, statuses: [String: MapStatus]) -> [String: String]
  {
    guard frame.layer != .year2019 else { return [:] }
    var result: [String: String] = [:]
    let rank = Dictionary(uniqueKeysWithValues: MapStatus.allCases.enumerated().map { ($1, $0) })
    for municipality in frame.lineage.municipalities(in: .year2019) {
      let linked = frame.lineage.linkedNumbers(
        municipality.kommunenummer, in: .year2019, to: frame.layer)
      result[municipality.kommunenummer] = linked.min { a, b in
        let (ra, rb) = (rank[statuses[a] ?? .outside] ?? 9, rank[statuses[b] ?? .outside] ?? 9)
        return ra != rb ? ra < rb : a < b
      }
    }
    return result
  }

  /// The 2019 polygons of a region's members (members of the frame's year).
  static func polygons(of members: [String], frame: SamplingFrame) -> [String] {
    guard frame.layer != .year2019 else { return members }
    return SamplingFrame.linkedMembers(
      members, from: frame.layer, to: .year2019, lineage: frame.lineage)
  }

  /// The path data of `rings` in `panel`'s pixels; points closer than 0.3 px are merged.
  static func pathData(_ rings: [[GridPoint]], _ panel: Panel) -> String {
    var out = ""
    for ring in rings {
      var last: (x: Double, y: Double)?
      var count = 0
      for point in ring {
        let pixel = panel.point(point)
        if let previous = last, abs(previous.x - pixel.x) < 0.3, abs(previous.y - pixel.y) < 0.3 {
          continue
        }
        out += (count == 0 ? "M" : "L") + format(pixel.x) + " " + format(pixel.y)
        last = pixel
        count += 1
      }
      if count > 0 { out += "Z" }
    }
    return out
  }

  /// One mask per region: white everywhere except the members' area, so a thick stroke around
  /// the members shows only outside their union — the region's outline.
  static func regionMasks(frame: SamplingFrame, panelOf: [String: Panel]) -> String {
    var out = ""
    for (index, region) in frame.cooperations.enumerated() where region.kind == .byr {
      let members = polygons(of: region.members, frame: frame).filter { panelOf[$0] != nil }
      guard !members.isEmpty else { continue }
      out += "<mask id=\"mask-byr-\(index)\" maskUnits=\"userSpaceOnUse\" x=\"0\" y=\"0\" "
      out += "width=\"\(width)\" height=\"\(height)\"><rect width=\"\(width)\" "
      out += "height=\"\(height)\" fill=\"#fff\"/>"
      out += members.map { "<use href=\"#g\($0)\" fill=\"#000\"/>" }.joined()
      out += "</mask>\n"
    }
    return out
  }

  /// The outlines of the regions whose members lie in the northern (or southern) panel.
  static func regionOutlines(frame: SamplingFrame, panelOf: [String: Panel], isNorth: Bool)
    -> String
  {
    var out = ""
    let northNumbers = Set(
      frame.lineage.municipalities(in: .year2019).filter {
        ["Nordland", "Troms", "Finnmark"].contains($0.county)
      }.map(\.kommunenummer))
    for (index, region) in frame.cooperations.enumerated() where region.kind == .byr {
      let members = polygons(of: region.members, frame: frame).filter {
        panelOf[$0] != nil && northNumbers.contains($0) == isNorth
      }
      guard !members.isEmpty else { continue }
      out += "<g class=\"byr\" data-region=\"\(escape(region.name))\" "
      out += "mask=\"url(#mask-byr-\(index))\"><title>ByR: \(escape(region.name))</title>"
      out += members.map { "<use href=\"#g\($0)\"/>" }.joined()
      out += "</g>\n"
    }
    return out
  }

  static func insetScale(_ panel: Panel, _ box: GridBox, _ frame: PixelRect) -> Double {
    let widthInPanel = (box.maxE - box.minE) * panel.scale
    let heightInPanel = (box.maxN - box.minN) * panel.scale
    return min(frame.width / widthInPanel, frame.height / heightInPanel)
  }

  static func text(
    _ x: Double, _ y: Double, _ content: String, size: Int, weight: String? = nil,
    anchor: String? = nil
  ) -> String {
    var out = "<text x=\"\(format(x))\" y=\"\(format(y))\" font-size=\"\(size)\""
    if let weight { out += " font-weight=\"\(weight)\"" }
    if let anchor { out += " text-anchor=\"\(anchor)\"" }
    return out + ">\(escape(content))</text>\n"
  }

  /// A number with at most `digits` decimals, without trailing zeros.
  static func format(_ value: Double, digits: Int = 1) -> String {
    let factor = pow(10, Double(digits))
    let rounded = (value * factor).rounded() / factor
    if rounded == rounded.rounded() { return String(Int(rounded)) }
    return String(rounded)
  }

  /// Escapes text for SVG (the same rules as HTML).
  static func escape(_ text: String) -> String { HTMLRenderer.escape(text) }
}

/// A rectangle in the projected grid, metres.
struct GridBox: Sendable {
  var minE: Double
  var minN: Double
  var maxE: Double
  var maxN: Double

  init(minE: Double, minN: Double, maxE: Double, maxN: Double) {
    self.minE = minE
    self.minN = minN
    self.maxE = maxE
    self.maxN = maxN
  }

  /// The bounding box of `points`.
  init(_ points: [GridPoint]) {
    minE = points.map(\.easting).min() ?? 0
    maxE = points.map(\.easting).max() ?? 1
    minN = points.map(\.northing).min() ?? 0
    maxN = points.map(\.northing).max() ?? 1
  }
}

/// A rectangle on the drawing, CSS pixels.
struct PixelRect: Sendable {
  var x: Double
  var y: Double
  var width: Double
  var height: Double
}

/// A map panel: a grid box fitted into a pixel frame, aspect kept, north up.
struct Panel: Sendable {
  var box: GridBox
  var frame: PixelRect
  var scale: Double
  var offsetX: Double
  var offsetY: Double

  init(box: GridBox, frame: PixelRect) {
    self.box = box
    self.frame = frame
    let scale = min(frame.width / (box.maxE - box.minE), frame.height / (box.maxN - box.minN))
    self.scale = scale
    offsetX = frame.x + (frame.width - (box.maxE - box.minE) * scale) / 2
    offsetY = frame.y
  }

  /// The pixel position of a grid point.
  func point(_ grid: GridPoint) -> (x: Double, y: Double) {
    (offsetX + (grid.easting - box.minE) * scale, offsetY + (box.maxN - grid.northing) * scale)
  }
}
