/// A broken invariant in a dataset, naming the row.
public struct DataProblem: Hashable, Sendable, CustomStringConvertible {
  /// The dataset id, e.g. `endringer-2019-2020`, or an import's file name.
  public var dataset: String
  /// The line in the dataset text (the header is line 1), or nil for the dataset as a whole.
  public var line: Int?
  /// What is wrong, in the planner's voice.
  public var problem: String

  /// Creates a problem record.
  public init(dataset: String, line: Int?, problem: String) {
    self.dataset = dataset
    self.line = line
    self.problem = problem
  }

  /// `dataset line N: problem`.
  public var description: String {
    if let line { return "\(dataset) line \(line): \(problem)" }
    return "\(dataset): \(problem)"
  }
}
