import StudyplanCore

extension CommandTable {
  /// `purpose "TEXT"`: what the study is for, said once and used everywhere.
  static let purposeCommand = CommandSpec(
    name: "purpose",
    summary: "Show or set what the study is for, in one sentence",
    discussion: """
      The purpose opens the methods text and is written as one sentence in the guide's \
      introduction and the information letter: "å finne ut …" becomes "Formålet med \
      prosjektet er å finne ut …", a sentence of your own stands as written, a question is \
      named as the question the project answers. It is set in the protocol's language; --lang \
      sets it in the other language, for exports in that language. Setting it in the \
      protocol's language replaces a purpose set with 'consent purpose', so that the letter, \
      the guide and the methods text say the same. A follow-up starts with its baseline's \
      purpose, and a protocol started from a template with the template's: the methods text \
      asks for the study's own until it is set. Without TEXT, shows the purpose in both \
      languages.
      """,
    arguments: [ArgumentSpec(#""TEXT""#, about: "the purpose in quotes", arity: .optional)],
    options: [
      OptionSpec(
        "--lang", value: "LANG", .of(Language.self, noun: "language"),
        help: "Set it in this language (nb or en); default: the protocol's language")
    ],
    examples: [
      #"purpose "å finne ut hva småkommunene har fått igjen for det regionale samarbeidet""#,
      #"purpose "to find out what small municipalities got from regional cooperation" --lang en"#,
      "purpose",
    ],
    run: { invocation, session, io in
      let document = try session.requireWorkspace(for: "purpose").document
      let language = try invocation.value(Language.self, "--lang") ?? document.language
      guard let word = invocation.word(#""TEXT""#) else {
        io.print(
          lines: [document.language, document.language == .nb ? .en : .nb].map { shown in
            let text = document.purpose(in: shown)
            let written = shown == document.language || document.purposeTranslation?.language == shown
            return "purpose (\(shown.rawValue)): " + (written && !text.isEmpty ? text : "not set")
          })
        return
      }
      let text = word.text.split(whereSeparator: \.isNewline).joined(separator: " ")
        .trimmingCharacters(in: .whitespaces)
      guard !text.isEmpty else {
        throw CommandFailure(
          .invalidValue(word.text, for: "purpose", expected: "a sentence in quotes"),
          column: word.column)
      }
      let replacesConsent = language == document.language && document.consent.purpose != nil
      try session.edit(for: "purpose") { doc in
        doc.setPurpose(text, in: language)
        if language == doc.language { doc.consent.purpose = nil }
      }
      io.print("purpose (\(language.rawValue)): \(text)")
      if replacesConsent {
        io.print("note: the purpose set with 'consent purpose' is replaced by this one")
      }
      let sentences = PurposeSentence.sentenceCount(text)
      if sentences > 1 {
        io.warn(
          "the purpose holds \(sentences) sentences; the letter and the guide's introduction "
            + "quote it whole, and one sentence reads best")
      }
    })
}
