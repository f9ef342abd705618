/// Protocol ids: `p` followed by the protocol's number in the store (`p1`, `p2`, …).
///
/// Ids are short so they are easy to type and Tab-complete, and stable: a deleted protocol's
/// number is never given out again.
public enum ProtocolID {
  /// The id of the protocol with `number`.
  public static func make(_ number: Int64) -> String { "p\(number)" }

  /// The number behind `id`, or `nil` when `id` is not of the form `pN`.
  public static func number(of id: String) -> Int64? {
    let lowered = id.lowercased()
    guard lowered.hasPrefix("p"), lowered.count > 1 else { return nil }
    return Int64(lowered.dropFirst())
  }

  /// Parses `ID` or `ID@V`; the version is `nil` when absent.
  public static func parseReference(_ text: String) throws -> (id: String, version: Int?) {
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count <= 2, let id = parts.first, number(of: String(id)) != nil else {
      throw StudyplanError.malformedVersionReference(text)
    }
    guard parts.count == 2 else { return (String(id).lowercased(), nil) }
    guard let version = Int(parts[1]), version >= 1 else {
      throw StudyplanError.malformedVersionReference(text)
    }
    return (String(id).lowercased(), version)
  }
}
