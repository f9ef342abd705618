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
    case .referenceDataInvalid(let dataset, let line, let problem):
      "reference data '\(dataset)'" + (line.map { " line \($0)" } ?? "") + ": \(problem)"
    case .importInvalid(let path, let line, let column, let problem):
      "\(path):\(line):\(column): \(problem)"
    case .filterInvalid(let expression, let column, let problem, let suggestion):
      "filter '\(expression)' column \(column): \(problem)"
        + (suggestion.map { ". Did you mean '\($0)'?" } ?? "")
    case .unknownField(let name, let suggestion):
      "unknown field '\(name)'" + (suggestion.map { ". Did you mean '\($0)'?" } ?? "")
    case .unknownMunicipality(let text, let suggestion):
      "no 2019 municipality '\(text)'" + (suggestion.map { ". Did you mean '\($0)'?" } ?? "")
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
    case .referenceDataInvalid, .importInvalid, .unknownMunicipality, .sampleInvalid,
      .stratumTooSmall, .noSample, .notInSample, .stratumExhausted:
      .commandFailed
    case .filterInvalid, .unknownField:
      .usage
    }
  }
}
