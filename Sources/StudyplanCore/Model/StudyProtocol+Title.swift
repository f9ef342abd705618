import Foundation

extension StudyProtocol {
  /// Whether `title` is one a protocol may have: 1 to 200 characters on one line, without control
  /// characters (SQLite and terminals stop or jump at them), ignoring surrounding spaces.
  public static func isAcceptableTitle(_ title: String) -> Bool {
    let trimmed = title.trimmingCharacters(in: .whitespaces)
    return !trimmed.isEmpty && trimmed.count <= 200
      && !trimmed.unicodeScalars.contains { $0.properties.generalCategory == .control }
      && !trimmed.contains(where: \.isNewline)
  }
}
