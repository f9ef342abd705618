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

/// The sub-commands of `guide`, each with its place in the typed table that drives parsing,
/// help, Tab and the command reference (``SubcommandSpec``).
enum GuideSubcommand: String, CaseIterable, Sendable {
  case build, add, probe, edit, move, remove, time, length, link, roles, priority, kind, theme
  case rename, indirect

  /// The sub-command's entry in the table.
  var spec: SubcommandSpec {
    let name = rawValue
    switch self {
    case .build:
      return SubcommandSpec(
        name, usage: "guide build [--length 45|60|90] [--replace]",
        summary: "Build the guide from the catalogue's themes for the protocol's questions",
        options: ["--length", "--replace"])
    case .add:
      return SubcommandSpec(
        name,
        usage: "guide add SECTION \"TEXT\" [--kind K] [--priority P] [--serves RQ,…]"
          + " [--roles R,…] [--minutes N] [--at N]",
        summary: "Add a question to a section", arguments: [.guideSection, .none],
        options: ["--kind", "--priority", "--serves", "--roles", "--minutes", "--at"])
    case .probe:
      return SubcommandSpec(
        name, usage: "guide probe QUESTION \"TEXT\" [--kind K] [--at N]",
        summary: "Add a probe to a question", arguments: [.guideQuestion, .none],
        options: ["--kind", "--at"])
    case .edit:
      return SubcommandSpec(
        name, usage: "guide edit QUESTION[.PROBE] \"TEXT\" [--lang nb|en]",
        summary: "Change a question's or probe's text", arguments: [.guideItem, .none],
        options: ["--lang"])
    case .move:
      return SubcommandSpec(
        name, usage: "guide move QUESTION[.PROBE] [SECTION] [--at N]",
        summary: "Move a question, probe or theme", arguments: [.guideItem, .guideSection],
        options: ["--at"])
    case .remove:
      return SubcommandSpec(
        name, usage: "guide remove QUESTION[.PROBE]|THEME",
        summary: "Remove a question, probe or theme",
        arguments: [.anyOf([.guideItem, .guideSection])])
    case .time:
      return SubcommandSpec(
        name, usage: "guide time QUESTION|SECTION MINUTES|auto",
        summary: "Set the minutes of a question or section",
        arguments: [.anyOf([.guideQuestion, .guideSection]), .oneOf(["auto"])])
    case .length:
      return SubcommandSpec(
        name, usage: "guide length MINUTES [--role ROLE]",
        summary: "Set the target length of an interview", arguments: [.oneOf(["45", "60", "90"])],
        options: ["--role"])
    case .link:
      return SubcommandSpec(
        name, usage: "guide link QUESTION RQ[,RQ…]",
        summary: "Set the research questions a question serves",
        arguments: [.guideQuestion, .protocolQuestion])
    case .roles:
      return SubcommandSpec(
        name, usage: "guide roles QUESTION ROLE[,ROLE…]|all",
        summary: "Set the roles a question is asked of",
        arguments: [.guideQuestion, .anyOf([.protocolRole, .oneOf(["all"])])])
    case .priority:
      return SubcommandSpec(
        name, usage: "guide priority QUESTION must|should|if-time",
        summary: "Set a question's priority",
        arguments: [.guideQuestion, .oneOf(GuidePriority.allCases.map(\.rawValue))])
    case .kind:
      return SubcommandSpec(
        name, usage: "guide kind QUESTION[.PROBE] KIND",
        summary: "Set a question's or probe's kind",
        arguments: [.guideItem, .oneOf(QuestionKind.allCases.map(\.rawValue))])
    case .theme:
      return SubcommandSpec(
        name, usage: "guide theme \"TITLE\" [--after SECTION]", summary: "Add a theme of your own",
        arguments: [.none], options: ["--after"])
    case .rename:
      return SubcommandSpec(
        name, usage: "guide rename SECTION \"TITLE\" [--lang nb|en]", summary: "Rename a section",
        arguments: [.guideSection, .none], options: ["--lang"])
    case .indirect:
      return SubcommandSpec(
        name, usage: "guide indirect ROLE[,ROLE…]|none",
        summary: "Choose the roles asked the indirect wordings",
        arguments: [.anyOf([.protocolRole, .oneOf(["none"])])])
    }
  }
}

extension CommandTable {
  /// The words `guide` takes as its first argument to edit rather than show.
  static let guideSubcommands = GuideSubcommand.allCases.map(\.rawValue)

  /// `guide`, with the theme lookup `guide build` uses.
  static func guideCommand(
    themes: @escaping @Sendable (String) -> [InterviewTheme] = GuideThemeLookup.standard
  ) -> CommandSpec {
    let spec = CommandSpec(
      name: "guide",
      usage: ["guide [ROLE]", "guide [ROLE] SUB-COMMAND …"]
        + GuideSubcommand.allCases.map(\.spec.usage),
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
      examples: [
        "guide", "guide ordforer", "guide build --length 60",
        "guide add kapasitet \"Hva ville skjedd uten samarbeidet?\" --priority if-time",
        "guide probe q5 \"Kan du gi et eksempel?\" --kind specifying",
        "guide move q7 nytte --at 1", "guide time q5 12", "guide length 45 --role prosjektleder",
      ],
      run: { invocation, session, io in
        var invocation = invocation
        guard let subcommand = invocation.subcommand.flatMap({ GuideSubcommand(rawValue: $0.name) })
        else {
          try showGuide(invocation, session: session, io: io)
          return
        }
        // `guide ROLE SUB …`: the sub-command in the role's context.
        var role: String?
        if invocation.arguments.first?.text.lowercased() != subcommand.rawValue {
          role = invocation.arguments.removeFirst().text
        }
        try GuideEdit(
          invocation: invocation, subcommand: subcommand, themes: themes, contextRole: role
        ).run(session: &session, io: io)
      })
    var command = spec
    command.subcommands = GuideSubcommand.allCases.map(\.spec)
    command.subcommandContext = .protocolRole
    return command
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
    io.page(try document.roleGuide(for: role).outline().joined(separator: "\n") + "\n")
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
