/// Renders a document as Markdown that pandoc reads cleanly.
///
/// Every user-supplied character that Markdown (or pandoc's extensions: citations, math,
/// attributes, sub/superscript) could take as syntax is backslash-escaped.
public enum MarkdownRenderer {
  /// The document as Markdown.
  public static func render(_ document: ExportDocument) -> String {
    var out = "# \(escape(document.title))\n\n"
    for line in document.subtitle {
      out += "\(escape(line))\\\n"
    }
    if !document.subtitle.isEmpty {
      out.removeLast(2)
      out += "\n\n"
    }
    for block in document.blocks {
      out += render(block)
      out += "\n"
    }
    while out.hasSuffix("\n\n") { out.removeLast() }
    return out
  }

  static func render(_ block: DocumentBlock) -> String {
    switch block {
    case .heading(let level, let text):
      return String(repeating: "#", count: min(level + 1, 6)) + " " + escape(text) + "\n"
    case .paragraph(let spans):
      return inline(spans) + "\n"
    case .note(let spans):
      return "> " + inline(spans) + "\n"
    case .numberedList(let items, let start):
      var out = ""
      for (number, item) in items.enumerated() {
        let marker = "\(start + number)."
        out += marker + String(repeating: " ", count: max(1, 4 - marker.count)) + inline(item.spans)
        out += "\n"
        if !item.subItems.isEmpty {
          out += "\n"
          for sub in item.subItems { out += "    -   " + inline(sub) + "\n" }
        }
        out += "\n"
      }
      return String(out.dropLast())
    case .bulletList(let items):
      return items.map { "-   " + inline($0) + "\n" }.joined()
    case .figure:
      return ""
    case .table(let header, let rows):
      var out = "| " + header.map(escapeCell).joined(separator: " | ") + " |\n"
      out += "|" + header.map { _ in "---|" }.joined() + "\n"
      for row in rows {
        let cells = header.indices.map { $0 < row.count ? escapeCell(row[$0]) : "" }
        out += "| " + cells.joined(separator: " | ") + " |\n"
      }
      return out
    }
  }

  static func inline(_ spans: [Span]) -> String {
    var out = ""
    for span in spans {
      // Escaping collapses outer blanks; keep one where the run had any, outside the markers
      // (emphasis markers must hug the text).
      let leading = span.text.first?.isWhitespace == true && !out.isEmpty ? " " : ""
      let trailing = span.text.last?.isWhitespace == true ? " " : ""
      let text = escape(span.text, atLineStart: out.isEmpty)
      guard !text.isEmpty else {
        out += leading.isEmpty ? trailing : leading
        continue
      }
      let marker =
        switch span.style {
        case .plain: ""
        case .emphasis, .aside: "*"
        case .strong: "**"
        }
      out += leading + marker + text + marker + trailing
    }
    return out.hasSuffix(" ") ? String(out.dropLast()) : out
  }

  /// Escapes `text` for a Markdown paragraph; `atLineStart` also guards block markers.
  public static func escape(_ text: String, atLineStart: Bool = true) -> String {
    let text = normalizedWhitespace(text)
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      if "\\`*_{}[]<>#|$~^@&".contains(character) { out.append("\\") }
      out.append(character)
    }
    guard atLineStart, let first = out.first else { return out }
    if "-+=%:".contains(first) { return "\\" + out }
    let digits = out.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, let after = out.dropFirst(digits.count).first, after == "." || after == ")"
    {
      let index = out.index(out.startIndex, offsetBy: digits.count)
      out.insert("\\", at: index)
    }
    return out
  }

  private static func escapeCell(_ text: String) -> String {
    let escaped = escape(text)
    return escaped.isEmpty ? " " : escaped
  }
}
