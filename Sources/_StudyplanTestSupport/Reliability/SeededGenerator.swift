/// A deterministic random-number generator (SplitMix64), so a fuzz or fault run replays from its seed.
///
/// ```swift
/// var random = SeededGenerator(seed: 42)
/// let n = Int.random(in: 0..<10, using: &random)  // the same on every run with seed 42
/// ```
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// A generator whose sequence is fixed by `seed`.
  public init(seed: UInt64) {
    state = seed
  }

  /// A generator for item `index` of a run seeded with `seed`, independent of every other item,
  /// so one failing input can be regenerated alone.
  public init(seed: UInt64, item index: Int) {
    var mixer = SeededGenerator(
      seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15))
    state = mixer.next()
  }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A random element of `items` (which must not be empty).
  public mutating func pick<T>(_ items: [T]) -> T {
    items[Int.random(in: 0..<items.count, using: &self)]
  }

  /// True with probability `p`.
  public mutating func chance(_ p: Double) -> Bool {
    Double.random(in: 0..<1, using: &self) < p
  }

  /// A whole number in `range`.
  public mutating func int(_ range: ClosedRange<Int>) -> Int {
    Int.random(in: range, using: &self)
  }
}

/// A seed for a run that was not given one: from the clock, printed so the run can be replayed.
public func freshSeed() -> UInt64 {
  var system = SystemRandomNumberGenerator()
  return system.next() % 1_000_000_000
}
