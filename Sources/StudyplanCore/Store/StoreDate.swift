import Foundation

/// How the store writes dates: ISO 8601 in UTC with milliseconds, which sorts as text.
enum StoreDate {
  private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

  static func string(_ date: Date) -> String { date.formatted(style) }

  static func date(_ text: String) -> Date { (try? style.parse(text)) ?? Date(timeIntervalSince1970: 0) }
}
