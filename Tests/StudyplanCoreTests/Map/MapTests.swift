import Foundation
import Testing

@testable import StudyplanCore

#if canImport(FoundationXML)
  import FoundationXML
#endif

private let frame = SamplingFrame(data: ReferenceData.load(.embedded))

/// Points projected by PROJ 9.1 (`cs2cs +proj=longlat +ellps=GRS80 +to +proj=utm +zone=33
/// +ellps=GRS80`), an independent implementation.
@Test(arguments: [
  (15.0, 0.0, 500_000.000, 0.000),
  (15.0, 60.0, 500_000.000, 6_651_411.190),
  (10.75, 59.91, 262_409.732, 6_649_017.749),  // Oslo
  (5.32, 60.39, -32_253.597, 6_734_074.911),  // Bergen, west of zone 33
  (9.0, 58.0, 145_629.532, 6_444_468.054),
  (31.1, 70.4, 1_096_588.060, 7_890_085.812),  // Vardø area, 16° east of the meridian
  (4.6, 61.0, -60_844.889, 6_807_486.694),
])
func utm33MatchesPROJ(longitude: Double, latitude: Double, easting: Double, northing: Double) {
  let point = TransverseMercator.utm33.project(longitude: longitude, latitude: latitude)
  #expect(abs(point.easting - easting) < 0.01, "\(point.easting)")
  #expect(abs(point.northing - northing) < 0.01, "\(point.northing)")
}

@Test func theBoundariesCoverThe422MunicipalitiesOf2019() throws {
  let boundaries = try MunicipalityBoundaries.embedded()
  #expect(boundaries.shapes.count == 422)
  #expect(Set(boundaries.shapes.map(\.kommunenummer)) == Set(frame.units.map(\.kommunenummer)))
  #expect(boundaries.version.sha256 == boundaries.dataset.recordedSHA256)
  // Halden lies around 11.4° E, 59.1° N.
  let halden = try #require(boundaries.shapes.first { $0.kommunenummer == "0101" })
  let first = try #require(halden.rings.first?.first)
  #expect(abs(first.longitude - 11.7105) < 0.0001 && abs(first.latitude - 59.0337) < 0.0001)
}

@Test func anEditedBoundaryTextIsRefused() {
  var dataset = EmbeddedDataset.boundaries2019
  dataset.text = dataset.text.replacingOccurrences(of: "@0101", with: "@0102")
  #expect(throws: StudyplanError.self) { try MunicipalityBoundaries.parse(dataset) }
}

private func drawnSample() throws -> ProtocolSample {
  let request = SampleRequest(
    design: .stratified, size: 8, strata: [.reform], seed: "map", reserves: 2,
    filter: try FrameFilter.parse("centrality in 5,6 and reform in merged,outside", frame: frame))
  var sample = try SampleDrawer.draw(request, frame: frame)
  _ = try sample.replace(sample.units[0].kommunenummer, reason: .refused)
  return sample
}

/// Counts the elements of an SVG; fails the test when the text is not well-formed XML.
private final class ShapeCounter: NSObject, XMLParserDelegate {
  var units: [String: String] = [:]
  var sampledClass = 0
  var texts = ""

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    if name == "use", let classes = attributes["class"],
      classes.split(separator: " ").contains("unit")
    {
      units[attributes["data-kommunenummer"] ?? ""] = attributes["data-status"]
      if classes.contains("sampled") { sampledClass += 1 }
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { texts += string }
}

private func parse(_ svg: String) throws -> ShapeCounter {
  let parser = XMLParser(data: Data(svg.utf8))
  let counter = ShapeCounter()
  parser.delegate = counter
  #expect(parser.parse(), "\(String(describing: parser.parserError))")
  return counter
}

@Test func theMapIsWellFormedSVGWith422UnitsAndTheSampleMarked() throws {
  let sample = try drawnSample()
  let svg = try FrameMap.svg(frame: frame, sample: sample, title: "Utvalg: test", language: .nb)
  let counter = try parse(svg)
  #expect(counter.units.count == 422)
  let byStatus = Dictionary(grouping: counter.units.keys, by: { counter.units[$0] ?? "" })
  #expect(byStatus["drawn"]?.count == 7)
  #expect(byStatus["refused"] == [sample.units[0].kommunenummer])
  #expect(byStatus["replacement"]?.count == 1)
  #expect(counter.sampledClass == 9)
  #expect((byStatus["reserve"]?.count ?? 0) > 0)
  #expect(
    (byStatus["eligible"]?.count ?? 0) + (byStatus["reserve"]?.count ?? 0) + 9
      == (try FrameFilter.parse("centrality in 5,6 and reform in merged,outside", frame: frame)
        .apply(to: frame).matched.count))
  #expect(counter.texts.contains("Kartverket, CC BY 4.0"))
  #expect(counter.texts.contains("SSB, NLOD 2.0"))
  #expect(counter.texts.contains("trukket (7)"))
  #expect(svg.contains("data-region=\"Salten\""))
  #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
}

@Test func theMapWithoutASampleShowsTheFrameAndCanColourByAField() throws {
  let svg = try FrameMap.svg(
    frame: frame, sample: nil, colouring: .field(.classChange), title: "Frame",
    language: .en)
  let counter = try parse(svg)
  #expect(counter.units.count == 422)
  #expect(counter.sampledClass == 0)
  #expect(counter.texts.contains("reindex (60)"))
  #expect(counter.texts.contains("merger (56)"))
  #expect(counter.texts.contains("Map: Kartverket, CC BY 4.0"))
  #expect(try MapColouring.named("population") == nil)
  #expect(try MapColouring.named("Stratum") == .stratum)
}

@Test func theChartsSetTheSampleBesideTheFrame() throws {
  let sample = try drawnSample()
  let rows = SampleCharts.rows(field: .reform, frame: frame, sample: sample)
  #expect(rows.map(\.value) == ["merged", "outside"])
  #expect(rows.map(\.frame) == [45, 19])
  #expect(rows.reduce(0) { $0 + $1.sample } == 8)
  let svg = SampleCharts.svg(field: .county, frame: frame, sample: sample, language: .en)
  _ = try parse(svg)
  #expect(svg.contains("Frame and sample by county (2019)"))
}
