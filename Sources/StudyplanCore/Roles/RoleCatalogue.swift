/// The informant roles the planner knows: the built-in ones and those a planner defines.
///
/// Input resolves against every role's id, bokmål and English name and aliases, ignoring case,
/// separators and Norwegian letters: `radmann`, `Rådmann` and `kommunedirektor` all mean the
/// chief executive.
public struct RoleCatalogue: Sendable {
  /// The roles, built-in first.
  public let roles: [InformantRole]

  public init(roles: [InformantRole]) {
    self.roles = roles
  }

  /// The built-in roles of the planner.
  public static let builtin = RoleCatalogue(roles: [
    InformantRole(
      id: "ordforer", name: LocalizedText(nb: "ordfører", en: "mayor"),
      aliases: ["mayor"]),
    InformantRole(
      id: "kommunedirektor",
      name: LocalizedText(nb: "kommunedirektør", en: "chief executive"),
      aliases: ["rådmann", "administrasjonssjef", "chief municipal executive"]),
    InformantRole(
      id: "naeringssjef",
      name: LocalizedText(nb: "næringssjef", en: "business development officer"),
      aliases: ["næringsansvarlig", "business development", "business development manager"]),
    InformantRole(
      id: "prosjektleder",
      name: LocalizedText(nb: "prosjektleder", en: "ByR project leader"),
      aliases: ["ByR-prosjektleder", "project leader"]),
    InformantRole(
      id: "regionradsleder",
      name: LocalizedText(nb: "regionrådsleder", en: "regional council chair"),
      aliases: ["leder av regionrådet", "regional council leader", "chair of the regional council"]),
    InformantRole(
      id: "sekretariatsleder",
      name: LocalizedText(
        nb: "daglig leder i regionrådet", en: "head of the regional council secretariat"),
      aliases: [
        "sekretariatsleder", "daglig leder i regionråd", "daglig leder regionråd",
        "regional council director", "secretariat head",
      ]),
    InformantRole(
      id: "tidligere-ordforer",
      name: LocalizedText(nb: "tidligere ordfører", en: "former mayor"),
      aliases: ["former mayor", "eks-ordfører"]),
    InformantRole(
      id: "tidligere-kommunedirektor",
      name: LocalizedText(nb: "tidligere kommunedirektør", en: "former chief executive"),
      aliases: ["tidligere rådmann", "former chief executive"]),
    InformantRole(
      id: "tidligere-naeringssjef",
      name: LocalizedText(nb: "tidligere næringssjef", en: "former business development officer"),
      aliases: ["tidligere næringsansvarlig", "former business development officer"]),
    InformantRole(
      id: "tidligere-prosjektleder",
      name: LocalizedText(nb: "tidligere prosjektleder", en: "former ByR project leader"),
      aliases: ["tidligere ByR-prosjektleder", "former project leader"]),
  ])

  /// The catalogue with `custom` roles added after these (a role whose id is already here is
  /// skipped).
  public func including(_ custom: [InformantRole]) -> RoleCatalogue {
    let ids = Set(roles.map(\.id))
    return RoleCatalogue(roles: roles + custom.filter { !ids.contains($0.id) })
  }

  /// The role this input names, by id, name or alias; nil if none does.
  public func role(matching input: String) -> InformantRole? {
    let key = NearestMatch.looseKey(input)
    guard !key.isEmpty else { return nil }
    return roles.first { role in Self.names(of: role).contains { NearestMatch.looseKey($0) == key }
    }
  }

  /// The role this input names.
  ///
  /// - Throws: `StudyplanError.unknownRole` with the nearest role's bokmål name as a
  ///   suggestion.
  public func resolve(_ input: String) throws(StudyplanError) -> InformantRole {
    if let role = role(matching: input) { return role }
    throw .unknownRole(input, suggestion: suggestion(for: input)?.name.nb)
  }

  /// The role whose id, name or alias is nearest to `input`, when it is near enough to be a
  /// typo.
  public func suggestion(for input: String) -> InformantRole? {
    let named = roles.flatMap { role in Self.names(of: role).map { (name: $0, role: role) } }
    // A beginning of one role's name ("rå", "nærings") points at that role.
    let start = NearestMatch.looseKey(input)
    if start.count >= 2 {
      let starting = Set(
        named.filter { NearestMatch.looseKey($0.name).hasPrefix(start) }.map(\.role.id))
      if starting.count == 1, let id = starting.first { return roles.first { $0.id == id } }
    }
    guard let nearest = NearestMatch.closest(to: input, in: named.map(\.name)) else {
      return nil
    }
    return named.first { $0.name == nearest }?.role
  }

  /// Words for Tab completion: every role's id, its bokmål name and aliases as written (one-word
  /// ones), and their ASCII-folded forms.
  public var completionCandidates: [String] {
    var seen: Set<String> = []
    var words: [String] = []
    for role in roles {
      let written = ([role.name.nb] + role.aliases).filter { !$0.contains(" ") }
      for name in [role.id] + written + role.aliases.map(RoleCatalogue.slug) where !name.isEmpty {
        if seen.insert(name).inserted { words.append(name) }
      }
    }
    return words
  }

  /// A role the planner defines, named `name`, with an ASCII kebab-case id made from it.
  ///
  /// - Throws: `StudyplanError.invalidRoleName` when the name has no letters or digits.
  public static func makeCustomRole(named name: String) throws(StudyplanError) -> InformantRole {
    let display = name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    let id = slug(display)
    guard !id.isEmpty else { throw .invalidRoleName(name) }
    return InformantRole(
      id: id, name: LocalizedText(nb: display, en: display), isCustom: true)
  }

  /// Every string a role answers to.
  static func names(of role: InformantRole) -> [String] {
    [role.id, role.name.nb, role.name.en] + role.aliases
  }

  /// `text` as an ASCII kebab-case id: Norwegian letters folded, other characters dropped.
  static func slug(_ text: String) -> String {
    var folded = ""
    for character in NearestMatch.key(text) {
      switch character {
      case "æ": folded += "ae"
      case "ø": folded += "o"
      case "å": folded += "a"
      case "a"..."z", "0"..."9": folded.append(character)
      default: folded += "-"
      }
    }
    return folded.split(separator: "-").joined(separator: "-")
  }
}

extension InformantRole {
  /// The role's name in `language`.
  public func displayName(in language: Language) -> String {
    name.text(in: language)
  }
}
