/// What the log says in sum: progress per stratum and role, response by role, reasons, CSV.
extension FieldworkLog {
  /// Counts of slots by their latest status.
  public struct Tally: Equatable, Sendable {
    /// Slots counted.
    public var slots = 0
    /// Slots per latest status.
    public var byStatus: [FieldworkStatus: Int] = [:]

    /// Slots whose latest status is `status`.
    public subscript(status: FieldworkStatus) -> Int { byStatus[status] ?? 0 }

    /// Slots approached (anything past planned).
    public var approached: Int { slots - self[.planned] }
    /// Slots still open (not settled).
    public var open: Int {
      FieldworkStatus.allCases.filter { !$0.isFinal }.map { self[$0] }.reduce(0, +)
    }

    /// An empty tally.
    public init() {}

    mutating func add(_ slot: InformantSlot) {
      slots += 1
      byStatus[slot.status, default: 0] += 1
    }
  }

  /// Every slot tallied.
  public var total: Tally {
    var tally = Tally()
    for slot in slots { tally.add(slot) }
    return tally
  }

  /// Slots tallied per (stratum, role), in first-planned order.
  public func progress(roles: [InformantRole]) -> [(stratum: String, roleID: String, tally: Tally)]
  {
    var keys: [String] = []
    var tallies: [String: (String, String, Tally)] = [:]
    for slot in slots {
      let stratum = slot.stratum ?? "–"
      let key = stratum + "\u{1F}" + slot.roleID
      if tallies[key] == nil {
        keys.append(key)
        tallies[key] = (stratum, slot.roleID, Tally())
      }
      tallies[key]?.2.add(slot)
    }
    let roleOrder = roles.map(\.id)
    return keys.compactMap { tallies[$0] }.sorted {
      ($0.0, roleOrder.firstIndex(of: $0.1) ?? .max) < (
        $1.0, roleOrder.firstIndex(of: $1.1) ?? .max
      )
    }.map { (stratum: $0.0, roleID: $0.1, tally: $0.2) }
  }

  /// Slots tallied per role (current and former holders together), in the protocol's role
  /// order, then any other role in the log.
  public func responseByRole(roles: [InformantRole]) -> [(roleID: String, tally: Tally)] {
    var order = roles.map(\.id)
    for slot in slots where !order.contains(slot.roleID) { order.append(slot.roleID) }
    return order.compactMap { id in
      let roleSlots = slots.filter { $0.roleID == id }
      guard !roleSlots.isEmpty else { return nil }
      var tally = Tally()
      for slot in roleSlots { tally.add(slot) }
      return (id, tally)
    }
  }

  /// Declines and withdrawals counted per reason code, in the codes' order.
  public var reasons: [(status: FieldworkStatus, reason: FieldworkReason, count: Int)] {
    var out: [(FieldworkStatus, FieldworkReason, Int)] = []
    for status in [FieldworkStatus.declined, .withdrew] {
      for reason in FieldworkReason.allCases {
        let count = slots.filter { $0.status == status && $0.reason == reason }.count
        if count > 0 { out.append((status, reason, count)) }
      }
    }
    return out.map { (status: $0.0, reason: $0.1, count: $0.2) }
  }

  /// The interviews' recorded minutes, sorted.
  public var interviewMinutes: [Int] {
    slots.filter { $0.status == .interviewed }.compactMap { $0.interview?.minutes }.sorted()
  }

  /// The columns of `csv`, in order.
  public static let csvColumns = [
    "slot", "role", "holder", "unit-kind", "unit", "unit-name", "stratum", "status",
    "status-date", "reason", "invited", "interviewed", "mode", "minutes", "consent",
    "transcript-returned", "field-notes", "history",
  ]

  /// The log as CSV for the team's own secure storage: one row per slot, pseudonymous ids,
  /// codes and dates only.
  public var csv: String { table.csv() }

  /// The log as a table (the CSV file's and the workbook's rows): one row per slot.
  public var table: ExportTable {
    var rows: [[String]] = []
    func yesNo(_ value: Bool?) -> String { value.map { $0 ? "yes" : "no" } ?? "" }
    for slot in slots {
      let interview = slot.interview
      let history = slot.history.map { event -> String in
        let reason = event.reason.map { " " + $0.rawValue } ?? ""
        return event.date + " " + event.status.rawValue + reason
      }
      var cells: [String] = [
        slot.id, slot.roleID, slot.holder.rawValue, slot.unitKind.rawValue, slot.unit,
        slot.unitName, slot.stratum ?? "", slot.status.rawValue,
      ]
      cells.append(slot.history.last?.date ?? "")
      cells.append(slot.reason?.rawValue ?? "")
      cells.append(slot.history.first(where: { $0.status == .invited })?.date ?? "")
      cells.append(slot.history.last(where: { $0.status == .interviewed })?.date ?? "")
      cells.append(interview?.mode?.rawValue ?? "")
      cells.append(interview?.minutes.map(String.init) ?? "")
      cells.append(interview?.consent?.rawValue ?? "")
      cells.append(yesNo(interview?.transcriptReturned))
      cells.append(yesNo(interview?.fieldNotes))
      cells.append(history.joined(separator: "; "))
      rows.append(cells)
    }
    return ExportTable(header: Self.csvColumns, rows: rows, numericColumns: ["minutes"])
  }
}
