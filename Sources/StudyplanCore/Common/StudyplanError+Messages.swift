extension StudyplanError: CustomStringConvertible {
  /// The one-line message, without the `error: ` prefix.
  public var description: String {
    switch self {
    case .storeUnavailable(let path, let reason):
      "cannot open the protocol store at '\(path)': \(reason)"
    case .storeFailure(let operation, let reason):
      "the protocol store could not \(operation): \(reason)"
    case .storeTooNew(let path):
      "the protocol store at '\(path)' was written by a newer studyplan; upgrade to open it"
    case .unknownProtocol(let id, let suggestion):
      "no protocol with id '\(id)'" + Self.didYouMeanSuffix(suggestion)
    case .unknownVersion(let reference, let latest):
      "protocol '\(reference.id)' has no version \(reference.version); its latest is \(latest)"
    case .malformedVersionReference(let text):
      "'\(text)' is not a protocol id; ids look like p1 (version 2 of it: p1@2), and 'list' shows them"
    case .saveConflict(let id, let opened, let head, let events):
      "protocol '\(id)' was saved elsewhere (now at version \(head); you opened version \(opened));"
        + " nothing was overwritten: keep your changes with 'export protocol --format json -o FILE',"
        + " see theirs with 'diff \(id)@\(opened) \(id)@\(head)', then 'import FILE --into \(id)'"
        + " saves yours as the next version"
        + (events.isEmpty
          ? ""
          : ", keeping the fieldwork events only theirs has (\(events.count): "
            + events.prefix(3).joined(separator: "; ") + (events.count > 3 ? "; …" : "") + ")")
    case .finalVersion(let reference):
      "version \(reference) is final and cannot change; clone it to start a new design"
    case .invalidProtocol(let place, let reason):
      "the protocol cannot be stored: \(place): \(reason)"
    case .invalidEdit(let place, let reason):
      "nothing was changed: it would leave \(place) one no save accepts: \(reason)"
    case .protocolDeleted(let id):
      "protocol '\(id)' is no longer in the store (deleted elsewhere since you opened it);"
        + " nothing was saved: 'save --as-new' keeps your changes as a new protocol"
    case .storeCopyRefused(let id, let reason):
      "protocol '\(id)' is in both stores and differs (\(reason)); nothing was copied:"
        + " a copy never overwrites a protocol"
    case .malformedJSON(let file, let place, let reason):
      "'\(file)' at \(place): \(reason); nothing was imported"
    case .cannotRead(let path, let reason):
      "cannot read '\(path)': \(reason)"
    case .fileTooLarge(let path, let limit, let what):
      "'\(path)' is larger than \(limit / (1024 * 1024)) MiB, the most \(what) may hold;"
        + " reading stopped there and nothing was done with it"
    case .cannotWrite(let path, let reason):
      "cannot write '\(path)': \(reason)"
    case .fileExists(let path):
      "'\(path)' exists; add --force to overwrite it"
    case .refusedTarget(let path, let reason):
      "will not write '\(path)', with or without --force: \(reason)"
    case .referenceDataInvalid(let dataset, let line, let problem):
      "reference data '\(dataset)'" + (line.map { " line \($0)" } ?? "") + ": \(problem)"
    case .importInvalid(let path, let line, let column, let problem):
      "\(path):\(line):\(column): \(problem)"
    case .filterInvalid(let expression, let column, let problem, let suggestion):
      "filter '\(expression)' column \(column): \(problem)"
        + Self.didYouMeanSuffix(suggestion)
    case .unknownField(let name, let suggestion):
      "unknown field '\(name)'" + Self.didYouMeanSuffix(suggestion)
    case .unknownMunicipality(let text, let year, let suggestion):
      "no \(year) municipality '\(text)'" + Self.didYouMeanSuffix(suggestion)
    case .unknownCooperation(let text, let suggestion):
      "no cooperation '\(text)'" + Self.didYouMeanSuffix(suggestion)
    case .unknownUnit(let text, let year, let suggestion):
      "no \(year) municipality or cooperation '\(text)'" + Self.didYouMeanSuffix(suggestion)
    case .fieldNotInLayer(let field, let layer, let counterpart):
      "'\(field)' is a field of the 2019 municipalities; the units here are those of \(layer)"
        + (counterpart.map { ", whose field is '\($0)'" } ?? "")
        + " (or draw 2019 units with --units 2019)"
    case .municipalityOfOtherYear(let text, let found, let foundYear, let layer, let linked):
      "'\(text)' is \(found), a municipality of \(foundYear); the units here are those of "
        + "\(layer)" + (linked.isEmpty ? "" : " (in \(layer): \(linked.joined(separator: ", ")))")
    case .sampleInvalid(let problem):
      problem
    case .stratumTooSmall(let stratum, let requested, let available):
      "stratum '\(stratum)' has \(available) eligible unit(s); \(requested) asked for"
    case .noSample:
      "no sample drawn yet; draw one with 'sample --n N'"
    case .notInSample(let unit):
      "'\(unit)' is not in the drawn sample"
    case .stratumExhausted(let stratum, let refused):
      "no reserve left in stratum '\(stratum)' to replace '\(refused)'; draw again with more "
        + "reserves or a wider filter"
    case .unknownQuestion(let id, let suggestion):
      "no research question with id '\(id)'"
        + (suggestion.map { ". Did you mean '\($0)'?" } ?? "; list them with 'questions'")
    case .unknownUnitOfAnalysis(let text, let suggestion):
      "'\(text)' is not a unit of analysis; choose municipality, cooperation or both"
        + Self.didYouMeanSuffix(suggestion)
    case .unknownComparison(let text, let suggestion):
      "'\(text)' is not a comparison; choose forms, kinds, constellations, standpoints or reform"
        + Self.didYouMeanSuffix(suggestion)
    case .questionAlreadyAsked(let id):
      "question '\(id)' is already in the protocol"
    case .questionNotInProtocol(let id, let suggestion):
      "the protocol has no question '\(id)'" + Self.didYouMeanSuffix(suggestion)
    case .emptyOwnQuestion:
      "an own question needs text; write ask \"your question\""
    case .unknownModel(let text):
      "'\(text)' is not a study model; choose 1, 2 or 3"
    case .modelAgainstMapping(let chosen, let proposed, let ids):
      "model \(chosen.rawValue) (\(chosen.name(in: .en))) goes against the mapping, which proposes"
        + " model \(proposed.rawValue) (\(proposed.name(in: .en))) for "
        + Self.quotedList(ids)
        + "; a choice against the mapping needs a justification: add --because TEXT"
    case .unknownRole(let text, let suggestion):
      "unknown role '\(text)'"
        + (suggestion.map { ". Did you mean '\($0)'?" } ?? "; list them with 'roles'")
    case .roleResemblesKnown(let text, let known):
      "'\(text)' looks like the role '\(known)'; add --custom to define a new role '\(text)'"
    case .roleNotBuiltIn(let text):
      "'\(text)' is not a built-in role ('roles' lists them); add --custom to define it as a role"
        + " of your own"
    case .roleAlreadyInProtocol(let name):
      "role '\(name)' is already in the protocol"
    case .roleHasFieldwork(let role, let slots):
      "role '\(role)' stays: the fieldwork log has events for its slots (\(Self.quotedList(slots)))"
    case .roleNotInProtocol(let text, let suggestion):
      "the protocol has no role '\(text)'" + Self.didYouMeanSuffix(suggestion)
    case .invalidRoleName(let text):
      "'\(text)' cannot name a role; use letters or digits"
    case .unknownGuideQuestion(let id, let suggestion):
      "the guide has no question '\(id)'" + Self.didYouMeanSuffix(suggestion)
    case .unknownGuideSection(let id, let suggestion):
      "the guide has no section '\(id)'" + Self.didYouMeanSuffix(suggestion)
    case .unknownGuideProbe(let question, let index, let count):
      "question '\(question)' has no probe \(index); it has \(count)"
    case .fixedGuideSection(let id):
      "section '\(id)' is part of every guide and cannot be removed or moved"
    case .invalidMinutes(let text):
      "'\(text)' is not a number of minutes; write a whole number from 1 to 240"
    case .invalidGuidePosition(let position, let count):
      "position \(position) is outside 1…\(max(count, 1))"
    case .emptyGuideText:
      "the text is empty; write the question or heading in quotes"
    case .duplicateGuideSection(let id):
      "the guide already has a section '\(id)'"
    case .noGuide:
      "the protocol has no guide yet; run 'guide build' to build it from the research questions"
    case .unknownInformantSlot(let id, let suggestion):
      "no informant slot '\(id)'" + Self.didYouMeanSuffix(suggestion)
        + (suggestion == nil ? "; 'fieldwork slots' lists them" : "")
    case .fieldworkEventInvalid(let slot, let problem):
      "cannot log '\(slot)': \(problem)"
    case .noFieldworkPlan:
      "the protocol has no informant slots yet; run 'fieldwork plan' after drawing the sample"
    case .unknownMethodsField(let field, let suggestion):
      "no methods field '\(field)'" + Self.didYouMeanSuffix(suggestion)
        + (suggestion == nil ? "; 'methods' lists them" : "")
    case .unknownConsentField(let field, let suggestion):
      "no consent field '\(field)'" + Self.didYouMeanSuffix(suggestion)
    case .invalidConsentValue(let field, let value, let expected):
      "'\(value)' does not fit consent field '\(field)'; expected \(expected)"
    case .noRoles:
      "the protocol has no roles; add one with 'roles add ROLE'"
    case .formatNotAvailable(let kind, let format, let formats):
      "'\(kind)' is not written as '\(format)'; its formats are "
        + formats.map { "'\($0)'" }.joined(separator: ", ")
    case .docxPackagingFailed(let reason):
      "could not assemble the DOCX file: \(reason)"
    case .archiveFailed(let reason):
      "could not assemble the zip archive: \(reason)"
    case .emptyCodebook:
      "the protocol has no research questions to make codes of; add one with 'ask'"
    case .unknownTemplate(let id, let suggestion):
      "no template with id '\(id)'"
        + (suggestion.map { ". Did you mean '\($0)'?" } ?? "; list them with 'templates'")
    }
  }

  /// Which exit-code family the failure belongs to.
  public var kind: FailureKind {
    switch self {
    case .storeUnavailable, .storeFailure, .storeTooNew, .cannotRead, .cannotWrite:
      .storage
    case .malformedVersionReference:
      .usage
    case .malformedJSON, .fileTooLarge:
      .commandFailed
    case .unknownProtocol, .unknownVersion, .fileExists, .refusedTarget, .saveConflict,
      .finalVersion, .invalidProtocol, .invalidEdit, .protocolDeleted, .storeCopyRefused:
      .commandFailed
    case .referenceDataInvalid, .importInvalid, .unknownMunicipality, .unknownCooperation,
      .unknownUnit, .sampleInvalid, .municipalityOfOtherYear,
      .stratumTooSmall, .noSample, .notInSample, .stratumExhausted:
      .commandFailed
    case .filterInvalid, .unknownField, .fieldNotInLayer:
      .usage
    case .unknownUnitOfAnalysis, .unknownComparison, .emptyOwnQuestion, .unknownModel,
      .invalidRoleName:
      .usage
    case .unknownQuestion, .questionAlreadyAsked, .questionNotInProtocol, .modelAgainstMapping,
      .unknownRole, .roleResemblesKnown, .roleNotBuiltIn, .roleAlreadyInProtocol,
      .roleNotInProtocol, .roleHasFieldwork,
      .unknownGuideQuestion, .unknownGuideSection, .unknownGuideProbe, .fixedGuideSection,
      .duplicateGuideSection, .noGuide, .unknownConsentField, .unknownInformantSlot,
      .noFieldworkPlan, .unknownMethodsField:
      .commandFailed
    case .invalidMinutes, .invalidGuidePosition, .emptyGuideText, .invalidConsentValue,
      .fieldworkEventInvalid:
      .usage
    case .noRoles, .docxPackagingFailed, .unknownTemplate, .archiveFailed, .emptyCodebook:
      .commandFailed
    case .formatNotAvailable:
      .usage
    }
  }
}

extension StudyplanError {
  /// ". Did you mean 'X'?" when there is a suggestion, else nothing.
  fileprivate static func didYouMeanSuffix(_ suggestion: String?) -> String {
    suggestion.map { ". Did you mean '\($0)'?" } ?? ""
  }

  /// Up to three ids in single quotes, then "and N more".
  fileprivate static func quotedList(_ ids: [String]) -> String {
    let shown = ids.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
    return ids.count > 3 ? "\(shown) and \(ids.count - 3) more" : shown
  }
}
