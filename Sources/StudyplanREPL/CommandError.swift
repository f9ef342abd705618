import StudyplanCore

/// Everything that can go wrong in the command language itself, in one enum.
///
/// Messages are rendered in one place (`CommandError+Messages.swift`), in the same voice as
/// ``StudyplanError``: lowercase, the user's input in single quotes, a suggestion where one can be
/// computed. Domain failures stay ``StudyplanError``s; this enum covers the language around them.
public enum CommandError: Error, Equatable, Sendable {
  /// The first word is no command.
  case unknownCommand(String, suggestion: String?)
  /// A quote opened and never closed.
  case unterminatedQuote
  /// An option the command does not take.
  case unknownOption(String, command: String, suggestion: String?)
  /// An option that needs a value came last.
  case missingOptionValue(String, command: String)
  /// A flag was given a value with `=`.
  case unexpectedOptionValue(String, command: String)
  /// A required argument is absent; `name` is how the usage line names it.
  case missingArgument(String, command: String)
  /// More arguments than the command takes.
  case unexpectedArgument(String, command: String)
  /// A value that does not fit; `expected` says what would.
  case invalidValue(String, for: String, expected: String)
  /// A word that is none of a closed set of values (a status, a format, a sub-command's
  /// argument); `noun` names what it should be, with the nearest choice when one is near.
  case invalidChoice(String, for: String, choices: [String], suggestion: String?)
  /// A command that needs a sub-command was given none; `choices` are its sub-commands.
  case missingSubcommand(command: String, choices: [String])
  /// A sub-command word the command does not know.
  case unknownSubcommand(String, command: String, suggestion: String?)
  /// The command needs an open protocol and none is.
  case noCurrentProtocol(command: String)
  /// Leaving would lose unsaved changes.
  case unsavedChanges(title: String)
  /// A command that asks for confirmation was run in a script without `--yes`.
  case confirmationRequired(command: String)
  /// The user answered no, or gave no answer, to a confirmation.
  case cancelled
  /// `doctor` found problems; `storage` when the store could not be opened at all.
  case doctorFoundProblems(Int, storage: Bool)
  /// `save --final` while `check` finds problems, without `--force`.
  case finalWithProblems(count: Int)
  /// A free text given as several words (`ask Hva betyr …?`): it needs quotes.
  case unquotedText(String, command: String)
  /// `undo` with no change left to undo.
  case nothingToUndo
  /// A command-line option of the `studyplan` program itself is wrong (`--bogus`, `-f` alone).
  case programUsage(String)
  /// Redrawing would discard logged dropouts; a script must say so with a flag.
  case logWouldBeDiscarded(count: Int, flag: String)
  /// `guide build` on a protocol that already has a guide, without `--replace`.
  case guideExists
}

/// A ``CommandError`` with the column it points at, when it points at one.
public struct CommandFailure: Error, Equatable, Sendable {
  /// What went wrong.
  public var error: CommandError
  /// The 1-based column in the line, when the error is about one place in it.
  public var column: Int?

  public init(_ error: CommandError, column: Int? = nil) {
    self.error = error
    self.column = column
  }
}
