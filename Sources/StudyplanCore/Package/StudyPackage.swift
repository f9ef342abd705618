import Foundation

/// Everything a study needs on the day of the Sikt notification and at the start of fieldwork,
/// in one documented layout: a guide per role, the information letter, the methods text, the
/// sample with its reserves, the protocol JSON, a README listing every file and the protocol
/// version it came from, and `SHA256SUMS` with each file's SHA-256.
///
/// The parts are listed in `StudyPackage.parts`; each makes its files through ``Exporter``,
/// as `export` does, so a package's guide is the guide `export guide` writes. Nothing in the
/// package carries a date, so the same protocol version gives the same files (and, zipped, the
/// same bytes) on every run.
public struct StudyPackage: Equatable, Sendable {
  /// One file of the package: its path inside the package and its bytes.
  public typealias File = DeterministicZip.Entry

  /// One kind of document in the package.
  public struct Part: Sendable {
    /// What the part holds, for the README, in bokmål and English.
    public var title: LocalizedText
    /// The part's files; empty when the protocol lacks what the part needs (`missing` then
    /// says why).
    public var files: @Sendable (ExportContext, FileFormat) throws -> [ExportArtifact]
    /// Why the part is left out when `files` returns nothing.
    public var missing: LocalizedText

    public init(
      title: LocalizedText, missing: LocalizedText = LocalizedText(nb: "", en: ""),
      files: @escaping @Sendable (ExportContext, FileFormat) throws -> [ExportArtifact]
    ) {
      self.title = title
      self.missing = missing
      self.files = files
    }
  }

  /// The README's name in the package.
  public static let readmeName = "README.md"
  /// The manifest's name: `sha256sum -c SHA256SUMS` checks every other file.
  public static let manifestName = "SHA256SUMS"

  /// The files in package order: the README, the parts' files, then the manifest.
  public var files: [File]

  /// Builds the package of `context`, its documents in `format` (DOCX, Markdown or HTML).
  public init(_ context: ExportContext, format: FileFormat = .docx, parts: [Part] = parts)
    throws
  {
    let language = context.document.language
    var listed: [ExportArtifact] = []
    var leftOut: [(title: LocalizedText, why: LocalizedText)] = []
    for part in parts {
      let made = try part.files(context, format)
      if made.isEmpty { leftOut.append((part.title, part.missing)) }
      listed += made
    }
    let readme = Self.readme(
      context: context, listed: listed.map { ($0.path, $0.about) }, leftOut: leftOut,
      language: language)
    var files =
      [File(path: Self.readmeName, data: Data(readme.utf8))]
      + listed.map { File(path: $0.path, data: $0.data) }
    let manifest = files.map { "\(DataHash.sha256Hex(of: Array($0.data)))  \($0.path)\n" }.joined()
    files.append(File(path: Self.manifestName, data: Data(manifest.utf8)))
    self.files = files
  }

  /// The package's files as export artifacts, at their paths in the package.
  public var artifacts: [ExportArtifact] {
    files.map {
      ExportArtifact(
        path: $0.path, data: $0.data, isBinary: $0.path.hasSuffix(".docx"),
        about: LocalizedText(nb: "", en: ""))
    }
  }

  /// The package as one zip archive, its files inside the folder `folder`.
  public func zip(folder: String) throws(StudyplanError) -> Data {
    try DeterministicZip.archive(files.map { File(path: "\(folder)/\($0.path)", data: $0.data) })
  }
}
