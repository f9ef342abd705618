/// A protocol's sampling plan, the drawn sample, its reserves and its log.
///
/// Placeholder shape: the sampling work (issue 3) gives it its full form.
public struct ProtocolSample: Codable, Equatable, Sendable {
  public init() {}
}
