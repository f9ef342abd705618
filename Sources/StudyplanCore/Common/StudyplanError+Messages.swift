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
      "no protocol with id '\(id)'" + (suggestion.map { ". Did you mean '\($0)'?" } ?? "")
    case .unknownVersion(let reference, let latest):
      "protocol '\(reference.id)' has no version \(reference.version); its latest is \(latest)"
    case .malformedVersionReference(let text):
      "'\(text)' is not a protocol version; write ID@V, e.g. p1@2"
    case .saveConflict(let id, let opened, let head):
      "protocol '\(id)' was saved elsewhere (now at version \(head); you opened version \(opened));"
        + " nothing was overwritten: clone your changes with 'clone' or reopen with 'open \(id)'"
    case .finalVersion(let reference):
      "version \(reference) is final and cannot change; clone it to start a new design"
    case .malformedJSON(let file, let place, let reason):
      "'\(file)' at \(place): \(reason); nothing was imported"
    case .cannotRead(let path, let reason):
      "cannot read '\(path)': \(reason)"
    case .cannotWrite(let path, let reason):
      "cannot write '\(path)': \(reason)"
    case .fileExists(let path):
      "'\(path)' exists; add --force to overwrite it"
    case .unknownGuideQuestion(let id, let suggestion):
      "the guide has no question '\(id)'" + didYouMean(suggestion)
    case .unknownGuideSection(let id, let suggestion):
      "the guide has no section '\(id)'" + didYouMean(suggestion)
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
    case .roleNotInProtocol(let role, let suggestion):
      "'\(role)' is not one of the protocol's roles" + didYouMean(suggestion)
    case .unknownConsentField(let field, let suggestion):
      "no consent field '\(field)'" + didYouMean(suggestion)
    case .invalidConsentValue(let field, let value, let expected):
      "'\(value)' does not fit consent field '\(field)'; expected \(expected)"
    case .docxPackagingFailed(let reason):
      "could not assemble the DOCX file: \(reason)"
    }
  }

  /// Which exit-code family the failure belongs to.
  public var kind: FailureKind {
    switch self {
    case .storeUnavailable, .storeFailure, .storeTooNew, .cannotRead, .cannotWrite:
      .storage
    case .malformedVersionReference:
      .usage
    case .malformedJSON:
      .commandFailed
    case .unknownProtocol, .unknownVersion, .fileExists, .saveConflict, .finalVersion:
      .commandFailed
    case .unknownGuideQuestion, .unknownGuideSection, .unknownGuideProbe, .fixedGuideSection,
      .duplicateGuideSection, .noGuide, .roleNotInProtocol, .unknownConsentField:
      .commandFailed
    case .invalidMinutes, .invalidGuidePosition, .emptyGuideText, .invalidConsentValue:
      .usage
    case .docxPackagingFailed:
      .commandFailed
    }
  }
}

/// The `. Did you mean '…'?` tail for a message, or nothing.
private func didYouMean(_ suggestion: String?) -> String {
  suggestion.map { ". Did you mean '\($0)'?" } ?? ""
}
