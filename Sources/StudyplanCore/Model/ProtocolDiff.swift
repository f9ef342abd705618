import Foundation

/// What changed between two protocol versions, field by field.
///
/// The comparison walks both documents as JSON, so every part of a protocol — questions, model,
/// sample, guide, consent — is covered without a list to keep in step. Lists of things with an
/// `id` (questions, roles, guide items) are matched by id and reported as added, removed or
/// changed; other values are reported old → new.
public struct ProtocolDiff: Equatable, Sendable {
  /// One difference.
  public struct Change: Equatable, Sendable {
    /// Where in the protocol, e.g. `model.model` or `questions[capacity-expanding]`.
    public var path: String
    /// What happened there.
    public var kind: Kind
  }

  /// How a value differs.
  public enum Kind: Equatable, Sendable {
    /// Present only in the newer version.
    case added(String)
    /// Present only in the older version.
    case removed(String)
    /// Present in both, with another value.
    case changed(from: String, to: String)
  }

  /// The differences, in document order.
  public var changes: [Change]

  /// Compares `old` with `new`.
  public init(from old: StudyProtocol, to new: StudyProtocol) {
    var changes: [Change] = []
    Self.compare(Self.tree(old), Self.tree(new), path: "", into: &changes)
    self.changes = changes
  }

  /// The differences as lines for the terminal; `no differences` when there are none.
  public func lines() -> [String] {
    guard !changes.isEmpty else { return ["no differences"] }
    return changes.map { change in
      let path = change.path.isEmpty ? "protocol" : change.path
      switch change.kind {
      case .added(let value): return "+ \(path): \(value)"
      case .removed(let value): return "- \(path): \(value)"
      case .changed(let old, let new): return "~ \(path): \(old) → \(new)"
      }
    }
  }

  // MARK: - Comparison

  private static func tree(_ document: StudyProtocol) -> JSONValue {
    guard let json = try? StudyProtocol.storageJSON(document),
      let value = try? JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
    else { return .object([:]) }
    return value
  }

  private static func compare(
    _ old: JSONValue?, _ new: JSONValue?, path: String, into changes: inout [Change]
  ) {
    switch (old, new) {
    case (nil, nil), (.null, .null), (nil, .null), (.null, nil):
      return
    case (nil, let new?), (.null, let new?):
      changes.append(Change(path: path, kind: .added(summary(new))))
    case (let old?, nil), (let old?, .null):
      changes.append(Change(path: path, kind: .removed(summary(old))))
    case (.object(let old), .object(let new)):
      for key in Set(old.keys).union(new.keys).sorted(by: keyOrder) {
        compare(old[key], new[key], path: join(path, key), into: &changes)
      }
    case (.array(let old), .array(let new)):
      compareLists(old, new, path: path, into: &changes)
    case (let old?, let new?):
      let (a, b) = (summary(old), summary(new))
      if a != b { changes.append(Change(path: path, kind: .changed(from: a, to: b))) }
    }
  }

  private static func compareLists(
    _ old: [JSONValue], _ new: [JSONValue], path: String, into changes: inout [Change]
  ) {
    let oldIDs = old.compactMap(identifier)
    let newIDs = new.compactMap(identifier)
    guard oldIDs.count == old.count, newIDs.count == new.count else {
      // Not identified items: compare position by position.
      for index in 0..<max(old.count, new.count) {
        compare(
          index < old.count ? old[index] : nil, index < new.count ? new[index] : nil,
          path: "\(path)[\(index + 1)]", into: &changes)
      }
      return
    }
    let oldByID = Dictionary(zip(oldIDs, old), uniquingKeysWith: { first, _ in first })
    let newByID = Dictionary(zip(newIDs, new), uniquingKeysWith: { first, _ in first })
    for id in oldIDs where newByID[id] == nil {
      changes.append(Change(path: "\(path)[\(id)]", kind: .removed(summary(oldByID[id] ?? .null))))
    }
    for id in newIDs {
      if let before = oldByID[id] {
        compare(before, newByID[id], path: "\(path)[\(id)]", into: &changes)
      } else {
        changes.append(Change(path: "\(path)[\(id)]", kind: .added(summary(newByID[id] ?? .null))))
      }
    }
    if oldIDs.filter({ newByID[$0] != nil }) != newIDs.filter({ oldByID[$0] != nil }) {
      let order = { (ids: [String]) in "order " + ids.joined(separator: ", ") }
      changes.append(Change(path: path, kind: .changed(from: order(oldIDs), to: order(newIDs))))
    }
  }

  /// An item's identity: its `id` (or municipality number), or the text itself in a list of texts.
  private static func identifier(_ value: JSONValue) -> String? {
    switch value {
    case .string(let text): return text
    case .object(let object):
      if case .string(let id)? = object["id"] { return id }
      if case .string(let number)? = object["kommunenummer"] { return number }
      return nil
    default: return nil
    }
  }

  private static func summary(_ value: JSONValue) -> String {
    switch value {
    case .null: return "none"
    case .bool(let flag): return flag ? "yes" : "no"
    case .number(let number):
      return number == number.rounded() && abs(number) < 1e15 ? "\(Int(number))" : "\(number)"
    case .string(let text):
      let short = text.count > 70 ? String(text.prefix(69)) + "…" : text
      return "'\(short.replacingOccurrences(of: "\n", with: " "))'"
    case .object(let object):
      if case .string(let id)? = object["id"], case .number(let version)? = object["version"] {
        return "\(id)@\(Int(version))"
      }
      for key in ["title", "name", "text", "id"] {
        if let inner = object[key] { return summary(inner) }
      }
      return "{\(object.count) fields}"
    case .array(let list):
      return "\(list.count) item(s)"
    }
  }

  private static func join(_ path: String, _ key: String) -> String {
    path.isEmpty ? key : "\(path).\(key)"
  }

  /// Title and purpose first, so a diff reads from the top of the protocol down.
  private static func keyOrder(_ a: String, _ b: String) -> Bool {
    let first = [
      "title", "purpose", "status", "language", "model", "questions", "roles", "sample", "guide",
      "consent",
    ]
    let (i, j) = (first.firstIndex(of: a) ?? first.count, first.firstIndex(of: b) ?? first.count)
    return i != j ? i < j : a < b
  }
}
