/// Something opening the store noticed, shown as a warning; the store opened anyway.
public enum StoreNotice: Equatable, Sendable, CustomStringConvertible {
  /// The file was readable by other users and has been made private to its owner.
  case permissionsTightened(path: String, from: Int, to: Int)
  /// The file is readable by other users and is not this user's to change.
  case readableByOthers(path: String, mode: Int)
  /// The file is read-only for this user: listing, showing and exporting work; saving does not.
  case readOnly(path: String)

  public var description: String {
    switch self {
    case .permissionsTightened(let path, let from, let to):
      "the protocol store '\(path)' was readable by other users (mode \(Self.octal(from)));"
        + " made it \(Self.octal(to))"
    case .readableByOthers(let path, let mode):
      "the protocol store '\(path)' is readable by other users (mode \(Self.octal(mode)))"
        + " and belongs to someone else; ask its owner to run 'chmod 600' on it"
    case .readOnly(let path):
      "the protocol store '\(path)' is read-only for you: you can list, show and export,"
        + " not save"
    }
  }

  private static func octal(_ mode: Int) -> String {
    "0" + String(mode, radix: 8)
  }
}
