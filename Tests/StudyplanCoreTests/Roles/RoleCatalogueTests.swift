import Testing

@testable import StudyplanCore

/// Built-in roles, their aliases and how input resolves.
@Suite struct RoleCatalogueTests {
  @Test(arguments: [
    ("ordfører", "ordforer"), ("Mayor", "ordforer"), ("ordforer", "ordforer"),
    ("kommunedirektør", "kommunedirektor"), ("rådmann", "kommunedirektor"),
    ("radmann", "kommunedirektor"), ("RAADMANN", "kommunedirektor"),
    ("chief executive", "kommunedirektor"), ("kommunedirektor", "kommunedirektor"),
    ("næringssjef", "naeringssjef"), ("naeringssjef", "naeringssjef"),
    ("naringssjef", "naeringssjef"), ("næringsansvarlig", "naeringssjef"),
    ("naeringsansvarlig", "naeringssjef"), ("business development", "naeringssjef"),
    ("prosjektleder", "prosjektleder"), ("ByR project leader", "prosjektleder"),
    ("regionrådsleder", "regionradsleder"), ("daglig leder i regionråd", "sekretariatsleder"),
    ("Daglig_leder_i_regionrad", "sekretariatsleder"), ("sekretariatsleder", "sekretariatsleder"),
    ("tidligere ordfører", "tidligere-ordforer"),
    ("tidligere rådmann", "tidligere-kommunedirektor"),
  ])
  func aliasesResolveWhateverTheCaseAndNorwegianLetters(_ input: String, _ id: String) throws {
    #expect(try RoleCatalogue.builtin.resolve(input).id == id)
  }

  @Test func aMistypedRoleSuggestsTheNearest() {
    #expect(throws: StudyplanError.unknownRole("radman", suggestion: "kommunedirektør")) {
      try RoleCatalogue.builtin.resolve("radman")
    }
    #expect(
      StudyplanError.unknownRole("ordfrer", suggestion: "ordfører").description
        == "unknown role 'ordfrer'. Did you mean 'ordfører'?")
    #expect(
      StudyplanError.unknownRole("fisker", suggestion: nil).description
        == "unknown role 'fisker'; list them with 'roles'")
  }

  @Test func builtInRolesHaveAsciiIdsAndBothNames() {
    let roles = RoleCatalogue.builtin.roles
    #expect(
      roles.map(\.id) == [
        "ordforer", "kommunedirektor", "naeringssjef", "prosjektleder", "regionradsleder",
        "sekretariatsleder", "tidligere-ordforer", "tidligere-kommunedirektor",
        "tidligere-naeringssjef", "tidligere-prosjektleder",
      ])
    for role in roles {
      #expect(role.id.allSatisfy { $0.isASCII })
      #expect(!role.name.nb.isEmpty && !role.name.en.isEmpty && !role.isCustom)
    }
  }

  @Test func customRolesGetAnAsciiIdAndResolveOnceIncluded() throws {
    let role = try RoleCatalogue.makeCustomRole(named: "  Varaordfører  ")
    #expect(role.id == "varaordforer")
    #expect(role.name.nb == "Varaordfører")
    #expect(role.isCustom)
    let catalogue = RoleCatalogue.builtin.including([role])
    #expect(try catalogue.resolve("varaordforer") == role)
    #expect(throws: StudyplanError.invalidRoleName("--")) {
      try RoleCatalogue.makeCustomRole(named: "--")
    }
  }

  @Test func completionOffersIdsAndAsciiAliases() {
    let words = RoleCatalogue.builtin.completionCandidates
    #expect(words.contains("kommunedirektor"))
    #expect(words.contains("radmann"))
    #expect(words.contains("naeringsansvarlig"))
    #expect(words.allSatisfy { !$0.contains(" ") })
  }
}
