/// Two planners logging fieldwork on one protocol at once: the log is append-only (no command
/// takes an event back once saved), so two versions of it merge by keeping every event either
/// has, in date order.
extension FieldworkLog {
  /// One event of one slot, as a planner reads it: `ordforer@1850 declined 2026-03-09 (no-time)`.
  public struct EventLine: Equatable, Sendable, CustomStringConvertible {
    public var slot: String
    public var event: FieldworkEvent

    public var description: String {
      "\(slot) \(event.status.rawValue) \(event.date)"
        + (event.reason.map { " (\($0.rawValue))" } ?? "")
    }
  }

  /// The events `other` holds that this log lacks: slot by slot, an event is the same when its
  /// status, date and reason are.
  public func eventsMissing(from other: FieldworkLog) -> [EventLine] {
    let mine = Dictionary(slots.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    return other.slots.flatMap { slot in
      let have = mine[slot.id]?.history ?? []
      return slot.history.filter { !have.contains($0) }.map { EventLine(slot: slot.id, event: $0) }
    }
  }

  /// This log with every slot and event of `other` it lacks: a slot only `other` has is added
  /// when it has events (a planned slot is for `fieldwork plan` to make again);
  /// a slot both have gets the union of their histories, in date order (on one date, this
  /// log's events first), and its interview record gains the values only `other` recorded.
  ///
  /// - Returns: the merged log and the events it took from `other`.
  public func merging(_ other: FieldworkLog) -> (log: FieldworkLog, taken: [EventLine]) {
    let taken = eventsMissing(from: other)
    var merged = self
    let indexByID = Dictionary(
      slots.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    for slot in other.slots {
      guard let index = indexByID[slot.id] else {
        if !slot.history.isEmpty { merged.slots.append(slot) }
        continue
      }
      var mine = merged.slots[index]
      mine.history = Self.union(mine.history, slot.history)
      if let theirs = slot.interview {
        var record = mine.interview ?? InterviewRecord()
        record.mode = record.mode ?? theirs.mode
        record.minutes = record.minutes ?? theirs.minutes
        record.consent = record.consent ?? theirs.consent
        record.transcriptReturned = record.transcriptReturned ?? theirs.transcriptReturned
        record.fieldNotes = record.fieldNotes ?? theirs.fieldNotes
        mine.interview = record
      }
      merged.slots[index] = mine
    }
    return (merged, taken)
  }

  /// Both histories' events, each once, in date order; on one date `first`'s events come
  /// before `second`'s, each in its own order.
  private static func union(_ first: [FieldworkEvent], _ second: [FieldworkEvent])
    -> [FieldworkEvent]
  {
    let extra = second.filter { !first.contains($0) }
    var result: [FieldworkEvent] = []
    var (i, j) = (0, 0)
    while i < first.count || j < extra.count {
      if j == extra.count || (i < first.count && first[i].date <= extra[j].date) {
        result.append(first[i])
        i += 1
      } else {
        result.append(extra[j])
        j += 1
      }
    }
    return result
  }
}
