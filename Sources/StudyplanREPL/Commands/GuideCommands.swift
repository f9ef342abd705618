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

/// The sub-commands of `guide`: each case declares its arguments and options, and
/// ``GuideEdit`` handles every case (no `default:`), so a new case fails to compile until it is.
enum GuideSubcommand: String, CaseIterable, Sendable {
  case build, add, probe, edit, move, remove, time, length, link, roles, priority, kind, theme
  case rename, indirect

  static let kindOption = OptionSpec(
    "--kind", value: "KIND", .of(QuestionKind.self, noun: "question kind"),
    help: "Question or probe kind: main, probing, specifying, … (Tab lists them)")
  static let atOption = OptionSpec(
    "--at", value: "N", help: "Position in its section, counting from 1")
  static let languageOption = OptionSpec(
    "--lang", value: "LANG", .of(Language.self, noun: "language"),
    help: "Edit the text in this language (nb or en); default: the protocol's language")
  static let questionArgument = ArgumentSpec("QUESTION", .guideQuestion, about: "a question id")
  static let itemArgument = ArgumentSpec(
    "QUESTION[.PROBE]", .guideItem, about: "a question or probe id")

  /// The sub-command's declaration; `themes` is what `guide build` reads.
  func spec(themes: @escaping @Sendable (String) -> [InterviewTheme]) -> CommandSpec {
    var spec = declaration
    spec.run = { invocation, session, io in
      try GuideEdit(invocation: invocation, subcommand: self, themes: themes)
        .run(session: &session, io: io)
    }
    return spec
  }

  /// Summary, arguments and options.
  private var declaration: CommandSpec {
    switch self {
    case .build:
      CommandSpec(
        name: rawValue,
        summary: "Build the guide from the catalogue's themes for the protocol's questions",
        options: [
          OptionSpec(
            "--length", value: "MINUTES", .suggested(["45", "60", "90"]),
            help: "Target length of an interview in minutes (default 60)"),
          OptionSpec("--replace", help: "Rebuild over an existing guide, dropping its edits"),
        ])
    case .add:
      CommandSpec(
        name: rawValue, summary: "Add a question to a section",
        arguments: [
          ArgumentSpec("SECTION", .guideSection, about: "a section id"),
          ArgumentSpec(#""TEXT""#, about: "the question in quotes"),
        ],
        options: [
          Self.kindOption,
          OptionSpec(
            "--priority", value: "P", .of(GuidePriority.self, noun: "priority"),
            help: "must, should or if-time"),
          OptionSpec(
            "--serves", value: "RQ,…", .protocolQuestion,
            help: "Research questions the question serves"),
          OptionSpec("--roles", value: "R,…", .protocolRole, help: "Roles the question fits"),
          OptionSpec("--minutes", value: "N", help: "Minutes the question takes, probes included"),
          Self.atOption,
        ])
    case .probe:
      CommandSpec(
        name: rawValue, summary: "Add a probe to a question",
        arguments: [Self.questionArgument, ArgumentSpec(#""TEXT""#, about: "the probe in quotes")],
        options: [Self.kindOption, Self.atOption])
    case .edit:
      CommandSpec(
        name: rawValue, summary: "Change a question's or probe's text",
        arguments: [Self.itemArgument, ArgumentSpec(#""TEXT""#, about: "the new text in quotes")],
        options: [Self.languageOption])
    case .move:
      CommandSpec(
        name: rawValue, summary: "Move a question, probe or theme",
        arguments: [
          ArgumentSpec(
            "QUESTION[.PROBE]|THEME", .anyOf([.guideItem, .guideSection]),
            about: "a question, probe or theme id"),
          ArgumentSpec("SECTION", .guideSection, about: "a section id", arity: .optional),
        ],
        options: [Self.atOption])
    case .remove:
      CommandSpec(
        name: rawValue, summary: "Remove a question, probe or theme",
        arguments: [
          ArgumentSpec(
            "QUESTION[.PROBE]|THEME", .anyOf([.guideItem, .guideSection]),
            about: "a question, probe or theme id")
        ])
    case .time:
      CommandSpec(
        name: rawValue, summary: "Set the minutes of a question or section",
        arguments: [
          ArgumentSpec(
            "QUESTION|SECTION", .anyOf([.guideQuestion, .guideSection]),
            about: "a question or section id"),
          ArgumentSpec(
            "MINUTES|auto", .suggested(["auto"]), about: "minutes, or 'auto' for a section"),
        ])
    case .length:
      CommandSpec(
        name: rawValue, summary: "Set the target length of an interview",
        arguments: [
          ArgumentSpec("MINUTES", .suggested(["45", "60", "90"]), about: "the length in minutes")
        ],
        options: [
          OptionSpec("--role", value: "ROLE", .protocolRole, help: "The role a length is for")
        ])
    case .link:
      CommandSpec(
        name: rawValue, summary: "Set the research questions a question serves",
        arguments: [
          Self.questionArgument,
          ArgumentSpec("RQ[,RQ…]", .protocolQuestion, about: "research question ids"),
        ])
    case .roles:
      CommandSpec(
        name: rawValue, summary: "Set the roles a question is asked of",
        arguments: [
          Self.questionArgument,
          ArgumentSpec(
            "ROLE[,ROLE…]|all", .anyOf([.protocolRole, .suggested(["all"])]),
            about: "role ids, or 'all'"),
        ])
    case .priority:
      CommandSpec(
        name: rawValue, summary: "Set a question's priority",
        arguments: [
          Self.questionArgument,
          ArgumentSpec(
            "PRIORITY", .of(GuidePriority.self, noun: "priority"),
            about: "must, should or if-time"),
        ])
    case .kind:
      CommandSpec(
        name: rawValue, summary: "Set a question's or probe's kind",
        arguments: [
          Self.itemArgument,
          ArgumentSpec(
            "KIND", .of(QuestionKind.self, noun: "question kind"), about: "a question kind"),
        ])
    case .theme:
      CommandSpec(
        name: rawValue, summary: "Add a theme of your own",
        arguments: [ArgumentSpec(#""TITLE""#, about: "the theme's title in quotes")],
        options: [
          OptionSpec(
            "--after", value: "SECTION", .guideSection, help: "Put the new theme after this section"
          )
        ])
    case .rename:
      CommandSpec(
        name: rawValue, summary: "Rename a section",
        arguments: [
          ArgumentSpec("SECTION", .guideSection, about: "a section id"),
          ArgumentSpec(#""TITLE""#, about: "the new title in quotes"),
        ],
        options: [Self.languageOption])
    case .indirect:
      CommandSpec(
        name: rawValue, summary: "Choose the roles asked the indirect wordings",
        arguments: [
          ArgumentSpec(
            "ROLE[,ROLE…]|none", .anyOf([.protocolRole, .suggested(["none"])]),
            about: "role ids, or 'none'")
        ])
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
    let role = ArgumentSpec("ROLE", .protocolRole, about: "a role", arity: .optional)
    return CommandSpec(
      name: "guide",
      summary: "Show the interview guide (one role's variant), or build and edit it",
      discussion: """
        Without a sub-command, shows the whole guide or ROLE's variant: ids to edit by, minutes \
        per section, priorities and the research questions each question serves. Questions are \
        q1, q2, …; probes q1.1, q1.2, …; sections intro, warm-up, transition, closing and one \
        id per theme (Tab completes all of these). Start with 'guide build', which makes the \
        guide from the catalogue's themes for the protocol's questions. A role's variant keeps \
        what fits the role and trims if-time questions until it fits the role's length; roles \
        named by 'guide indirect' (by default the project leader) get a question's indirect \
        wording where it has one. Every edit is followed by the guide's checks. A role named \
        before a sub-command scopes it: 'guide ROLE add …' makes the question that role's, \
        'guide ROLE length N' sets that role's length.
        """,
      arguments: [role],
      subcommands: GuideSubcommand.allCases.map { $0.spec(themes: themes) },
      context: role,
      examples: [
        "guide", "guide ordforer", "guide build --length 60",
        "guide add kapasitet \"Hva ville skjedd uten samarbeidet?\" --priority if-time",
        "guide probe q5 \"Kan du gi et eksempel?\" --kind specifying",
        "guide move q7 nytte --at 1", "guide time q5 12", "guide length 45 --role prosjektleder",
      ],
      run: { invocation, session, io in try showGuide(invocation, session: session, io: io) })
  }

  /// `guide [ROLE]`: the outline of the whole guide or one role's variant.
  static func showGuide(_ invocation: Invocation, session: Session, io: CommandIO) throws {
    let document = try session.requireWorkspace(for: "guide").document
    guard document.guide != nil else { throw StudyplanError.noGuide }
    var role: InformantRole?
    if let word = invocation.word("ROLE") {
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
