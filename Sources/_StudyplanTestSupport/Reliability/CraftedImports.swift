import Foundation
import StudyplanCore
import StudyplanREPL

/// The import files a red team crafted against issue 19: a fieldwork log with impossible dates,
/// events out of order, minutes out of range, duplicate slots, roles not in the protocol and
/// slot ids that are paths; a sample whose unit names are not the frame's; unknown `methods`
/// keys. Each must be refused with one error line naming its JSON path, the store unchanged.
/// Shared by `ImportValidationTests` and `make reliability` (j).
public enum CraftedImports {
  /// One crafted file: what was changed, and the JSON path the refusal must name.
  public struct Case: Sendable {
    public var name: String
    /// The place the error must name, after `$.protocol.`.
    public var place: String
    /// Dotted paths (array indices as numbers) and the values set there.
    public var changes: [(path: String, value: JSONValue)]

    public init(_ name: String, at place: String, _ changes: [(String, JSONValue)]) {
      self.name = name
      self.place = place
      self.changes = changes.map { (path: $0.0, value: $0.1) }
    }
  }

  /// A value to set.
  public enum JSONValue: Sendable {
    case text(String)
    case number(Int)
    case object([String: Int])
    case event(status: String, date: String, reason: String?)
  }

  static let slot = "protocol.fieldwork.slots.0"
  static let event = slot + ".history"

  /// The crafted files, as changes to ``base()``.
  public static let cases: [Case] = [
    Case(
      "30 February", at: "fieldwork.slots[0].history[0]", [(event + ".0.date", .text("2026-02-30"))]
    ),
    Case(
      "month 13", at: "fieldwork.slots[0].history[0]", [(event + ".0.date", .text("2026-13-01"))]),
    Case(
      "a word for a date", at: "fieldwork.slots[0].history[0]",
      [(event + ".0.date", .text("yesterday"))]),
    Case(
      "events out of order", at: "fieldwork.slots[0].history[1]",
      [(event + ".1.date", .text("2025-01-01"))]),
    Case(
      "negative minutes", at: "fieldwork.slots[0].interview.minutes",
      [(slot + ".interview.minutes", .number(-5))]),
    Case(
      "Int.max minutes", at: "fieldwork.slots[0].interview.minutes",
      [(slot + ".interview.minutes", .number(Int.max))]),
    Case(
      "zero minutes", at: "fieldwork.slots[0].interview.minutes",
      [(slot + ".interview.minutes", .number(0))]),
    Case(
      "a duplicate slot", at: "fieldwork.slots[1]",
      [("protocol.fieldwork.slots.1.unit", .text("#slot0-unit"))]),
    Case(
      "a role not in the protocol", at: "fieldwork.slots[0].roleID",
      [(slot + ".roleID", .text("ukjent-rolle"))]),
    Case(
      "a role id that is a path", at: "fieldwork.slots[0].roleID",
      [(slot + ".roleID", .text("../../etc"))]),
    Case(
      "a slot id that is a path", at: "fieldwork.slots[0].unit",
      [(slot + ".unit", .text("../../etc/passwd"))]),
    Case(
      "a unit not in the frame", at: "fieldwork.slots[0].unit", [(slot + ".unit", .text("9999"))]),
    Case(
      "a person's name as a unit", at: "fieldwork.slots[0].unitName",
      [(slot + ".unitName", .text("Kari Nordmann"))]),
    Case(
      "an unknown cooperation", at: "fieldwork.slots[0].unit",
      [(slot + ".unitKind", .text("cooperation")), (slot + ".unit", .text("kari-nordmann"))]),
    Case(
      "declined without a reason", at: "fieldwork.slots[0].history[1]",
      [(event + ".1", .event(status: "declined", date: "2026-03-05", reason: nil))]),
    Case(
      "a reason for an invitation", at: "fieldwork.slots[0].history[0]",
      [(event + ".0", .event(status: "invited", date: "2026-03-02", reason: "no-time"))]),
    Case(
      "a withdrawal before any agreement", at: "fieldwork.slots[0].history[0]",
      [(event + ".0", .event(status: "withdrew", date: "2026-03-02", reason: "other"))]),
    Case(
      "planned after an invitation", at: "fieldwork.slots[0].history[1]",
      [(event + ".1", .event(status: "planned", date: "2026-03-05", reason: nil))]),
    Case(
      "an interview record for a slot never interviewed", at: "fieldwork.slots[1].interview",
      [("protocol.fieldwork.slots.1.interview", .object(["minutes": 30]))]),
    Case(
      "an unknown methods key", at: "methods.values.informant-names",
      [("protocol.methods.values.informant-names", .text("Kari Nordmann"))]),
    Case(
      "a person's name as a sampled unit", at: "sample.units[0].name",
      [("protocol.sample.units.0.name", .text("Kari Nordmann"))]),
    Case(
      "a person's name as a reserve", at: "sample.reserves[0].units[0].name",
      [("protocol.sample.reserves.0.units.0.name", .text("Ola Nordmann"))]),
    Case(
      "a stratum listing a unit not in the frame", at: "sample.plan.strataPlan[0].units[0]",
      [("protocol.sample.plan.strataPlan.0.units.0", .text("0000"))]),
    Case(
      "an impossible end date", at: "consent.projectEndDate",
      [("protocol.consent.projectEndDate", .text("2027-02-30"))]),
  ]

  /// The file every case changes: the full protocol (every part filled in by commands), with
  /// its first slot invited, agreed and interviewed (40 minutes) and an end date.
  public static func base() throws -> [String: Any] {
    guard var document = FuzzSandbox.fullProtocol, var log = document.fieldwork,
      let first = log.slots.first(where: { slot in
        slot.history.isEmpty && log.slots.contains { $0.roleID == slot.roleID && $0.id != slot.id }
      }),
      let second = log.slots.first(where: { $0.roleID == first.roleID && $0.id != first.id })
    else { throw ReliabilityError.setupFailed("the full protocol has no fieldwork log") }
    // The slot the cases change first, another of its role second.
    log.slots.removeAll { $0.id == first.id || $0.id == second.id }
    log.slots.insert(contentsOf: [first, second], at: 0)
    try log.log(first.id, status: .invited, on: "2026-03-02")
    try log.log(first.id, status: .agreed, on: "2026-03-05")
    try log.recordInterview(first.id, on: "2026-03-10", record: InterviewRecord(minutes: 40))
    document.fieldwork = log
    document.consent.projectEndDate = "2027-12-31"
    let data = try ProtocolJSON.encode(document)
    guard let tree = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw ReliabilityError.setupFailed("the full protocol is not a JSON object")
    }
    return tree
  }

  /// The file of `crafted`: ``base()`` with its changes (`#slot0-unit` stands for the first
  /// slot's unit, which makes a second slot the same as the first).
  public static func file(_ crafted: Case, base: [String: Any]) throws -> Data {
    var tree = base
    for change in crafted.changes {
      var value: Any?
      switch change.value {
      case .text("#slot0-unit"):
        value = lookup(tree, "protocol.fieldwork.slots.0.unit")
      case .text(let text): value = text
      case .number(let number): value = number
      case .object(let object): value = object
      case .event(let status, let date, let reason):
        var event: [String: Any] = ["status": status, "date": date]
        if let reason { event["reason"] = reason }
        value = event
      }
      if change.path.hasPrefix("protocol.fieldwork.slots.1.") {
        // A second slot of the same role as the first, so only what the case changes differs.
        let first = lookup(tree, "protocol.fieldwork.slots.0.roleID") ?? ""
        tree = set(tree, "protocol.fieldwork.slots.1.roleID", first) ?? tree
      }
      guard let changed = set(tree, change.path, value) else {
        throw ReliabilityError.setupFailed("no \(change.path) in the full protocol")
      }
      tree = changed
    }
    return try JSONSerialization.data(withJSONObject: tree)
  }

  /// Imports `crafted` into an empty in-memory store; a description of what broke the rule
  /// (accepted, more than one line, the wrong place, a stored protocol), or `nil`.
  public static func check(_ crafted: Case, base: [String: Any], folder: URL) throws -> String? {
    let file = folder.appendingPathComponent("crafted.json")
    try self.file(crafted, base: base).write(to: file)
    let store = try ProtocolStore()
    let terminal = ScriptedTerminal(input: ["import \(file.path)"])
    var repl = REPL(
      session: try makeTestSession(store: store), terminal: terminal, source: .standardInput)
    let status = repl.run()
    let lines = terminal.errors.split(separator: "\n").filter { !$0.hasPrefix("warning:") }
    let stored = try store.list().count
    guard status != .success, lines.count == 1,
      lines[0].contains("at $.protocol.\(crafted.place):"), stored == 0
    else {
      return
        "\(crafted.name): \(status), \(stored) stored, \(terminal.errors.prefix(240).debugDescription)"
    }
    return nil
  }

  private static func lookup(_ node: Any, _ path: String) -> Any? {
    var current: Any? = node
    for key in path.split(separator: ".").map(String.init) {
      if let object = current as? [String: Any] {
        current = object[key]
      } else if let array = current as? [Any], let index = Int(key), array.indices.contains(index) {
        current = array[index]
      } else {
        return nil
      }
    }
    return current
  }

  /// `node` with the value at `path` set (a missing last key is added, `nil` removes it).
  private static func set(_ node: [String: Any], _ path: String, _ value: Any?) -> [String: Any]? {
    func edit(_ node: Any, _ keys: ArraySlice<String>) -> Any? {
      guard let key = keys.first else { return value }
      if var object = node as? [String: Any] {
        if keys.count == 1 {
          object[key] = value
          return object
        }
        guard let child = object[key], let edited = edit(child, keys.dropFirst()) else {
          return nil
        }
        object[key] = edited
        return object
      }
      if var array = node as? [Any], let index = Int(key), array.indices.contains(index) {
        guard let edited = edit(array[index], keys.dropFirst()) else { return nil }
        array[index] = edited
        return array
      }
      return nil
    }
    return edit(node, path.split(separator: ".").map(String.init)[...]) as? [String: Any]
  }
}
