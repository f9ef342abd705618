/// A protocol's interview guide, from which each role's variant is derived.
///
/// Placeholder shape: the guide work (issue 6) gives it its full form.
public struct InterviewGuide: Codable, Equatable, Sendable {
  public init() {}
}
