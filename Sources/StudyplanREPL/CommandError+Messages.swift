import StudyplanCore

extension CommandError: CustomStringConvertible {
  /// The one-line message, without the `error: ` prefix.
  public var description: String {
    switch self {
    case .unknownCommand(let word, let suggestion):
      "unknown command '\(word)'" + didYouMean(suggestion)
    case .unterminatedQuote:
      "unterminated quote: the text that starts here has no closing quote"
    case .unknownOption(let option, let command, let suggestion):
      "'\(command)' has no option '\(option)'" + didYouMean(suggestion)
    case .missingOptionValue(let option, let command):
      "'\(command) \(option)' needs a value"
    case .unexpectedOptionValue(let option, let command):
      "'\(command) \(option)' takes no value"
    case .missingArgument(let name, let command):
      "'\(command)' needs \(name); see 'help \(command)'"
    case .unexpectedArgument(let word, let command):
      "'\(command)' does not take '\(word)'; see 'help \(command)'"
    case .invalidValue(let value, let name, let expected):
      "'\(value)' is not a valid \(name); expected \(expected)"
    case .invalidChoice(let value, let noun, let choices, let suggestion):
      "'\(value)' is not a valid \(noun); expected \(ValueChoices.list(choices))"
        + didYouMean(suggestion)
    case .missingSubcommand(let command, let choices):
      "'\(command)' needs one of \(ValueChoices.list(choices)); see 'help \(command)'"
    case .unknownSubcommand(let word, let command, let suggestion):
      "'\(command)' has no sub-command '\(word)'" + didYouMean(suggestion)
    case .noCurrentProtocol(let command):
      "no protocol is open for '\(command)'; start one with 'new \"TITLE\"' or 'open ID'"
    case .unsavedChanges(let title):
      "'\(title)' has unsaved changes; 'save' them, or leave with 'quit --discard'"
    case .confirmationRequired(let command):
      "'\(command)' asks for confirmation; add --yes to run it from a script"
    case .cancelled:
      "cancelled; nothing was changed"
    case .doctorFoundProblems(let count, _):
      "doctor found \(count) problem\(count == 1 ? "" : "s"); see the lines above"
    case .finalWithProblems(let count):
      "'check' finds \(count) problem\(count == 1 ? "" : "s"); fix them, or settle the design as it"
        + " is with 'save --final --force'"
    case .unquotedText(let text, let command):
      "'\(command)' takes this text as one: put it in quotes, \"\(text)\""
    case .nothingToUndo:
      "nothing to undo: no change to the open protocol since it was opened, started or saved"
    case .programUsage(let message):
      "\(message); see 'studyplan --help'"
    case .logWouldBeDiscarded(let count, let flag):
      "the current sample has \(count) logged dropout(s); drawing again discards them from the "
        + "open protocol (saved versions keep them); add \(flag) to draw anyway"
    case .guideExists:
      "the protocol already has a guide; 'guide' shows it, 'guide build --replace' builds it anew"
        + " (edits to it are dropped)"
    }
  }

  /// Which exit-code family the failure belongs to.
  public var kind: FailureKind {
    switch self {
    case .unterminatedQuote, .unknownOption, .missingOptionValue,
      .unexpectedOptionValue, .missingArgument, .unexpectedArgument, .invalidValue,
      .invalidChoice, .missingSubcommand,
      .unknownSubcommand, .confirmationRequired, .unquotedText, .programUsage,
      .logWouldBeDiscarded, .guideExists:
      .usage
    case .unknownCommand, .noCurrentProtocol, .unsavedChanges, .cancelled, .finalWithProblems,
      .nothingToUndo:
      .commandFailed
    case .doctorFoundProblems(_, let storage):
      storage ? .storage : .commandFailed
    }
  }

  private func didYouMean(_ suggestion: String?) -> String {
    suggestion.map { ". Did you mean '\($0)'?" } ?? ""
  }
}
