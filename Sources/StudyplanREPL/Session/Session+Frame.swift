import StudyplanCore

extension Session {
  /// The embedded reference data (parsed on first use).
  func referenceData() throws -> ReferenceData { try ReferenceData.embedded() }

  /// The imports kept in the store, applied in the order they were imported.
  func importedDatasets() throws -> [ImportedDataset] { try store().importedDatasets() }

  /// What `check` reports on `document`, with the sample's fit read against the frame: the one
  /// check `check` prints and `save --final` requires to find no problem.
  func designCheck(of document: StudyProtocol) throws -> [DesignDiagnostic] {
    DesignCheck.run(document, frame: try samplingFrame(for: document))
  }

  /// The sampling frame of `units`' municipalities (2019 by default): embedded data combined
  /// with the store's imports.
  func samplingFrame(units: UnitLayer = .standard) throws -> SamplingFrame {
    SamplingFrame(data: try referenceData(), imports: try importedDatasets(), units: units)
  }

  /// The frame `document`'s sample was drawn from: its units' year (2019 without a sample).
  func samplingFrame(for document: StudyProtocol) throws -> SamplingFrame {
    try samplingFrame(units: document.sample?.plan.unitLayer ?? .standard)
  }
}

/// Tab-completion candidates for municipalities: numbers and the one-word name forms of the
/// municipalities of 2019, 2020 and 2024 (`sample --units 2024` lists today's).
enum MunicipalityCandidates {
  static let all: [String] = {
    guard let data = try? ReferenceData.embedded() else { return [] }
    var seen: Set<String> = []
    return UnitLayer.allCases.flatMap { SamplingFrame(data: data, units: $0).completionCandidates }
      .filter { !$0.contains(" ") && seen.insert($0).inserted }
  }()
}

extension Session {
  /// The sample of `document` as CSV (an NVivo case classification sheet), with the attributes
  /// of the frame built from the embedded data and this store's imports.
  ///
  /// For `export sample --format csv`.
  func sampleCSV(of document: StudyProtocol) throws -> String {
    guard let sample = document.sample else { throw StudyplanError.noSample }
    return SampleCSVRenderer.render(sample, frame: try samplingFrame(for: document))
  }
}
