import Foundation

/// One exported file: where it lies in a study package, its bytes, and what it holds (for the
/// package's README).
public struct ExportArtifact: Sendable {
  /// The path inside a study package: `guides/guide-ordforer.docx`, `protocol.json`.
  public var path: String
  /// The bytes.
  public var data: Data
  /// Whether the bytes are binary (never written to a terminal).
  public var isBinary: Bool
  /// What the file holds, in bokmål and English.
  public var about: LocalizedText

  public init(path: String, data: Data, isBinary: Bool, about: LocalizedText) {
    self.path = path
    self.data = data
    self.isBinary = isBinary
    self.about = about
  }

  /// The file's own name: `guide-ordforer.docx`.
  public var baseName: String { String(path.split(separator: "/").last ?? Substring(path)) }

  /// The file name an export gives it beside others: `p1-guide-ordforer.docx`.
  public func fileName(prefix: String) -> String { "\(prefix)-\(baseName)" }

  /// Whether the bytes are text that may go to a terminal.
  public var isText: Bool { !isBinary }
}
