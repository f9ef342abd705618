import StudyplanCore

/// How catalogue texts appear in command output: wrapped to the terminal's usual width.
enum CatalogueText {
  /// The width long texts are wrapped to.
  static let width = 96

  /// `text` broken into lines of at most `width` characters, each starting with `indent`.
  static func wrap(_ text: String, indent: String) -> [String] {
    var lines: [String] = []
    var line = indent
    for word in text.split(separator: " ") {
      if line.count > indent.count, line.count + 1 + word.count > width {
        lines.append(line)
        line = indent
      }
      line += (line.count > indent.count ? " " : "") + word
    }
    if line.count > indent.count { lines.append(line) }
    return lines
  }

  /// `model 1 (kommunesentrert)` in `language`.
  static func model(_ model: StudyModel, in language: Language) -> String {
    "model \(model.rawValue) (\(model.name(in: language)))"
  }

  /// The full account of one catalogue entry, for `questions ID`.
  static func detail(
    of entry: CatalogueQuestion, in language: Language, roles: RoleCatalogue = .builtin
  ) -> [String] {
    var lines = ["\(entry.id) — \(model(entry.suggestedModel, in: language))"]
    lines += wrap(entry.text.text(in: language), indent: "  ")
    lines.append("")
    lines.append("source:   " + entry.citation.text(in: language))
    lines.append(
      "unit:     \(entry.dimensions.unit.rawValue); compares: "
        + entry.dimensions.comparison.rawValue)
    lines.append("why:")
    lines += wrap(entry.reason(in: language), indent: "  ")
    lines.append("sample:   " + entry.sampling.commandArguments)
    lines += wrap(entry.sampling.note.text(in: language), indent: "  ")
    let names = entry.roleIDs.map { id in
      roles.roles.first { $0.id == id }?.displayName(in: language) ?? id
    }
    lines.append("roles:    " + names.joined(separator: ", "))
    for theme in entry.themes {
      lines.append("theme:    \(theme.id) — \(theme.title.text(in: language))")
      lines += wrap("main: " + theme.mainQuestion.text(in: language), indent: "  ")
      if let indirect = theme.indirectQuestion {
        lines += wrap("indirect: " + indirect.text(in: language), indent: "  ")
      }
      for probe in theme.probes {
        lines += wrap("\(probe.kind.rawValue): " + probe.text.text(in: language), indent: "  ")
      }
    }
    return lines
  }
}
