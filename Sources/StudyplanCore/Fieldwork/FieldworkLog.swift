/// The fieldwork log: one slot per informant role in each sampled unit, with a dated status
/// history and the interview's metadata.
///
/// Slots carry pseudonymous ids (`ordforer@1850`, `former-ordforer@1850`,
/// `prosjektleder@vest-telemark`), never names, and every value is a code, a date, a number or
/// yes/no: the log has no free text that could invite a name. It lives in the protocol
/// document, so it is versioned with the protocol.
public struct FieldworkLog: Codable, Equatable, Sendable {
  /// The slots, in the order they were planned.
  public var slots: [InformantSlot]
  /// The study's own figures, for fieldwork done outside studyplan (`fieldwork reported`).
  public var reported: ReportedFieldwork? = nil

  /// Creates a log.
  public init(slots: [InformantSlot] = [], reported: ReportedFieldwork? = nil) {
    self.slots = slots
    self.reported = reported
  }
}

/// Who holds the role the slot asks: the current office-holder or a former one.
public enum RoleHolder: String, Codable, CaseIterable, Sendable {
  /// The person holding the role now.
  case current
  /// A person who held the role in the period studied.
  case former
}

/// One informant slot: a role in a unit.
public struct InformantSlot: Codable, Equatable, Sendable {
  /// The role's id.
  public var roleID: String
  /// The unit's key: a kommunenummer, or a cooperation's slug.
  public var unit: String
  /// Whether the unit is a municipality or a cooperation.
  public var unitKind: SampleLevel
  /// The unit's public name (a municipality or cooperation, never a person).
  public var unitName: String
  /// The stratum the unit was drawn from, when it was drawn.
  public var stratum: String?
  /// Current or former office-holder.
  public var holder: RoleHolder
  /// The status history, oldest first.
  public var history: [FieldworkEvent]
  /// The interview's metadata, once interviewed.
  public var interview: InterviewRecord?

  /// Creates a slot with no history.
  public init(
    roleID: String, unit: String, unitKind: SampleLevel, unitName: String,
    stratum: String?, holder: RoleHolder = .current, history: [FieldworkEvent] = [],
    interview: InterviewRecord? = nil
  ) {
    self.roleID = roleID
    self.unit = unit
    self.unitKind = unitKind
    self.unitName = unitName
    self.stratum = stratum
    self.holder = holder
    self.history = history
    self.interview = interview
  }

  /// The pseudonymous id: `ordforer@1850`, or `former-ordforer@1850` for a former holder.
  public var id: String {
    (holder == .former ? "former-" : "") + "\(roleID)@\(unit)"
  }

  /// The latest status; `planned` before anything is logged.
  public var status: FieldworkStatus { history.last?.status ?? .planned }

  /// The reason given with the latest decline or withdrawal, if any.
  public var reason: FieldworkReason? {
    history.last(where: { $0.status == .declined || $0.status == .withdrew })?.reason
  }
}

/// Where an informant slot stands.
public enum FieldworkStatus: String, Codable, CaseIterable, Sendable {
  /// Planned; not yet approached.
  case planned
  /// Invited (letter sent).
  case invited
  /// Reminded after no answer.
  case reminded
  /// Agreed to take part.
  case agreed
  /// A time is set.
  case scheduled
  /// Interviewed.
  case interviewed
  /// Declined to take part.
  case declined
  /// Agreed or was interviewed, then withdrew.
  case withdrew
  /// Never reached after the agreed reminders.
  case unreachable

  /// Whether the slot is settled (no further approach planned).
  public var isFinal: Bool {
    switch self {
    case .interviewed, .declined, .withdrew, .unreachable: true
    default: false
    }
  }

  /// Whether the informant did not take part.
  public var isNonParticipation: Bool {
    self == .declined || self == .withdrew || self == .unreachable
  }

  /// The status in `language`, for tables and prose.
  public func label(in language: Language) -> String {
    let (nb, en): (String, String) =
      switch self {
      case .planned: ("planlagt", "planned")
      case .invited: ("invitert", "invited")
      case .reminded: ("purret", "reminded")
      case .agreed: ("sagt ja", "agreed")
      case .scheduled: ("avtalt tid", "scheduled")
      case .interviewed: ("intervjuet", "interviewed")
      case .declined: ("takket nei", "declined")
      case .withdrew: ("trakk seg", "withdrew")
      case .unreachable: ("ikke nådd", "unreachable")
      }
    return language == .nb ? nb : en
  }
}

/// Why an informant declined or withdrew: a code, never free text (COREQ 13).
public enum FieldworkReason: String, Codable, CaseIterable, Sendable {
  /// No time or capacity in the period.
  case noTime = "no-time"
  /// Felt the topic did not concern them.
  case notRelevant = "not-relevant"
  /// Worried about privacy or being recognised.
  case privacy
  /// No longer holds the role.
  case leftOffice = "left-office"
  /// The role is vacant.
  case vacant
  /// Gave no reason.
  case noReason = "no-reason"
  /// Any other reason.
  case other

  /// The reason in `language`.
  public func label(in language: Language) -> String {
    let (nb, en): (String, String) =
      switch self {
      case .noTime: ("ikke tid", "no time")
      case .notRelevant: ("mente temaet ikke angikk dem", "felt the topic did not concern them")
      case .privacy: ("personvern", "privacy")
      case .leftOffice: ("har sluttet i rollen", "has left the role")
      case .vacant: ("rollen er ubesatt", "the role is vacant")
      case .noReason: ("oppga ingen grunn", "gave no reason")
      case .other: ("annen grunn", "other reason")
      }
    return language == .nb ? nb : en
  }

  /// Whether the slot could not take part at all (the role is vacant): ineligible, never a
  /// refusal, in every count. Issue 20's `office-abolished` joins here.
  public var isIneligible: Bool { self == .vacant }

  /// The sample's refusal code a unit is replaced with when its slots end this way.
  public var refusalReason: RefusalReason {
    switch self {
    case .noTime: .unavailable
    case .leftOffice, .vacant: .ineligible
    case .notRelevant, .privacy, .noReason: .refused
    case .other: .other
    }
  }
}

/// One dated change of status.
public struct FieldworkEvent: Codable, Equatable, Sendable {
  /// The new status.
  public var status: FieldworkStatus
  /// The date, `YYYY-MM-DD`.
  public var date: String
  /// The reason code (declined, withdrew).
  public var reason: FieldworkReason?

  /// Creates an event.
  public init(status: FieldworkStatus, date: String, reason: FieldworkReason? = nil) {
    self.status = status
    self.date = date
    self.reason = reason
  }
}

/// How consent was given in the interview.
public enum ConsentKind: String, Codable, CaseIterable, Sendable {
  /// A signed form.
  case written
  /// Orally, noted by the interviewer.
  case oral
  /// Orally, on the recording.
  case recorded
}

/// What is recorded about an interview (COREQ 11, 19–21, 23): no content, no names.
public struct InterviewRecord: Codable, Equatable, Sendable {
  /// In person, telephone or video.
  public var mode: InterviewMode?
  /// How long it took, in minutes.
  public var minutes: Int?
  /// How consent was given.
  public var consent: ConsentKind?
  /// Whether the transcript was returned to the informant for comment.
  public var transcriptReturned: Bool?
  /// Whether field notes were written after the interview.
  public var fieldNotes: Bool?

  /// Creates a record; every value starts unknown.
  public init(
    mode: InterviewMode? = nil, minutes: Int? = nil, consent: ConsentKind? = nil,
    transcriptReturned: Bool? = nil, fieldNotes: Bool? = nil
  ) {
    self.mode = mode
    self.minutes = minutes
    self.consent = consent
    self.transcriptReturned = transcriptReturned
    self.fieldNotes = fieldNotes
  }
}
