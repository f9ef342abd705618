/// A document ready to render: a title, a few lines under it, and blocks.
///
/// Guides, the information letter and the methods text are built as this one shape, and each
/// format (Markdown, HTML, DOCX, plain text) renders it, so the formats cannot drift apart.
/// All text here is plain: renderers do the escaping.
public struct ExportDocument: Equatable, Sendable {
  /// The document's title.
  public var title: String
  /// Short lines printed under the title (role, length, version).
  public var subtitle: [String]
  /// The language the document is written in.
  public var language: Language
  /// The body.
  public var blocks: [DocumentBlock]

  /// Creates a document.
  public init(title: String, subtitle: [String] = [], language: Language, blocks: [DocumentBlock]) {
    self.title = title
    self.subtitle = subtitle
    self.language = language
    self.blocks = blocks
  }
}

/// A block of a document.
public enum DocumentBlock: Equatable, Sendable {
  /// A heading; level 1 is a section, 2 a subsection.
  case heading(level: Int, text: String)
  /// A paragraph of text runs.
  case paragraph([Span])
  /// A numbered list whose first item has number `start`; each item may carry indented
  /// sub-items.
  case numberedList([ListItem], start: Int = 1)
  /// A bulleted list.
  case bulletList([[Span]])
  /// A table with a header row.
  case table(header: [String], rows: [[String]])
  /// A highlighted note (what is missing, what was left out).
  case note([Span])
  /// A drawing (a map or a chart) as SVG text made by studyplan itself, with a caption; only
  /// HTML shows it, the other formats leave it out.
  case figure(svg: String, caption: String)

  /// Whether the block is a figure.
  public var isFigure: Bool {
    if case .figure = self { return true }
    return false
  }
}

/// A run of text with one style.
public struct Span: Equatable, Sendable {
  /// How a run is set.
  public enum Style: Equatable, Sendable {
    /// Upright.
    case plain
    /// Italic.
    case emphasis
    /// Bold.
    case strong
    /// A small, muted aside (a question's priority, time and links): italic where the format
    /// has nothing finer.
    case aside
  }

  /// The run's text.
  public var text: String
  /// The run's style.
  public var style: Style

  /// Creates a run.
  public init(_ text: String, _ style: Style = .plain) {
    self.text = text
    self.style = style
  }

  /// A plain run.
  public static func plain(_ text: String) -> Span { Span(text) }
  /// An italic run.
  public static func emphasis(_ text: String) -> Span { Span(text, .emphasis) }
  /// A bold run.
  public static func strong(_ text: String) -> Span { Span(text, .strong) }
  /// A muted aside.
  public static func aside(_ text: String) -> Span { Span(text, .aside) }
}

/// An item of a numbered list with its indented sub-items.
public struct ListItem: Equatable, Sendable {
  /// The item's text.
  public var spans: [Span]
  /// Sub-items printed indented under it (bulleted).
  public var subItems: [[Span]]

  /// Creates an item.
  public init(_ spans: [Span], subItems: [[Span]] = []) {
    self.spans = spans
    self.subItems = subItems
  }
}

extension [Span] {
  /// The runs' text joined, without styling.
  public var plainText: String { map(\.text).joined() }
}

/// Collapses runs of whitespace (including line breaks) into single spaces; no-break spaces
/// stay, so plain text never wraps where a document asked it not to.
func normalizedWhitespace(_ text: String) -> String {
  text.split(whereSeparator: { $0.isWhitespace && $0 != noBreakSpace }).joined(separator: " ")
}

/// U+00A0, which renderers keep and plain text never breaks at.
let noBreakSpace: Character = "\u{00A0}"
