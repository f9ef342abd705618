/// Renders a document as plain text for e-mail: wrapped at 72 columns, no markup.
public enum PlainTextRenderer {
  /// The width lines are wrapped to.
  public static let width = 72

  /// The document as plain text.
  public static func render(_ document: ExportDocument) -> String {
    var out = wrap(document.title, indent: "") + "\n"
    out += String(repeating: "=", count: min(document.title.count, width)) + "\n"
    for line in document.subtitle { out += wrap(line, indent: "") + "\n" }
    for block in document.blocks {
      out += "\n" + render(block)
    }
    return out
  }

  static func render(_ block: DocumentBlock) -> String {
    switch block {
    case .heading(let level, let text):
      let underline = level <= 1 ? "-" : "."
      let heading = wrap(text, indent: "")
      let last = heading.split(separator: "\n").last.map(String.init) ?? heading
      return heading + "\n" + String(repeating: underline, count: last.count) + "\n"
    case .paragraph(let spans):
      return wrap(spans.plainText, indent: "") + "\n"
    case .note(let spans):
      return wrap(spans.plainText, indent: "| ", firstIndent: "| ") + "\n"
    case .numberedList(let items, let start):
      var out = ""
      for (number, item) in items.enumerated() {
        let marker = "\(start + number). "
        let hang = String(repeating: " ", count: marker.count)
        out += wrap(item.spans.plainText, indent: hang, firstIndent: marker) + "\n"
        for sub in item.subItems {
          out += wrap(sub.plainText, indent: hang + "  ", firstIndent: hang + "- ") + "\n"
        }
      }
      return out
    case .bulletList(let items):
      return items.map { wrap($0.plainText, indent: "  ", firstIndent: "- ") + "\n" }.joined()
    case .figure:
      return ""
    case .table(let header, let rows):
      let all = [header] + rows
      let columns = header.count
      let widths = (0..<columns).map { column in
        all.map { column < $0.count ? normalizedWhitespace($0[column]).count : 0 }.max() ?? 0
      }
      func line(_ row: [String]) -> String {
        (0..<columns).map { column in
          let cell = column < row.count ? normalizedWhitespace(row[column]) : ""
          return column == columns - 1
            ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
        }.joined(separator: "  ")
      }
      var out = line(header) + "\n"
      out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
      for row in rows { out += line(row) + "\n" }
      return out
    }
  }

  /// Wraps `text` to `width`, starting with `firstIndent` and continuing with `indent`.
  static func wrap(_ text: String, indent: String, firstIndent: String? = nil) -> String {
    var lines: [String] = []
    var current = firstIndent ?? indent
    var currentHasWord = false
    for word in normalizedWhitespace(text).split(separator: " ") {
      if currentHasWord && current.count + 1 + word.count > width {
        lines.append(current)
        current = indent + word
      } else {
        current += (currentHasWord ? " " : "") + word
      }
      currentHasWord = true
    }
    lines.append(current)
    return lines.joined(separator: "\n")
  }
}
