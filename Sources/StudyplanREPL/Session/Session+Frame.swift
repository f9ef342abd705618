import StudyplanCore

extension Session {
  /// The embedded reference data (parsed on first use).
  func referenceData() throws -> ReferenceData { try ReferenceData.embedded() }

  /// The imports kept in the store, applied in the order they were imported.
  func importedDatasets() throws -> [ImportedDataset] { try store().importedDatasets() }

  /// What `check` reports on `document`, with the sample's fit read against the frame: the one
  /// check `check` prints and `save --final` requires to find no problem.
  func designCheck(of document: StudyProtocol) throws -> [DesignDiagnostic] {
    DesignCheck.run(document, frame: try samplingFrame())
  }

  /// The sampling frame: embedded data combined with the store's imports.
  func samplingFrame() throws -> SamplingFrame {
    SamplingFrame(data: try referenceData(), imports: try importedDatasets())
  }
}

/// Tab-completion candidates for municipalities: numbers and the one-word name forms.
enum MunicipalityCandidates {
  static let all: [String] = {
    guard let data = try? ReferenceData.embedded() else { return [] }
    let frame = SamplingFrame(data: data)
    return frame.completionCandidates.filter { !$0.contains(" ") }
  }()
}

extension Session {
  /// The sample of `document` as CSV (an NVivo case classification sheet), with the attributes
  /// of the frame built from the embedded data and this store's imports.
  ///
  /// For `export sample --format csv`.
  func sampleCSV(of document: StudyProtocol) throws -> String {
    guard let sample = document.sample else { throw StudyplanError.noSample }
    return SampleCSVRenderer.render(sample, frame: try samplingFrame())
  }
}
