/// Finds the closest candidate to a mistyped word, for "Did you mean …?" suggestions.
public enum Suggestion {
  /// The candidate nearest to `input` by edit distance, when it is near enough to be a typo.
  ///
  /// A candidate is near enough when at most a third of its letters (at least one) differ.
  /// Both sides are compared through `key` (by default, lowercased); ties go to the earlier
  /// candidate.
  public static func closest(
    to input: String, in candidates: [String], key: (String) -> String = { $0.lowercased() }
  ) -> String? {
    let needle = Array(key(input))
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let hay = Array(key(candidate))
      let allowed = max(1, hay.count / 3)
      // The distance is at least the difference in length: skip hopeless candidates unmeasured
      // (a 160 000-character word took seconds per candidate).
      guard abs(needle.count - hay.count) <= allowed else { continue }
      let distance = editDistance(needle, hay)
      guard distance <= allowed, distance < (best?.distance ?? Int.max) else { continue }
      best = (candidate, distance)
    }
    return best?.candidate
  }

  /// The Damerau–Levenshtein distance (with adjacent transpositions) between two strings.
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previousPrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], previousPrevious[j - 2] + 1)
        }
      }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count]
  }
}
