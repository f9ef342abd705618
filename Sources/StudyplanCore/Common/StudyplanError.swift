/// Everything that can go wrong in the core, in one enum.
///
/// Each case carries what the message needs; messages are rendered in one place
/// (`StudyplanError+Messages.swift`) in the planner's one voice: lowercase, the user's input in
/// single quotes, no trailing period, a suggestion where one can be computed. The REPL adds the
/// `error: ` prefix. Messages never carry personal data.
///
/// Areas add their cases under their own `MARK`, and their messages in the same order.
public enum StudyplanError: Error, Equatable, Sendable {
  // MARK: - Store

  /// The database file could not be opened or created.
  case storeUnavailable(path: String, reason: String)
  /// The database refused an operation; `operation` says what the planner was doing.
  case storeFailure(operation: String, reason: String)
  /// The database was written by a newer studyplan than this one.
  case storeTooNew(path: String)
  /// No protocol has this id.
  case unknownProtocol(String, suggestion: String?)
  /// The protocol exists but has no such version.
  case unknownVersion(VersionReference, latest: Int)
  /// The text given where `ID@V` was expected is not of that form.
  case malformedVersionReference(String)
  /// Another save moved the protocol's latest version since this session opened it.
  case saveConflict(id: String, openedVersion: Int, headVersion: Int)
  /// The protocol's latest version is final and cannot be superseded by a save.
  case finalVersion(VersionReference)

  // MARK: - Exchange

  /// An imported protocol file is not valid; `place` is a JSON path or a line and column.
  case malformedJSON(file: String, place: String, reason: String)

  // MARK: - Files

  /// A file could not be read.
  case cannotRead(path: String, reason: String)
  /// A file could not be written.
  case cannotWrite(path: String, reason: String)
  /// The output file exists and `--force` was not given.
  case fileExists(path: String)

  // MARK: - Guide

  /// The guide has no question with this id.
  case unknownGuideQuestion(String, suggestion: String?)
  /// The guide has no section with this id.
  case unknownGuideSection(String, suggestion: String?)
  /// The question has fewer probes than the number given.
  case unknownGuideProbe(question: String, index: Int, count: Int)
  /// Framing sections (intro, warm-up, transition, closing) cannot be removed or moved.
  case fixedGuideSection(String)
  /// A time in minutes was not a whole number in the allowed range.
  case invalidMinutes(String)
  /// A position is outside the list it refers to.
  case invalidGuidePosition(Int, count: Int)
  /// A question or section text was empty.
  case emptyGuideText
  /// A section id is already taken.
  case duplicateGuideSection(String)
  /// The protocol has no guide yet.
  case noGuide
  /// The role is not one of the protocol's roles.
  case roleNotInProtocol(String, suggestion: String?)

  // MARK: - Consent

  /// No consent field has this name.
  case unknownConsentField(String, suggestion: String?)
  /// The value does not fit the consent field.
  case invalidConsentValue(field: String, value: String, expected: String)

  // MARK: - Rendering

  /// The DOCX package could not be assembled.
  case docxPackagingFailed(reason: String)
}

/// How a failure should end a script: the exit code family it belongs to.
public enum FailureKind: Sendable {
  /// A command that could not do what was asked (exit 1).
  case commandFailed
  /// The command line itself was malformed (exit 2).
  case usage
  /// Reading or writing a file or the database failed (exit 3).
  case storage
}
