import Foundation

/// A document format the planner exports to.
public enum ExportFormat: String, CaseIterable, Sendable {
  /// Markdown, pandoc-friendly.
  case markdown = "md"
  /// Self-contained HTML.
  case html
  /// Word/LibreOffice DOCX.
  case docx
  /// Plain text for e-mail.
  case text = "txt"

  /// The file-name extension, without the dot.
  public var fileExtension: String { rawValue }

  /// Whether the bytes are binary (and so must never be written to a terminal).
  public var isBinary: Bool { self == .docx }

  /// `document` rendered in this format.
  ///
  /// Figures (SVG maps and charts) are drawn in HTML only; the other formats leave them out.
  public func render(_ document: ExportDocument) throws(StudyplanError) -> Data {
    var document = document
    if self != .html { document.blocks = document.blocks.filter { !$0.isFigure } }
    return switch self {
    case .markdown: Data(MarkdownRenderer.render(document).utf8)
    case .html: Data(HTMLRenderer.render(document).utf8)
    case .text: Data(PlainTextRenderer.render(document).utf8)
    case .docx: try DocxRenderer.render(document)
    }
  }
}
