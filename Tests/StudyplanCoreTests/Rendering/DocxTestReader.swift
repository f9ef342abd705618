import Foundation
import ZIPFoundation

/// Reads parts back out of a DOCX for assertions.
enum DocxTestReader {
  /// The text of the part at `path` inside `docx`.
  static func part(_ path: String, of docx: Data) throws -> String {
    let archive = try Archive(data: docx, accessMode: .read)
    guard let entry = archive[path] else { return "" }
    var data = Data()
    _ = try archive.extract(entry) { data.append($0) }
    return String(decoding: data, as: UTF8.self)
  }

  /// The entry paths in zip order.
  static func entries(of docx: Data) throws -> [String] {
    try Archive(data: docx, accessMode: .read).map(\.path)
  }
}
