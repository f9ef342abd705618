import Foundation
import StudyplanCore

extension CommandTable {
  /// `export [ID] codebook --format qdc|csv`: the research questions, themes and main questions
  /// as a REFI-QDA codebook or a CSV codebook (Taguette and others).
  static func codebookArtifacts(format: String, document: StudyProtocol, prefix: String) throws
    -> [ExportArtifact]
  {
    let codebook = Codebook(for: document, protocolID: prefix)
    switch format {
    case "qdc":
      let xml = try QDAXML.codebook(codebook, origin: "studyplan \(StudyplanVersion.current)")
      return [
        ExportArtifact(fileName: "\(prefix)-codebook.qdc", data: Data(xml.utf8), isText: true)
      ]
    case "csv":
      return [
        ExportArtifact(
          fileName: "\(prefix)-codebook.csv", data: Data(try codebook.csv().utf8), isText: true)
      ]
    default:
      throw CommandFailure(
        .invalidValue(format, for: "format for 'codebook'", expected: "'qdc' or 'csv'"))
    }
  }

  /// `export [ID] cases --format csv|qdpx`: the sampled units (and the fieldwork log's
  /// informant slots, by pseudonymous id) as cases with the frame's attributes, as a case sheet
  /// or a REFI-QDA project with the codebook.
  static func casesArtifacts(
    format: String, document: StudyProtocol, prefix: String, session: Session
  ) throws -> [ExportArtifact] {
    guard format == "csv" || format == "qdpx" else {
      throw CommandFailure(
        .invalidValue(format, for: "format for 'cases'", expected: "'csv' or 'qdpx'"))
    }
    guard let sample = document.sample else { throw StudyplanError.noSample }
    let sheet = CaseSheet(
      sample: sample, frame: try session.samplingFrame(for: document), fieldwork: document.fieldwork
    )
    if format == "csv" {
      return [
        ExportArtifact(fileName: "\(prefix)-cases.csv", data: Data(sheet.csv().utf8), isText: true)
      ]
    }
    let xml = QDAXML.project(
      name: document.title, protocolID: prefix,
      codebook: Codebook(for: document, protocolID: prefix), cases: sheet,
      origin: "studyplan \(StudyplanVersion.current)")
    return [
      ExportArtifact(
        fileName: "\(prefix)-cases.qdpx", data: try QDAXML.projectArchive(xml), isText: false)
    ]
  }
}
