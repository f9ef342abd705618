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
  public static func order(ids: [String], seed: String, stratum: String) -> [Int] {
    var keys: [Key] = []
    keys.reserveCapacity(ids.count)
    var buffer: [UInt8] = Array("\(seed):\(stratum):".utf8)
    let prefixLength = buffer.count
    buffer.reserveCapacity(prefixLength + 64)
    for (index, id) in ids.enumerated() {
      buffer.removeSubrange(prefixLength...)
      buffer.append(contentsOf: id.utf8)
      let digest = SHA256.hash(data: buffer)
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
    keys.sort { x, y in
      if x.a != y.a { return x.a < y.a }
      if x.b != y.b { return x.b < y.b }
      if x.c != y.c { return x.c < y.c }
      if x.d != y.d { return x.d < y.d }
      return ids[Int(x.index)].utf8.lexicographicallyPrecedes(ids[Int(y.index)].utf8)
    }
    return keys.map { Int($0.index) }
  }

  /// The hex ranking key of one unit, as docs/sampling.md defines it.
  public static func key(seed: String, stratum: String, id: String) -> String {
    DataHash.sha256Hex(of: "\(seed):\(stratum):\(id)")
  }
}
