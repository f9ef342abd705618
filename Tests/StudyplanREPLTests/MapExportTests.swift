import Foundation
import StudyplanCore
import Testing
import _StudyplanTestSupport

@testable import StudyplanREPL

/// `export map`, `export sample --format html` and the methods text's HTML hold the map and
/// the charts.
@Suite struct MapExportTests {
  private static let draw = [
    #"new "Reform" --from model-1"#,
    "sample --suggested reform-least-central --n 8 --seed maps --reserves 1",
  ]

  @Test func theMapIsWrittenAsAStandaloneSVGWithO() throws {
    let run = try GuideCommandFixtures.run(
      Self.draw + ["export map --format svg -o p-map.svg --force", "quit --discard"])
    #expect(run.status == .success, "\(run.terminal.errors)")
    let svg = try String(
      contentsOf: run.folder.appendingPathComponent("p-map.svg"), encoding: .utf8)
    #expect(svg.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"#))
    #expect(svg.components(separatedBy: "<use href=\"#g").count - 1 >= 422)
    #expect(svg.components(separatedBy: "data-status=\"drawn\"").count - 1 == 8)
    #expect(svg.contains("Kartverket, CC BY 4.0"))
  }

  @Test func theSampleAndMethodsHTMLHoldTheMapAndCharts() throws {
    let run = try GuideCommandFixtures.run(
      Self.draw + [
        "export sample --format html -o p-sample.html --force",
        "export methods --format html -o p-methods.html --force",
        "export methods --format md -o p-methods.md --force", "quit --discard",
      ])
    #expect(run.status == .success, "\(run.terminal.errors)")
    for name in ["p-sample.html", "p-methods.html"] {
      let html = try String(contentsOf: run.folder.appendingPathComponent(name), encoding: .utf8)
      #expect(html.contains("<figure"), "\(name)")
      #expect(html.components(separatedBy: "class=\"unit").count - 1 == 422, "\(name)")
      #expect(html.components(separatedBy: "class=\"chart\"").count - 1 == 3, "\(name)")
      #expect(html.contains("Kartverket, CC BY 4.0"), "\(name)")
    }
    let markdown = try String(
      contentsOf: run.folder.appendingPathComponent("p-methods.md"), encoding: .utf8)
    #expect(!markdown.contains("<svg"))
  }

  @Test func colouringIsForTheMapOnlyAndNeedsAFieldWithFewValues() throws {
    let run = try GuideCommandFixtures.run(
      Self.draw + ["export map --format svg --by population", "quit --discard"])
    #expect(run.status == .usage)
    #expect(run.terminal.errors.contains("'population'"))
    let other = try GuideCommandFixtures.run(
      Self.draw + ["export sample --format csv --by reform", "quit --discard"])
    #expect(other.terminal.errors.contains("'export sample' has no option '--by'"))
    let reform = try GuideCommandFixtures.run(
      Self.draw + ["export map --format svg --by reform", "quit --discard"])
    #expect(reform.terminal.output.contains("register-renamed (4)"))
  }
}
