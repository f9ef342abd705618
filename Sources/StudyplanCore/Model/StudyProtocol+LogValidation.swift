/// The rules for the parts of a protocol that commands fill one event at a time: the fieldwork
/// log (`fieldwork plan|log|interview`) and the methods fields (`methods FIELD TEXT`).
extension ProtocolChecker {
  /// Slots as `fieldwork plan` makes them and histories as `fieldwork log` keeps them.
  ///
  /// A slot is a role of the protocol in a unit of the frame (a municipality by its
  /// kommunenummer, a cooperation by its name's slug), once per holder; its events follow
  /// ``FieldworkLog/problem(adding:to:)``; an interview's minutes are in range, and only an
  /// interviewed slot has an interview record.
  mutating func checkFieldwork(
    _ log: FieldworkLog, roles: Set<String>, knownUnits: KnownUnits?, layer: UnitLayer
  ) {
    count(log.slots.count, at: "fieldwork.slots")
    var seen = Set<String>()
    for (index, slot) in log.slots.enumerated() {
      let place = "fieldwork.slots[\(index)]"
      if !seen.insert(slot.id).inserted {
        fail(place, "slot '\(FreeText.shortened(slot.id, to: 60))' appears twice")
      }
      roleID(slot.roleID, at: "\(place).roleID")
      if !roles.contains(slot.roleID) {
        fail(
          "\(place).roleID",
          "'\(FreeText.shortened(slot.roleID, to: 60))' is not a role of the protocol")
      }
      checkSlotUnit(slot, at: place, knownUnits: knownUnits, layer: layer)
      count(slot.history.count, at: "\(place).history")
      for (eventIndex, event) in slot.history.enumerated() {
        if let problem = FieldworkLog.problem(
          adding: event, to: Array(slot.history[..<eventIndex]))
        {
          fail("\(place).history[\(eventIndex)]", problem)
        }
      }
      guard let interview = slot.interview else { continue }
      if !slot.history.contains(where: { $0.status == .interviewed }) {
        fail("\(place).interview", "only an interviewed slot has an interview record")
      }
      if let minutes = interview.minutes {
        number(minutes, StudyProtocol.Limits.interviewMinutes, at: "\(place).interview.minutes")
      }
    }
  }

  /// A municipality slot's unit is a kommunenummer of the frame; a cooperation slot's the slug
  /// of a cooperation's name. Either way the slot carries the frame's name for it.
  private mutating func checkSlotUnit(
    _ slot: InformantSlot, at place: String, knownUnits: KnownUnits?, layer: UnitLayer
  ) {
    let unit = slot.unit
    let shown = FreeText.shortened(unit, to: 60)
    let expectedName: String?
    switch slot.unitKind {
    case .municipality:
      guard unit.count == 4, unit.allSatisfy(\.isASCII), unit.allSatisfy(\.isNumber) else {
        fail("\(place).unit", "'\(shown)' is not a kommunenummer (four digits)")
        return
      }
      expectedName = knownUnits?.municipalities[layer]?[unit]
    case .cooperation:
      guard !unit.isEmpty, RoleCatalogue.slug(unit) == unit else {
        fail("\(place).unit", "a cooperation slot's unit is its name's slug, e.g. vest-telemark")
        return
      }
      expectedName = knownUnits?.cooperationsBySlug[unit]
    }
    guard knownUnits != nil else { return }
    guard let expectedName else {
      fail("\(place).unit", "'\(shown)' is not a unit of the sampling frame")
      return
    }
    if slot.unitName != expectedName {
      fail(
        "\(place).unitName",
        "'\(FreeText.shortened(slot.unitName, to: 60))' is not the frame's name for \(unit)"
          + " ('\(expectedName)')")
    }
  }

  /// Only the fields `methods` knows: an unknown key would be stored and exported though no
  /// command shows it.
  mutating func checkMethods(_ methods: MethodsFields) {
    for key in methods.values.keys.sorted() where MethodsField(rawValue: key) == nil {
      fail(
        "methods.values.\(FreeText.shortened(key, to: 60))",
        "not a methods field; expected one of "
          + MethodsField.allCases.map(\.rawValue).joined(separator: ", "))
      return
    }
  }
}
