/// A pattern in a free-text field that looks like a person's contact details.
public enum PersonalDataPattern: String, Sendable, Hashable {
  /// Something shaped like an e-mail address.
  case email = "an e-mail address"
  /// A run of eight or more digits, possibly spaced, like a phone number.
  case phone = "a phone number"

  /// The patterns found in `text`, in a fixed order (e-mail first).
  public static func matches(in text: String) -> [PersonalDataPattern] {
    var found: [PersonalDataPattern] = []
    if looksLikeEmail(text) { found.append(.email) }
    if looksLikePhone(text) { found.append(.phone) }
    return found
  }

  private static func looksLikeEmail(_ text: String) -> Bool {
    for word in text.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == ";" }) {
      let parts = word.split(separator: "@", omittingEmptySubsequences: false)
      guard parts.count == 2, !parts[0].isEmpty else { continue }
      let domain = parts[1].trimmingSuffix { ".)>".contains($0) }
      if domain.contains("."), !domain.hasPrefix("."), !domain.hasSuffix(".") { return true }
    }
    return false
  }

  private static func looksLikePhone(_ text: String) -> Bool {
    var digits = 0
    for character in text {
      if character.isASCII, character.isNumber {
        digits += 1
        if digits >= 8 { return true }
      } else if character == " " || (character == "+" && digits == 0) {
        continue
      } else {
        digits = 0
      }
    }
    return false
  }
}

extension Substring {
  fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
    var result = self
    while let last = result.last, predicate(last) { result = result.dropLast() }
    return result
  }
}

extension ConsentFields {
  /// Free-text fields whose value looks like a person's e-mail or phone number. Values are never
  /// echoed: the caller names the field and the pattern only.
  public var personalDataFindings: [(field: ConsentField, pattern: PersonalDataPattern)] {
    ConsentField.freeText.flatMap { field in
      PersonalDataPattern.matches(in: value(of: field) ?? "").map { (field, $0) }
    }
  }
}
