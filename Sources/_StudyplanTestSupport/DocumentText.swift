import StudyplanCore

extension ExportDocument {
  /// Every text of the document, one block a line, unwrapped and unescaped: for tests that
  /// look for a phrase regardless of format.
  public var flatText: String { flatText(skipping: []) }

  /// The flat text without the runs of `styles` (asides hold ids; emphasis holds commands).
  public func flatText(skipping styles: Set<Span.Style>) -> String {
    func text(_ spans: [Span]) -> String {
      spans.filter { !styles.contains($0.style) }.map(\.text).joined()
    }
    var parts = [title] + subtitle
    for block in blocks {
      switch block {
      case .heading(_, let text): parts.append(text)
      case .paragraph(let spans), .note(let spans): parts.append(text(spans))
      case .bulletList(let items): parts += items.map(text)
      case .numberedList(let items, _):
        for item in items { parts += [text(item.spans)] + item.subItems.map(text) }
      case .figure(_, let caption): parts.append(caption)
      case .table(let header, let rows):
        parts += [header.joined(separator: " | ")] + rows.map { $0.joined(separator: " | ") }
      }
    }
    return parts.joined(separator: "\n")
  }
}
