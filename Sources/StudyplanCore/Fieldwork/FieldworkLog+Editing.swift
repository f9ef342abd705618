/// Planning slots and logging what happens to them.
extension FieldworkLog {
  /// Roles asked once per cooperation rather than once per municipality, when the sample was
  /// drawn through cooperations (paired, two-stage).
  public static let cooperationRoleIDs: Set<String> = ["prosjektleder", "regionradsleder"]

  /// The log with a current-holder slot for every protocol role in every active unit of
  /// `sample` that has none yet; slots already planned keep their history.
  ///
  /// - Returns: the ids of the slots added.
  @discardableResult
  public mutating func plan(
    sample: ProtocolSample, roles: [InformantRole], holder: RoleHolder = .current,
    onlyRole: String? = nil
  ) -> [String] {
    var added: [String] = []
    for role in roles where onlyRole == nil || role.id == onlyRole {
      for slot in Self.slots(for: role, in: sample, holder: holder)
      where !slots.contains(where: { $0.id == slot.id }) {
        slots.append(slot)
        added.append(slot.id)
      }
    }
    return added
  }

  /// The slots `role` has in `sample`'s active units: one per cooperation for a cooperation
  /// role in a sample drawn through cooperations, otherwise one per municipality.
  static func slots(
    for role: InformantRole, in sample: ProtocolSample, holder: RoleHolder
  ) -> [InformantSlot] {
    let units = sample.activeUnits
    if cooperationRoleIDs.contains(role.id), units.contains(where: { $0.cluster != nil }) {
      var seen: Set<String> = []
      return units.compactMap { unit in
        guard let cluster = unit.cluster else { return nil }
        let key = RoleCatalogue.slug(cluster)
        guard seen.insert(key).inserted else { return nil }
        return InformantSlot(
          roleID: role.id, unit: key, unitKind: .cooperation, unitName: cluster,
          stratum: unit.stratum, holder: holder)
      }
    }
    return units.map { unit in
      InformantSlot(
        roleID: role.id, unit: unit.kommunenummer, unitKind: .municipality, unitName: unit.name,
        stratum: unit.stratum, holder: holder)
    }
  }

  /// The index of the slot `id` names (case-insensitive).
  public func index(of id: String) throws(StudyplanError) -> Int {
    let key = id.lowercased()
    if let index = slots.firstIndex(where: { $0.id == key }) { return index }
    throw .unknownInformantSlot(id, suggestion: Suggestion.closest(to: key, in: slots.map(\.id)))
  }

  /// Logs that slot `id` reached `status` on `date` (`YYYY-MM-DD`).
  ///
  /// - Throws: when the date is not a date or is before the slot's last event, when a decline
  ///   or withdrawal has no reason (or another status has one), and when a withdrawal follows
  ///   no agreement.
  public mutating func log(
    _ id: String, status: FieldworkStatus, on date: String, reason: FieldworkReason? = nil
  ) throws(StudyplanError) {
    let index = try index(of: id)
    let event = FieldworkEvent(status: status, date: date, reason: reason)
    if let problem = Self.problem(adding: event, to: slots[index].history) {
      throw .fieldworkEventInvalid(slot: slots[index].id, problem: problem)
    }
    slots[index].history.append(event)
  }

  /// Why `event` cannot follow `history` in a slot's log, or `nil`: the rules `fieldwork log`
  /// keeps and `import` checks (``StudyProtocol/validationProblem(knownUnits:scope:)``).
  ///
  /// A date is a calendar date no earlier than the last event's; a decline or withdrawal has a
  /// reason code and nothing else has one; a withdrawal follows an agreement; `planned` is only
  /// where a slot starts.
  public static func problem(adding event: FieldworkEvent, to history: [FieldworkEvent])
    -> String?
  {
    let date = event.date
    guard ConsentFields.isCalendarDate(date) else {
      return "'\(FreeText.shortened(date, to: 40))' is not a date written YYYY-MM-DD"
    }
    if let last = history.last, date < last.date {
      return "\(date) is before its last event (\(last.status.rawValue) on \(last.date))"
    }
    let needsReason = event.status == .declined || event.status == .withdrew
    if needsReason, event.reason == nil {
      return "'\(event.status.rawValue)' needs a reason: "
        + FieldworkReason.allCases.map(\.rawValue).joined(separator: "|")
    }
    if !needsReason, event.reason != nil {
      return "a reason goes with 'declined' or 'withdrew' only"
    }
    if event.status == .withdrew,
      !history.contains(where: { [.agreed, .scheduled, .interviewed].contains($0.status) })
    {
      return "'withdrew' follows 'agreed', 'scheduled' or 'interviewed'; use 'declined'"
    }
    if event.status == .planned, !history.isEmpty {
      return "'planned' is where a slot starts; log what happened instead"
    }
    return nil
  }

  /// Logs slot `id` as interviewed on `date` with `record` (values left nil keep any earlier
  /// ones).
  public mutating func recordInterview(
    _ id: String, on date: String, record: InterviewRecord
  ) throws(StudyplanError) {
    let index = try index(of: id)
    let range = StudyProtocol.Limits.interviewMinutes
    if let minutes = record.minutes, !range.contains(minutes) {
      throw .fieldworkEventInvalid(
        slot: slots[index].id,
        problem: "--minutes \(minutes) is not between \(range.lowerBound) and \(range.upperBound)")
    }
    if slots[index].status != .interviewed {
      try log(id, status: .interviewed, on: date)
    }
    var merged = slots[index].interview ?? InterviewRecord()
    merged.mode = record.mode ?? merged.mode
    merged.minutes = record.minutes ?? merged.minutes
    merged.consent = record.consent ?? merged.consent
    merged.transcriptReturned = record.transcriptReturned ?? merged.transcriptReturned
    merged.fieldNotes = record.fieldNotes ?? merged.fieldNotes
    slots[index].interview = merged
  }

  /// The slots in unit `kommunenummer` (municipality slots only).
  public func slots(inUnit kommunenummer: String) -> [InformantSlot] {
    slots.filter { $0.unitKind == .municipality && $0.unit == kommunenummer }
  }

  /// Why a unit is replaced, read from its slots: every slot ended without an interview, and
  /// the first decline or withdrawal's reason decides (unreachable: no response).
  ///
  /// - Returns: nil when the unit has no slots, or some slot is not settled or was interviewed.
  public func replacementReason(forUnit kommunenummer: String) -> RefusalReason? {
    let unitSlots = slots(inUnit: kommunenummer)
    guard !unitSlots.isEmpty, unitSlots.allSatisfy({ $0.status.isNonParticipation }) else {
      return nil
    }
    if let slot = unitSlots.first(where: { $0.status == .withdrew }) {
      return slot.reason.map { $0 == .noTime ? .withdrew : $0.refusalReason } ?? .withdrew
    }
    if let reason = unitSlots.compactMap(\.reason).first { return reason.refusalReason }
    return .noResponse
  }

  /// After `refused` was replaced by `replacement`: slots for the same roles and holders in the
  /// replacement unit, in the replacement's stratum.
  ///
  /// - Returns: the ids of the slots added.
  @discardableResult
  public mutating func carryOver(from refused: String, to replacement: SampledUnit) -> [String] {
    var added: [String] = []
    for slot in slots(inUnit: refused) {
      let new = InformantSlot(
        roleID: slot.roleID, unit: replacement.kommunenummer, unitKind: .municipality,
        unitName: replacement.name, stratum: replacement.stratum, holder: slot.holder)
      guard !slots.contains(where: { $0.id == new.id }) else { continue }
      slots.append(new)
      added.append(new.id)
    }
    return added
  }
}
