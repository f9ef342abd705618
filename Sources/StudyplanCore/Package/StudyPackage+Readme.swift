extension StudyPackage {
  /// The README: what the package is, where it came from, and every file with what it holds.
  static func readme(
    context: ExportContext, listed: [(path: String, about: LocalizedText)],
    leftOut: [(title: LocalizedText, why: LocalizedText)], language: Language
  ) -> String {
    func t(_ nb: String, _ en: String) -> String { language == .nb ? nb : en }
    let document = context.document
    var lines = [
      "# " + t("Studiepakke", "Study package") + ": " + MarkdownInline.escape(document.title), "",
      t(
        "Laget av \(context.software) fra protokollen \(context.versionLabel) "
          + "(\(document.status == .final ? "endelig" : "utkast")). Alle filene kommer fra "
          + "denne versjonen.",
        "Made by \(context.software) from protocol \(context.versionLabel) "
          + "(\(document.status.rawValue)). Every file comes from this version."),
      "",
      t(
        "`SHA256SUMS` har SHA-256 for hver fil, også denne; kontroller pakken med "
          + "`sha256sum -c SHA256SUMS` i denne mappen.",
        "`SHA256SUMS` holds the SHA-256 of every file, this one included; check the package "
          + "with `sha256sum -c SHA256SUMS` in this folder."),
      "", "| " + t("fil", "file") + " | " + t("innhold", "contents") + " |", "| --- | --- |",
    ]
    lines += listed.map {
      "| `\($0.path)` | \(MarkdownInline.escape($0.about.text(in: language))) |"
    }
    lines.append(
      "| `\(manifestName)` | " + t("SHA-256 for hver fil", "SHA-256 of every file") + " |")
    let reasons = leftOut.filter { !$0.why.nb.isEmpty }
    if !reasons.isEmpty {
      lines += ["", t("Ikke med:", "Left out:"), ""]
      lines += reasons.map {
        "- \($0.title.text(in: language)): \(MarkdownInline.escape($0.why.text(in: language)))"
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

/// Escapes text for inline Markdown (a table cell or a heading).
enum MarkdownInline {
  static func escape(_ text: String) -> String {
    var out = ""
    for character in normalizedWhitespace(text) {
      if "\\`*_[]<>|#".contains(character) { out.append("\\") }
      out.append(character)
    }
    return out
  }
}
