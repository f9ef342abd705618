import StudyplanCore

/// Where `guide build` finds each research question's interview themes: the catalogue.
///
/// A planner's own question brings no themes; its guide questions are added with `guide add`.
public enum GuideThemeLookup {
  /// The themes for the research question with id `questionID`.
  public static let standard: @Sendable (String) -> [InterviewTheme] = { questionID in
    QuestionCatalogue.builtin.entry(id: questionID)?.themes ?? []
  }
}

extension CommandTable {
  /// The words `guide` takes as its first argument to edit rather than show.
  static let guideSubcommands = [
    "build", "add", "probe", "edit", "move", "remove", "time", "length", "link", "roles",
    "priority", "kind", "theme", "rename", "indirect",
  ]

  /// `guide`, with the theme lookup `guide build` uses.
  static func guideCommand(
    themes: @escaping @Sendable (String) -> [InterviewTheme] = GuideThemeLookup.standard
  ) -> CommandSpec {
    CommandSpec(
      name: "guide",
      usage: [
        "guide [ROLE]",
        "guide ROLE SUB-COMMAND …",
        "guide build [--length 45|60|90] [--replace]",
        "guide add SECTION \"TEXT\" [--kind K] [--priority P] [--serves RQ,…] [--roles R,…] "
          + "[--minutes N] [--at N]",
        "guide probe QUESTION \"TEXT\" [--kind K] [--at N]",
        "guide edit QUESTION[.PROBE] \"TEXT\" [--lang nb|en]",
        "guide move QUESTION[.PROBE] [SECTION] [--at N]",
        "guide remove QUESTION[.PROBE]|THEME",
        "guide time QUESTION|SECTION MINUTES|auto",
        "guide length MINUTES [--role ROLE]",
        "guide link QUESTION RQ[,RQ…]",
        "guide roles QUESTION ROLE[,ROLE…]|all",
        "guide priority QUESTION must|should|if-time",
        "guide kind QUESTION[.PROBE] KIND",
        "guide theme \"TITLE\" [--after SECTION]",
        "guide rename SECTION \"TITLE\" [--lang nb|en]",
        "guide indirect ROLE[,ROLE…]|none",
      ],
      summary: "Show the interview guide (one role's variant), or build and edit it",
      discussion: """
        Without a sub-command, shows the whole guide or ROLE's variant: ids to edit by, minutes \
        per section, priorities and the research questions each question serves. Questions are \
        q1, q2, …; probes q1.1, q1.2, …; sections intro, warm-up, transition, closing and one \
        id per theme (Tab completes all of these). Start with 'guide build', which makes the \
        guide from the catalogue's themes for the protocol's questions. A role's variant keeps what fits the role and trims if-time questions \
        until it fits the role's length; roles named by 'guide indirect' (by default the \
        project leader) get a question's indirect wording where it has one. Every edit is \
        followed by the guide's checks. A role named before a sub-command scopes it: 'guide \
        ROLE add …' makes the question that role's, 'guide ROLE length N' sets that role's \
        length.
        """,
      options: [
        OptionSpec(
          "--length", value: "MINUTES", completion: .oneOf(["45", "60", "90"]),
          help: "Target length of an interview in minutes (build; default 60)"),
        OptionSpec("--replace", help: "Rebuild over an existing guide, dropping its edits"),
        OptionSpec(
          "--kind", value: "KIND", completion: .oneOf(QuestionKind.allCases.map(\.rawValue)),
          help: "Question or probe kind: main, probing, specifying, … (Tab lists them)"),
        OptionSpec(
          "--priority", value: "P", completion: .oneOf(GuidePriority.allCases.map(\.rawValue)),
          help: "must, should or if-time"),
        OptionSpec(
          "--serves", value: "RQ,…", completion: .protocolQuestion,
          help: "Research questions the question serves"),
        OptionSpec(
          "--roles", value: "R,…", completion: .protocolRole, help: "Roles the question fits"),
        OptionSpec("--minutes", value: "N", help: "Minutes the question takes, probes included"),
        OptionSpec("--at", value: "N", help: "Position in its section, counting from 1"),
        OptionSpec(
          "--lang", value: "LANG", completion: .oneOf(["nb", "en"]),
          help: "Edit the text in this language (nb or en); default: the protocol's language"),
        OptionSpec(
          "--after", value: "SECTION", completion: .guideSection,
          help: "Put the new theme after this section"),
        OptionSpec(
          "--role", value: "ROLE", completion: .protocolRole, help: "The role a length is for"),
      ],
      arguments: [.oneOf(guideSubcommands)],
      nextArgument: guideArgumentKind,
      examples: [
        "guide", "guide ordforer", "guide build --length 60",
        "guide add kapasitet \"Hva ville skjedd uten samarbeidet?\" --priority if-time",
        "guide probe q5 \"Kan du gi et eksempel?\" --kind specifying",
        "guide move q7 nytte --at 1", "guide time q5 12", "guide length 45 --role prosjektleder",
      ],
      run: { invocation, session, io in
        var invocation = invocation
        var role: String?
        // `guide ROLE SUB …`: the sub-command in the role's context.
        if invocation.arguments.count >= 2,
          !guideSubcommands.contains(invocation.arguments[0].text.lowercased()),
          guideSubcommands.contains(invocation.arguments[1].text.lowercased())
        {
          role = invocation.arguments.removeFirst().text
        }
        guard let first = invocation.arguments.first,
          guideSubcommands.contains(first.text.lowercased())
        else {
          try showGuide(invocation, session: session, io: io)
          return
        }
        try GuideEdit(invocation: invocation, themes: themes, contextRole: role)
          .run(session: &session, io: io)
      })
  }

  /// What Tab offers after `guide` and the words typed after it (`guide ordforer time q5 …`).
  @Sendable static func guideArgumentKind(_ typed: [String]) -> ArgumentKind {
    var words = typed.map { $0.lowercased() }
    let subcommands = ArgumentKind.oneOf(guideSubcommands)
    if let first = words.first, !guideSubcommands.contains(first) {
      // A role first: its sub-command follows.
      guard words.count > 1 else { return subcommands }
      words.removeFirst()
    }
    guard let subcommand = words.first else { return .anyOf([subcommands, .protocolRole]) }
    let kinds: [ArgumentKind]
    switch subcommand {
    case "add", "rename": kinds = [.guideSection]
    case "probe": kinds = [.guideQuestion]
    case "edit": kinds = [.guideItem]
    case "move": kinds = [.guideItem, .guideSection]
    case "remove": kinds = [.anyOf([.guideItem, .guideSection])]
    case "time": kinds = [.anyOf([.guideQuestion, .guideSection]), .oneOf(["auto"])]
    case "length": kinds = [.oneOf(["45", "60", "90"])]
    case "link": kinds = [.guideQuestion, .protocolQuestion]
    case "roles": kinds = [.guideQuestion, .anyOf([.protocolRole, .oneOf(["all"])])]
    case "priority": kinds = [.guideQuestion, .oneOf(GuidePriority.allCases.map(\.rawValue))]
    case "kind": kinds = [.guideItem, .oneOf(QuestionKind.allCases.map(\.rawValue))]
    case "indirect": kinds = [.anyOf([.protocolRole, .oneOf(["none"])])]
    default: kinds = []
    }
    let index = words.count - 1
    return index < kinds.count ? kinds[index] : .none
  }

  /// `guide [ROLE]`: the outline of the whole guide or one role's variant.
  static func showGuide(_ invocation: Invocation, session: Session, io: CommandIO) throws {
    try invocation.expectAtMost(1)
    let document = try session.requireWorkspace(for: "guide").document
    guard document.guide != nil else { throw StudyplanError.noGuide }
    var role: InformantRole?
    if let word = invocation.arguments.first {
      do {
        role = try document.role(named: word.text)
      } catch {
        if let near = Suggestion.closest(to: word.text, in: guideSubcommands) {
          throw CommandFailure(
            .unknownSubcommand(word.text, command: "guide", suggestion: near), column: word.column)
        }
        throw CommandFailure(
          .invalidValue(word.text, for: "role", expected: roleList(document)), column: word.column)
      }
    }
    io.print(lines: try document.roleGuide(for: role).outline())
  }

  /// The protocol's role ids for an error message.
  static func roleList(_ document: StudyProtocol) -> String {
    document.roles.isEmpty
      ? "one of the protocol's roles (it has none; add one with 'roles add ROLE')"
      : "one of " + document.roles.map { "'\($0.id)'" }.joined(separator: ", ")
  }

  /// Prints the guide-related design findings after an edit.
  static func warnGuideFindings(_ document: StudyProtocol, io: CommandIO) {
    for finding in DesignCheck.run(document) {
      switch finding {
      case .uncoveredResearchQuestion, .roleGuideOverTime, .questionServesNoResearchQuestion,
        .questionServesUnknownResearchQuestion, .questionFitsNoRole, .roleHasNoThemes,
        .questionLint:
        io.warn(finding.message)
      default:
        continue
      }
    }
  }
}
