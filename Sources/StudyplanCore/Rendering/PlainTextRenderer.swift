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
      return table(header: header, rows: rows)
    }
  }

  /// A table within `width`: columns as wide as their widest cell (headers may wrap between
  /// words); when the table would be too wide, the widest columns wrap between words.
  static func table(header: [String], rows: [[String]]) -> String {
    let columns = header.count
    let body = rows.map { row in
      (0..<columns).map { column in column < row.count ? normalizedWhitespace(row[column]) : "" }
    }
    let head = header.map(normalizedWhitespace)
    func longestWord(_ text: String) -> Int { text.split(separator: " ").map(\.count).max() ?? 0 }
    let natural = (0..<columns).map { column in
      max(body.map { $0[column].count }.max() ?? 0, longestWord(head[column]), 1)
    }
    // Too wide: narrow the widest column that can still wrap, one character at a time, never
    // below its longest word; close the gaps to one space only when that is not enough.
    let floors = (0..<columns).map { column in
      ([head[column]] + body.map { $0[column] }).map(longestWord).max() ?? 1
    }
    func fitted(gap: Int) -> [Int] {
      var fitted = natural
      while fitted.reduce(0, +) + gap * (columns - 1) > width,
        let widest = (0..<columns).filter({ fitted[$0] > floors[$0] }).max(by: {
          fitted[$0] < fitted[$1]
        })
      {
        fitted[widest] -= 1
      }
      return fitted
    }
    var gap = "  "
    var widths = fitted(gap: 2)
    if widths.reduce(0, +) + 2 * (columns - 1) > width {
      gap = " "
      widths = fitted(gap: 1)
    }
    /// The cell's text in lines of at most the column's width, breaking between words.
    func lines(_ text: String, _ column: Int) -> [String] {
      var out: [String] = []
      var current = ""
      for word in text.split(separator: " ") {
        if !current.isEmpty, current.count + 1 + word.count > widths[column] {
          out.append(current)
          current = String(word)
        } else {
          current += (current.isEmpty ? "" : " ") + word
        }
      }
      out.append(current)
      return out
    }
    func render(_ cells: [String]) -> String {
      let wrapped = (0..<columns).map { lines(cells[$0], $0) }
      let height = wrapped.map(\.count).max() ?? 1
      var out = ""
      for line in 0..<height {
        let parts = (0..<columns).map { column -> String in
          let text = line < wrapped[column].count ? wrapped[column][line] : ""
          return column == columns - 1
            ? text : text + String(repeating: " ", count: widths[column] - text.count)
        }
        var joined = parts.joined(separator: gap)
        while joined.last == " " { joined.removeLast() }
        out += joined + "\n"
      }
      return out
    }
    var out = render(head)
    out += widths.map { String(repeating: "-", count: $0) }.joined(separator: gap) + "\n"
    for row in body { out += render(row) }
    return out
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
