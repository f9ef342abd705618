import Crypto

/// GUIDs that are the same every time the same item of the same protocol is exported.
///
/// REFI-QDA files name every code, variable and case by a GUID. A random GUID would make two
/// exports of one protocol version look like two different codebooks to NVivo or ATLAS.ti, so
/// studyplan derives each GUID from the protocol id and the item's path (research question,
/// theme and question ids, which do not change between versions): the first 16 bytes of
/// SHA-256 over `studyplan-qda/1`, the protocol id and the path, one per line, with the version
/// and variant bits of an RFC 9562 version-8 (custom) UUID set.
public enum StableGUID {
  /// The GUID of the item at `path` (e.g. `["code", "rq-kapasitet", "kapasitet", "q5"]`) in
  /// the protocol `protocolID`, as lowercase `8-4-4-4-12` hex.
  public static func make(protocolID: String, path: [String]) -> String {
    let input = (["studyplan-qda/1", protocolID] + path).joined(separator: "\n")
    var bytes = Array(SHA256.hash(data: Array(input.utf8)).prefix(16))
    bytes[6] = (bytes[6] & 0x0F) | 0x80  // version 8
    bytes[8] = (bytes[8] & 0x3F) | 0x80  // variant 10
    let hex = bytes.map { byte in
      let digits = Array("0123456789abcdef")
      return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }.joined()
    let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
      let start = hex.index(hex.startIndex, offsetBy: range.lowerBound)
      let end = hex.index(hex.startIndex, offsetBy: range.upperBound)
      return String(hex[start..<end])
    }
    return parts.joined(separator: "-")
  }
}
