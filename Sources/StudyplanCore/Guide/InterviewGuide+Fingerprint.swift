import Foundation

extension InterviewGuide {
  /// A short, stable fingerprint of the guide's content: the first 12 hex digits of the
  /// SHA-256 of its canonical JSON. The methods text cites it so a reader can tell which guide
  /// an interview used (COREQ 17).
  public var fingerprint: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let data = (try? encoder.encode(self)) ?? Data()
    return String(DataHash.sha256Hex(of: Array(data)).prefix(12))
  }
}
