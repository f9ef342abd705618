import Foundation
import StudyplanCore

extension CommandTable {
  /// `templates`: the shipped protocols a new protocol can start from.
  static let templatesCommand = CommandSpec(
    name: "templates",
    summary: "List the shipped protocols that 'new --from' starts from",
    discussion: """
      The shipped protocols are the files of Protocols/ in the exchange format: the NORCE \
      note's own 2019 telephone survey of ByR project leaders, and a starting template for each \
      study model. 'new "TITLE" --from ID' starts an unsaved protocol from one.
      """,
    examples: ["templates", "new \"Vest-Telemark 2027\" --from model-2"],
    run: { _, _, io in
      let entries = try ShippedProtocol.all.map { ($0, try $0.document()) }
      guard !entries.isEmpty else {
        io.print("no templates ship with this build")
        return
      }
      let width = entries.map(\.0.id.count).max() ?? 0
      for (shipped, document) in entries {
        let id = shipped.id.padding(toLength: width, withPad: " ", startingAt: 0)
        let model = document.model.map { "model \($0.model.rawValue)" } ?? "no model"
        io.print("\(id)  \(model)  \(document.title)")
        io.print("  " + document.oneLineDescription(limit: 100))
      }
    })

  /// What to do next after `new --from`: draw the sample, fill the consent fields.
  static func templateNextSteps(_ document: StudyProtocol) -> String {
    var lines: [String] = []
    if document.sample == nil {
      lines.append(
        "no sample is drawn yet: 'map' shows the suggested sampling, "
          + "'sample --suggested QUESTION-ID --n N --seed S' draws it")
    } else {
      lines.append("the template's sample is kept; 'sample …' draws a new one for this study")
    }
    let missing = document.consent.missing(fallbackPurpose: document.purpose)
    if !missing.isEmpty {
      lines.append(
        "consent fields to fill: " + missing.map(\.rawValue).joined(separator: ", ")
          + " ('consent FIELD VALUE')")
    }
    return lines.joined(separator: "\n")
  }
}
