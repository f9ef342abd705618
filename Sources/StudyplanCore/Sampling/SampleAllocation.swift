/// How a stratified sample's size is shared among strata.
public enum SampleAllocation: String, Codable, CaseIterable, Sendable {
  /// In proportion to stratum size, rounded by largest remainder.
  case proportional
  /// The same number in each stratum, as far as each stratum allows.
  case equal
  /// A number given for each stratum.
  case explicit
}

/// The deterministic allocation rules of docs/sampling.md.
public enum Allocator {
  /// One stratum's name and size.
  public struct Stratum: Sendable {
    /// The stratum key.
    public var key: String
    /// The number of eligible units.
    public var size: Int

    /// Creates a stratum record.
    public init(key: String, size: Int) {
      self.key = key
      self.size = size
    }
  }

  /// Byte order of the UTF-8 keys, the documented tie-break.
  static func precedes(_ a: String, _ b: String) -> Bool {
    a.utf8.lexicographicallyPrecedes(b.utf8)
  }

  /// Largest remainder: `floor(n·N_h/N)` each, then one more to the strata with the largest
  /// remainders `n·N_h mod N`; ties go to the larger stratum, then the smaller key.
  public static func proportional(_ n: Int, _ strata: [Stratum]) throws(StudyplanError) -> [Int] {
    let total = strata.reduce(0) { $0 + $1.size }
    guard n <= total else {
      throw .sampleInvalid(problem: "asked for \(n) units but only \(total) are eligible")
    }
    guard total > 0 else { return strata.map { _ in 0 } }
    var result = strata.map { n * $0.size / total }
    let leftover = n - result.reduce(0, +)
    let order = strata.indices.sorted { i, j in
      let ri = n * strata[i].size % total
      let rj = n * strata[j].size % total
      if ri != rj { return ri > rj }
      if strata[i].size != strata[j].size { return strata[i].size > strata[j].size }
      return precedes(strata[i].key, strata[j].key)
    }
    for index in order.prefix(leftover) { result[index] += 1 }
    return result
  }

  /// Round robin: one unit at a time to each stratum that still has room, larger strata first
  /// (ties by smaller key), until `n` are given.
  public static func equal(_ n: Int, _ strata: [Stratum]) throws(StudyplanError) -> [Int] {
    let total = strata.reduce(0) { $0 + $1.size }
    guard n <= total else {
      throw .sampleInvalid(problem: "asked for \(n) units but only \(total) are eligible")
    }
    let order = strata.indices.sorted { i, j in
      if strata[i].size != strata[j].size { return strata[i].size > strata[j].size }
      return precedes(strata[i].key, strata[j].key)
    }
    var result = strata.map { _ in 0 }
    var remaining = n
    while remaining > 0 {
      for index in order where remaining > 0 && result[index] < strata[index].size {
        result[index] += 1
        remaining -= 1
      }
    }
    return result
  }
}
