/// A pattern in a free-text field that looks like a person's contact details or identity.
public enum PersonalDataPattern: String, Sendable, Hashable {
  /// Something shaped like an e-mail address, also written `kari(at)kommune.no`.
  case email = "an e-mail address"
  /// Eight or more digits, possibly grouped by spaces or hyphens (`912 34 567`, `912-34-567`).
  case phone = "a phone number"
  /// Eleven digits whose first six are a date (`010190 12345`, `010190-12345`): a Norwegian
  /// fødselsnummer or D-number.
  case nationalIdentityNumber = "a fødselsnummer (national identity number)"

  /// The patterns found in `text`, in a fixed order (e-mail first).
  public static func matches(in text: String) -> [PersonalDataPattern] {
    var found: [PersonalDataPattern] = []
    if looksLikeEmail(text) { found.append(.email) }
    let numbers = digitRuns(in: text)
    if numbers.contains(where: isIdentityNumber) { found.append(.nationalIdentityNumber) }
    if numbers.contains(where: { !isIdentityNumber($0) && isPhone($0) }) { found.append(.phone) }
    return found
  }

  private static func looksLikeEmail(_ text: String) -> Bool {
    // `kari(at)kommune.no`, `kari [at] kommune.no`: the usual disguises, read as `@`.
    var normalised = text.lowercased()
    let disguised = ["(at)", "[at]", "{at}", "<at>"].contains { normalised.contains($0) }
    guard disguised || normalised.contains("@") else { return false }
    for disguise in ["(at)", "[at]", "{at}", "<at>", " (at) ", " [at] "] {
      normalised = normalised.replacingOccurrences(of: disguise, with: "@")
    }
    normalised = normalised.replacingOccurrences(of: " @ ", with: "@")
    for word in normalised.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == ";" }) {
      let parts = word.split(separator: "@", omittingEmptySubsequences: false)
      guard parts.count == 2, !parts[0].isEmpty else { continue }
      let domain = parts[1].trimmingSuffix { ".)>".contains($0) }
      if domain.contains("."), !domain.hasPrefix("."), !domain.hasSuffix(".") { return true }
    }
    return false
  }

  /// A run of digit groups: the groups' lengths and the separators between them.
  private struct DigitRun {
    var groups: [Int] = []
    var hyphenated = false
    var digits: String = ""
  }

  /// Runs of digits joined by single spaces or hyphens (a leading `+` allowed).
  private static func digitRuns(in text: String) -> [DigitRun] {
    var runs: [DigitRun] = []
    var run = DigitRun()
    var group = 0
    var pendingSeparator: Character?
    func finishGroup() {
      if group > 0 { run.groups.append(group) }
      group = 0
    }
    func finishRun() {
      finishGroup()
      if !run.groups.isEmpty { runs.append(run) }
      run = DigitRun()
      pendingSeparator = nil
    }
    for character in text {
      if character.isASCII, character.isNumber {
        if let separator = pendingSeparator {
          if separator == "-" { run.hyphenated = true }
          pendingSeparator = nil
        }
        group += 1
        run.digits.append(character)
      } else if character == " " || character == "-", group > 0, pendingSeparator == nil {
        finishGroup()
        pendingSeparator = character
      } else if character == "+", run.groups.isEmpty, group == 0 {
        continue
      } else {
        finishRun()
      }
    }
    finishRun()
    return runs
  }

  /// Eleven digits, alone or as six and five, whose first six read as a date (day 1–31, or
  /// 41–71 for a D-number; month 1–12, or 41–52 / 81–92 for test and synthetic numbers).
  private static func isIdentityNumber(_ run: DigitRun) -> Bool {
    guard run.digits.count == 11, run.groups == [11] || run.groups == [6, 5] else { return false }
    let digits = Array(run.digits)
    guard let day = Int(String(digits[0...1])), let month = Int(String(digits[2...3])) else {
      return false
    }
    let dayFits = (1...31).contains(day) || (41...71).contains(day)
    let monthFits = [0, 40, 80].contains { (1...12).contains(month - $0) }
    return dayFits && monthFits
  }

  /// Eight or more digits; grouped with hyphens only in phone-like groups of two or three
  /// (`912-34-567`), so `2019-2020` is not a phone number.
  private static func isPhone(_ run: DigitRun) -> Bool {
    guard run.digits.count >= 8 else { return false }
    guard run.hyphenated else { return true }
    return run.groups.allSatisfy { (2...3).contains($0) }
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
