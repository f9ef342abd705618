/// The informant roles of a protocol: adding and removing role slots.
extension StudyProtocol {
  /// The roles a protocol can name: the built-in ones and the protocol's own.
  public var roleCatalogue: RoleCatalogue {
    RoleCatalogue.builtin.including(roles.filter(\.isCustom))
  }

  /// Adds the role `input` names. An input that names no known role defines a new role,
  /// unless it is so close to a known role that it is probably a typo; `custom` defines it
  /// anyway.
  ///
  /// - Returns: The role that was added.
  /// - Throws: `StudyplanError.roleAlreadyInProtocol`, `.roleResemblesKnown` or
  ///   `.invalidRoleName`.
  @discardableResult
  public mutating func addRole(_ input: String, custom: Bool = false) throws(StudyplanError)
    -> InformantRole
  {
    let known = roleCatalogue
    let role: InformantRole
    if !custom, let match = known.role(matching: input) {
      role = match
    } else if !custom, let near = known.suggestion(for: input) {
      throw .roleResemblesKnown(input, known: near.name.nb)
    } else if !custom {
      throw .roleNotBuiltIn(input)
    } else {
      role = try RoleCatalogue.makeCustomRole(named: input)
    }
    guard !roles.contains(where: { $0.id == role.id }) else {
      throw .roleAlreadyInProtocol(role.name.nb)
    }
    roles.append(role)
    return role
  }

  /// Removes the role `input` names.
  ///
  /// - Returns: The role that was removed.
  /// - Throws: `StudyplanError.roleNotInProtocol` with the nearest of the protocol's roles.
  @discardableResult
  public mutating func removeRole(_ input: String) throws(StudyplanError) -> InformantRole {
    let present = RoleCatalogue(roles: roles)
    guard let role = present.role(matching: input),
      let index = roles.firstIndex(where: { $0.id == role.id })
    else {
      throw .roleNotInProtocol(input, suggestion: present.suggestion(for: input)?.name.nb)
    }
    // The fieldwork log's slots belong to a role of the protocol: planned slots go with the
    // role; slots with logged events keep the role in the protocol.
    if var log = fieldwork {
      let logged = log.slots.filter { $0.roleID == role.id && !$0.history.isEmpty }
      guard logged.isEmpty else {
        throw .roleHasFieldwork(role.name.nb, loggedSlots: logged.map(\.id))
      }
      log.slots.removeAll { $0.roleID == role.id }
      fieldwork = log
    }
    return roles.remove(at: index)
  }
}
