/// Renders a document as one self-contained HTML page that prints well.
///
/// No scripts, no external resources; every text is escaped, so nothing a planner types can
/// become markup.
public enum HTMLRenderer {
  /// The document as an HTML page.
  public static func render(_ document: ExportDocument) -> String {
    var out = """
      <!DOCTYPE html>
      <html lang="\(document.language.rawValue)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(escape(document.title))</title>
      <style>
      \(stylesheet)
      </style>
      </head>
      <body>
      <main>
      <h1>\(escape(document.title))</h1>

      """
    if !document.subtitle.isEmpty {
      out += "<p class=\"subtitle\">"
      out += document.subtitle.map(escape).joined(separator: "<br>\n")
      out += "</p>\n"
    }
    for block in document.blocks { out += render(block) }
    out += "</main>\n</body>\n</html>\n"
    return out
  }

  static func render(_ block: DocumentBlock) -> String {
    switch block {
    case .heading(let level, let text):
      let tag = "h\(min(level + 1, 6))"
      return "<\(tag)>\(escape(text))</\(tag)>\n"
    case .paragraph(let spans):
      return "<p>\(inline(spans))</p>\n"
    case .note(let spans):
      return "<p class=\"note\">\(inline(spans))</p>\n"
    case .figure(let svg, let caption):
      return "<figure style=\"margin: 1.2rem 0\">\n\(svg)"
        + "<figcaption style=\"color: #444; font-size: 0.9em\">\(escape(caption))</figcaption>\n"
        + "</figure>\n"
    case .numberedList(let items, let start):
      var out = start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n"
      for item in items {
        out += "<li>\(inline(item.spans))"
        if !item.subItems.isEmpty {
          out += "\n<ul>\n"
          for sub in item.subItems { out += "<li>\(inline(sub))</li>\n" }
          out += "</ul>\n"
        }
        out += "</li>\n"
      }
      return out + "</ol>\n"
    case .bulletList(let items):
      return "<ul>\n" + items.map { "<li>\(inline($0))</li>\n" }.joined() + "</ul>\n"
    case .table(let header, let rows):
      var out = "<table>\n<thead><tr>"
      out += header.map { "<th>\(escape($0))</th>" }.joined()
      out += "</tr></thead>\n<tbody>\n"
      for row in rows {
        out += "<tr>" + row.map { "<td>\(escape($0))</td>" }.joined() + "</tr>\n"
      }
      return out + "</tbody>\n</table>\n"
    }
  }

  static func inline(_ spans: [Span]) -> String {
    spans.map { span in
      let text = escape(span.text)
      switch span.style {
      case .plain: return text
      case .emphasis: return "<em>\(text)</em>"
      case .strong: return "<strong>\(text)</strong>"
      case .aside: return "<span class=\"aside\">\(text)</span>"
      }
    }.joined()
  }

  /// Escapes `text` for HTML element content and attribute values.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default:
        // Control characters (raw C0, C1, bidirectional overrides) are shown, not passed on.
        if character.unicodeScalars.contains(where: FreeText.isUnsafe) {
          out += FreeText.displayable(String(character))
        } else {
          out.append(character)
        }
      }
    }
    return out
  }

  static let stylesheet = """
    body { font-family: "Source Sans 3", "Segoe UI", Helvetica, Arial, sans-serif;
      line-height: 1.45; color: #1a1a1a; background: #fff; margin: 0; }
    main { max-width: 46rem; margin: 2rem auto; padding: 0 1.25rem; }
    h1 { font-size: 1.7rem; margin-bottom: 0.3rem; }
    h2 { font-size: 1.25rem; margin-top: 1.8rem; border-bottom: 1px solid #ccc;
      padding-bottom: 0.2rem; }
    h3 { font-size: 1.05rem; margin-top: 1.2rem; }
    .subtitle { color: #444; margin-top: 0; }
    ol > li { margin: 0.6rem 0; }
    ol ul { margin-top: 0.3rem; }
    ol ul > li { margin: 0.15rem 0; }
    em { color: #444; }
    .aside { color: #666; font-size: 0.85em; font-style: italic; }
    .note { border-left: 4px solid #c98a00; background: #fff7e0; padding: 0.5rem 0.8rem; }
    table { border-collapse: collapse; margin: 0.8rem 0; }
    th, td { border: 1px solid #bbb; padding: 0.25rem 0.6rem; text-align: left;
      vertical-align: top; }
    th { background: #f0f0f0; }
    figure svg { max-width: 100%; height: auto; }
    @page { size: A4; margin: 2cm; }
    @media print {
      body { font-size: 11pt; }
      main { max-width: none; margin: 0; padding: 0; }
      h2, h3 { break-after: avoid; page-break-after: avoid; }
      li, tr, .note { break-inside: avoid; page-break-inside: avoid; }
      em { color: #333; }
    }
    """
}
