import Crypto

/// The ranking at the heart of every draw: units ordered by the SHA-256 of
/// `seed:stratum:id` (UTF-8 bytes), ascending, compared as bytes; ties by id bytes.
///
/// Documented in docs/sampling.md so that anyone can redo it in a few lines of another
/// language. The hot loop hashes into one reusable buffer and compares digests as four
/// big-endian `UInt64`s, so it allocates nothing per unit.
public enum SampleRanking {
  /// The algorithm id recorded in every plan.
  public static let algorithm = "studyplan-sha256-rank/1"

  struct Key {
    var a: UInt64
    var b: UInt64
    var c: UInt64
    var d: UInt64
    var index: Int32
  }

  /// The indices of `ids` in rank order for `seed` and `stratum`.
  ///
  /// With `limit`, only the first `limit` of the ranking are returned (found in linear time,
  /// then sorted), which is what a draw with a bounded number of reserves needs.
  public static func order(
    ids: [String], seed: String, stratum: String, limit: Int? = nil
  ) -> [Int] {
    var keys = self.keys(ids: ids, seed: seed, stratum: stratum)
    let precedes = { (x: Key, y: Key) -> Bool in
      if x.a != y.a { return x.a < y.a }
      if x.b != y.b { return x.b < y.b }
      if x.c != y.c { return x.c < y.c }
      if x.d != y.d { return x.d < y.d }
      return ids[Int(x.index)].utf8.lexicographicallyPrecedes(ids[Int(y.index)].utf8)
    }
    if let limit, limit < keys.count / 4 {
      select(&keys, count: max(limit, 0), by: precedes)
      keys.removeSubrange(max(limit, 0)...)
    }
    keys.sort(by: precedes)
    return keys.map { Int($0.index) }
  }

  /// Each id's ranking key, hashed into one reusable buffer.
  static func keys(ids: [String], seed: String, stratum: String) -> [Key] {
    var keys: [Key] = []
    keys.reserveCapacity(ids.count)
    var buffer: [UInt8] = Array("\(seed):\(stratum):".utf8)
    let prefixLength = buffer.count
    buffer.reserveCapacity(prefixLength + 64)
    for (index, id) in ids.enumerated() {
      buffer.removeSubrange(prefixLength...)
      buffer.append(contentsOf: id.utf8)
      let digest = buffer.withUnsafeBytes { raw in
        var hasher = SHA256()
        hasher.update(bufferPointer: raw)
        return hasher.finalize()
      }
      let key = digest.withUnsafeBytes { raw in
        Key(
          a: UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)),
          b: UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)),
          c: UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self)),
          d: UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self)),
          index: Int32(truncatingIfNeeded: index))
      }
      keys.append(key)
    }
    return keys
  }

  /// Moves the `count` smallest keys to the front, in no particular order (quickselect with a
  /// median-of-three pivot; the result is then sorted, so the pivot choice never shows).
  static func select(_ keys: inout [Key], count: Int, by precedes: (Key, Key) -> Bool) {
    var low = 0
    var high = keys.count - 1
    while low < high {
      let middle = low + (high - low) / 2
      if precedes(keys[middle], keys[low]) { keys.swapAt(middle, low) }
      if precedes(keys[high], keys[low]) { keys.swapAt(high, low) }
      if precedes(keys[high], keys[middle]) { keys.swapAt(high, middle) }
      let pivot = keys[middle]
      var i = low
      var j = high
      while i <= j {
        while precedes(keys[i], pivot) { i += 1 }
        while precedes(pivot, keys[j]) { j -= 1 }
        if i <= j {
          keys.swapAt(i, j)
          i += 1
          j -= 1
        }
      }
      if count - 1 <= j {
        high = j
      } else if count - 1 >= i {
        low = i
      } else {
        return
      }
    }
  }

  /// The hex ranking key of one unit, as docs/sampling.md defines it.
  public static func key(seed: String, stratum: String, id: String) -> String {
    DataHash.sha256Hex(of: "\(seed):\(stratum):\(id)")
  }
}
