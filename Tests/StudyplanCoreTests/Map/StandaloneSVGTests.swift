import Foundation
import Testing

@testable import StudyplanCore

/// The standalone SVG files (the map, the package's charts) carry their size in pixels and no
/// CSS sizing, so converters such as CairoSVG draw them; the HTML page sizes them itself.
@Suite struct StandaloneSVGTests {
  static let python = ExternalTool.find("python3")
  static let hasCairoSVG: Bool = {
    guard let python else { return false }
    let probe = try? ExternalTool.run(python, ["-c", "import cairosvg, PIL"])
    return probe?.status == 0
  }()

  static func mapFile() throws -> String {
    let context = ExportContext(
      document: try QDAProjectTests.survey(), prefix: "p1", frame: QDAProjectTests.frame,
      software: "studyplan")
    let artifact = try #require(
      try Exporter.artifacts(ExportRequest(.map, format: .svg), context).first)
    return String(decoding: artifact.data, as: UTF8.self)
  }

  @Test func theMapAndTheChartsHaveAPixelSizeAndNoCSSSizing() throws {
    let map = try Self.mapFile()
    let start = try #require(map.range(of: "<svg "))
    let root = map[start.lowerBound...].prefix { $0 != ">" }
    #expect(root.contains(#"width="\#(FrameMap.width)""#))
    #expect(root.contains(#"height="\#(FrameMap.height)""#))
    #expect(!map.contains("height: auto"))
    let document = try QDAProjectTests.survey()
    let chart = SampleCharts.svg(
      field: .centrality, frame: QDAProjectTests.frame, sample: document.sample, language: .nb)
    #expect(!chart.contains("height: auto"))
    #expect(chart.contains(#"width="580""#))
  }

  @Test func theHTMLPageSizesItsFiguresToTheColumn() throws {
    let page = HTMLRenderer.render(
      ExportDocument(title: "Kart", language: .nb, blocks: [.figure(svg: "<svg/>", caption: "")]))
    #expect(page.contains("figure svg { max-width: 100%; height: auto; }"))
  }

  static let render = """
    import io, sys, cairosvg
    from PIL import Image
    png = cairosvg.svg2png(url=sys.argv[1])
    image = Image.open(io.BytesIO(png)).convert("RGBA")
    width, height = image.size
    print(width, height, image.getpixel((5, 5))[3], image.getpixel((width // 2, height // 2))[3])
    """

  @Test(
    .enabled(
      if: hasCairoSVG,
      "CairoSVG is not installed (pip install cairosvg); the map was not rendered"))
  func cairoSVGDrawsTheMapOpaqueAtItsOwnSize() throws {
    let directory = try ExternalTool.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("map.svg")
    try Data(try Self.mapFile().utf8).write(to: file)
    let result = try ExternalTool.run(try #require(Self.python), ["-c", Self.render, file.path])
    #expect(result.status == 0, "CairoSVG failed: \(result.stderr)")
    let numbers = result.stdout.split(separator: " ").compactMap {
      Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    #expect(numbers == [FrameMap.width, FrameMap.height, 255, 255], "\(result.stdout)")
  }
}
