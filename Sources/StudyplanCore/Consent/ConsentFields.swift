/// The consent and data-protection fields of a protocol.
///
/// Placeholder shape: the guide work (issue 6) gives it its full form.
public struct ConsentFields: Codable, Equatable, Sendable {
  public init() {}
}
