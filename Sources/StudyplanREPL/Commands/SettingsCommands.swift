import StudyplanCore

extension CommandTable {
  /// `set language`: the language of catalogue and guide texts.
  static let setCommand = CommandSpec(
    name: "set", usage: ["set language nb|en"],
    summary: "Choose the language of catalogue and guide texts (commands stay English)",
    discussion: """
      Sets the open protocol's language, which its guide and exports use, and the language \
      for protocols started later in this session.
      """,
    arguments: [.oneOf(["language"]), .oneOf(Language.allCases.map(\.rawValue))],
    examples: ["set language en", "set language nb"],
    run: { invocation, session, io in
      let setting = try invocation.argument(0, named: "a setting (language)")
      guard setting.text.lowercased() == "language" else {
        throw CommandFailure(
          .unknownSubcommand(
            setting.text, command: "set",
            suggestion: Suggestion.closest(to: setting.text, in: ["language"])),
          column: setting.column)
      }
      let word = try invocation.argument(1, named: "a language (nb or en)")
      try invocation.expectAtMost(2)
      guard let language = ValueWords.value(word.text, of: Language.self) else {
        throw CommandFailure(
          .invalidValue(word.text, for: "language", expected: "'nb' or 'en'"), column: word.column)
      }
      session.defaultLanguage = language
      if let current = session.workspace?.document.language, current != language {
        try session.edit(for: "set") { $0.language = language }
      }
      let name = language == .nb ? "bokmål" : "English"
      io.print("language: \(language.rawValue) (\(name)); commands stay English")
    })
}
