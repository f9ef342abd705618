/// The figures a methods text reports from a log: median, range and shares, computed one way
/// and written in the reader's language («56», «56,5», «83 prosent»).
public enum Figures {
  /// The median of `values`: the middle value of an odd count, the mean of the two middle
  /// values of an even count (48 and 64 give 56); nil for no values.
  public static func median(_ values: [Int]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    if sorted.count % 2 == 1 { return Double(sorted[middle]) }
    return Double(sorted[middle - 1] + sorted[middle]) / 2
  }

  /// A number with at most one decimal, as the language writes it: «56», «56,5»; "56.5".
  public static func decimal(_ value: Double, _ language: Language) -> String {
    let tenths = Int((value * 10).rounded())
    let whole = NumberWords.grouped(tenths / 10, language)
    guard tenths % 10 != 0 else { return whole }
    return whole + (language == .nb ? "," : ".") + "\(abs(tenths % 10))"
  }

  /// `part` of `whole` as a whole percentage, rounded half up (24 of 29 is 83); nil when
  /// `whole` is zero.
  public static func percent(_ part: Int, of whole: Int) -> Int? {
    guard whole > 0 else { return nil }
    return (part * 200 + whole) / (2 * whole)
  }

  /// «83 prosent» / "83 per cent".
  public static func percentText(_ part: Int, of whole: Int, _ language: Language) -> String? {
    percent(part, of: whole).map { language == .nb ? "\($0) prosent" : "\($0) per cent" }
  }

  /// The interviews' length in a sentence: one interview's minutes, or the range and the
  /// median: «Intervjuene varte fra 48 til 64 minutter (median 56)».
  public static func durationSentence(_ minutes: [Int], _ language: Language) -> String? {
    let sorted = minutes.sorted()
    guard let first = sorted.first, let last = sorted.last, let median = median(sorted) else {
      return nil
    }
    let nb = language == .nb
    if sorted.count == 1 {
      return nb ? "Intervjuet varte \(first) minutter" : "The interview lasted \(first) minutes"
    }
    let middle = decimal(median, language)
    if first == last {
      return nb
        ? "Alle intervjuene varte \(first) minutter"
        : "Every interview lasted \(first) minutes"
    }
    return nb
      ? "Intervjuene varte fra \(first) til \(last) minutter (median \(middle))"
      : "The interviews lasted from \(first) to \(last) minutes (median \(middle))"
  }
}
