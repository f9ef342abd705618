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
  case saveConflict(
    id: String, openedVersion: Int, headVersion: Int, eventsAtStake: [String] = [])
  /// The protocol's latest version is final and cannot be superseded by a save.
  case finalVersion(VersionReference)
  /// A document breaks a rule the commands keep (``StudyProtocol/validationProblem(knownUnits:)``).
  case invalidProtocol(place: String, reason: String)
  /// A change would make the protocol one no save accepts; nothing was changed.
  case invalidEdit(place: String, reason: String)
  /// The protocol was deleted (by another session) since this one opened it.
  case protocolDeleted(String)
  /// `store copy` found a protocol both stores hold that differs; nothing was copied.
  case storeCopyRefused(id: String, reason: String)

  // MARK: - Exchange

  /// An imported protocol file is not valid; `place` is a JSON path or a line and column.
  case malformedJSON(file: String, place: String, reason: String)

  // MARK: - Files

  /// A file could not be read.
  case cannotRead(path: String, reason: String)
  /// A file handed to studyplan holds more than `limit` bytes (reading stopped there).
  case fileTooLarge(path: String, limit: Int, what: String)
  /// A file could not be written.
  case cannotWrite(path: String, reason: String)
  /// The output file exists and `--force` was not given.
  case fileExists(path: String)
  /// An export target studyplan never writes, with or without `--force`: a device, a link to
  /// a folder, a folder that is not a package it wrote, the store's or the working folder.
  case refusedTarget(path: String, reason: String)

  // MARK: - Reference data

  /// An embedded or given dataset breaks an invariant; `line` names the row when there is one.
  case referenceDataInvalid(dataset: String, line: Int?, problem: String)
  /// An import file is malformed at `line`:`column` (both counted from 1).
  case importInvalid(path: String, line: Int, column: Int, problem: String)

  // MARK: - Frame

  /// A filter expression could not be parsed; `column` points at the problem (from 1).
  case filterInvalid(expression: String, column: Int, problem: String, suggestion: String?)
  /// A field name (in strata or a filter) is not one of the frame's fields.
  case unknownField(String, suggestion: String?)
  /// No municipality of the frame's year (`--units`) has this number or name.
  case unknownMunicipality(String, year: String = "2019", suggestion: String?)
  /// No cooperation (ByR region or imported) has this name.
  case unknownCooperation(String, suggestion: String?)
  /// Neither a municipality of the frame's year nor a cooperation has this number or name.
  case unknownUnit(String, year: String = "2019", suggestion: String?)
  /// A filter, strata or criteria name a field the units of `layer` do not have (a field of
  /// the 2019 municipality itself in a frame of 2024 units); `counterpart` is the field they have.
  case fieldNotInLayer(field: String, layer: String, counterpart: String?)
  /// A number or name given where a unit of `layer` was expected is a municipality of another
  /// year: `found` is its label there, `linked` its municipalities in `layer`.
  case municipalityOfOtherYear(
    text: String, found: String, foundYear: String, layer: String, linked: [String])

  // MARK: - Sampling

  /// The sampling request cannot be met as stated; `problem` says why.
  case sampleInvalid(problem: String)
  /// A stratum has fewer eligible units than asked for.
  case stratumTooSmall(stratum: String, requested: Int, available: Int)
  /// The protocol has no drawn sample yet.
  case noSample
  /// The unit to replace is not an active member of the sample.
  case notInSample(String)
  /// A stratum has no reserve left to replace a refusal with.
  case stratumExhausted(stratum: String, refused: String)

  // MARK: - Catalogue

  /// No catalogue entry has this id.
  case unknownQuestion(String, suggestion: String?)
  /// The text given for `--unit` is not a unit of analysis.
  case unknownUnitOfAnalysis(String, suggestion: String?)
  /// The text given for `--compare` is not a comparison axis.
  case unknownComparison(String, suggestion: String?)
  /// The question is already in the protocol.
  case questionAlreadyAsked(String)
  /// The protocol has no question with this id.
  case questionNotInProtocol(String, suggestion: String?)
  /// An own question was given without any text.
  case emptyOwnQuestion
  /// The text given for a model is not 1, 2 or 3.
  case unknownModel(String)
  /// A model was chosen against the mapping without a justification.
  case modelAgainstMapping(chosen: StudyModel, proposed: StudyModel, questionIDs: [String])

  // MARK: - Roles

  /// No role has this name, id or alias.
  case unknownRole(String, suggestion: String?)
  /// A new role's name is so close to a known role that it is probably a typo.
  case roleResemblesKnown(String, known: String)
  /// A role that is neither built in nor marked `--custom`.
  case roleNotBuiltIn(String)
  /// The role is already in the protocol.
  case roleAlreadyInProtocol(String)
  /// The protocol has no such role.
  case roleNotInProtocol(String, suggestion: String?)
  /// The role has fieldwork slots with logged events, so it stays in the protocol.
  case roleHasFieldwork(String, loggedSlots: [String])
  /// A role name that gives no usable id (no letters or digits).
  case invalidRoleName(String)
  /// One document per role was asked for, and the protocol has no roles.
  case noRoles
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

  // MARK: - Consent

  /// No consent field has this name.
  case unknownConsentField(String, suggestion: String?)
  /// The value does not fit the consent field.
  case invalidConsentValue(field: String, value: String, expected: String)

  // MARK: - Fieldwork and methods

  /// No informant slot has this id.
  case unknownInformantSlot(String, suggestion: String?)
  /// A fieldwork event cannot be logged as given.
  case fieldworkEventInvalid(slot: String, problem: String)
  /// The protocol has no fieldwork slots yet.
  case noFieldworkPlan
  /// No methods field has this name.
  case unknownMethodsField(String, suggestion: String?)

  // MARK: - Exports and rendering

  /// An export kind does not come in the format asked for.
  case formatNotAvailable(kind: String, format: String, formats: [String])

  /// The DOCX package could not be assembled.
  case docxPackagingFailed(reason: String)

  // MARK: - Study package and analysis hand-off

  /// A zip archive (the study package, a REFI-QDA project) could not be assembled.
  case archiveFailed(reason: String)
  /// The protocol has no research questions, so a codebook would have no codes.
  case emptyCodebook

  // MARK: - Templates

  /// No shipped protocol has this id.
  case unknownTemplate(String, suggestion: String?)
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
