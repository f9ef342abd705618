import Testing

@testable import StudyplanCore

/// Adding and removing a protocol's role slots.
@Suite struct ProtocolRolesTests {
  @Test func addingAnAliasAddsTheBuiltInRoleOnce() throws {
    var plan = StudyProtocol(title: "T")
    let role = try plan.addRole("Rådmann")
    #expect(role.id == "kommunedirektor")
    #expect(throws: StudyplanError.roleAlreadyInProtocol("kommunedirektør")) {
      try plan.addRole("kommunedirektor")
    }
  }

  @Test func theBeginningOfARoleNameSuggestsThatRole() {
    var plan = StudyProtocol(title: "T")
    #expect(throws: StudyplanError.roleResemblesKnown("rå", known: "kommunedirektør")) {
      try plan.addRole("rå")
    }
  }

  @Test func aNewNameDefinesAPlannerRoleOnlyWhenMarkedCustom() throws {
    var plan = StudyProtocol(title: "T")
    #expect(throws: StudyplanError.roleNotBuiltIn("samfunnsutvikler")) {
      try plan.addRole("samfunnsutvikler")
    }
    let role = try plan.addRole("samfunnsutvikler", custom: true)
    #expect(role.isCustom && role.id == "samfunnsutvikler")
    #expect(try plan.removeRole("Samfunnsutvikler").id == "samfunnsutvikler")
    #expect(plan.roles.isEmpty)
  }

  @Test func aNameCloseToAKnownRoleIsRefusedUnlessMarkedCustom() throws {
    var plan = StudyProtocol(title: "T")
    let refusal = StudyplanError.roleResemblesKnown("ordfrer", known: "ordfører")
    #expect(throws: refusal) { try plan.addRole("ordfrer") }
    #expect(
      refusal.description
        == "'ordfrer' looks like the role 'ordfører'; add --custom to define a new role 'ordfrer'")
    #expect(try plan.addRole("ordfrer", custom: true).isCustom)
  }

  @Test func removingAnAbsentRoleSuggestsAPresentOne() throws {
    var plan = StudyProtocol(title: "T")
    try plan.addRole("ordfører")
    #expect(throws: StudyplanError.roleNotInProtocol("ordforerr", suggestion: "ordfører")) {
      try plan.removeRole("ordforerr")
    }
    #expect(throws: StudyplanError.roleNotInProtocol("næringssjef", suggestion: nil)) {
      try plan.removeRole("næringssjef")
    }
  }
}
