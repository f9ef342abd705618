/// The planner's version, shown by `--version` and recorded in exports.
public enum StudyplanVersion {
  /// The current version (semantic versioning).
  public static let current = "0.1.0"
}
