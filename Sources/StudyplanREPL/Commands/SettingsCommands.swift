import StudyplanCore

extension CommandTable {
  /// `set language`: the language of catalogue and guide texts.
  static let setCommand = CommandSpec(
    name: "set",
    summary: "Choose the language of catalogue and guide texts (commands stay English)",
    discussion: """
      Sets the open protocol's language, which its guide and exports use, and the language \
      for protocols started later in this session.
      """,
    subcommands: [
      CommandSpec(
        name: "language", summary: "The language of texts: nb (bokmål) or en (English)",
        arguments: [
          ArgumentSpec(
            "LANGUAGE", .of(Language.self, noun: "language"), about: "a language (nb or en)")
        ],
        run: { invocation, session, io in
          guard let language = try invocation.argument(Language.self, "LANGUAGE") else { return }
          session.defaultLanguage = language
          if let current = session.workspace?.document.language, current != language {
            try session.edit(for: "set") { $0.switchLanguage(to: language) }
          }
          let name = language == .nb ? "bokmål" : "English"
          io.print("language: \(language.rawValue) (\(name)); commands stay English")
        })
    ],
    examples: ["set language en", "set language nb"])
}
