import Foundation

/// Everything a study needs on the day of the Sikt notification and at the start of fieldwork,
/// in one documented layout: a guide per role, the information letter, the methods text, the
/// sample with its reserves, the protocol JSON, a README listing every file and the protocol
/// version it came from, and `SHA256SUMS` with each file's SHA-256.
///
/// The parts are listed in `StudyPackage.parts`: a new kind of document is one more entry
/// there. Nothing in the package carries a date, so the same protocol version gives the same
/// files (and, zipped, the same bytes) on every run.
public struct StudyPackage: Equatable, Sendable {
  /// One file of the package: its path inside the package and its bytes.
  public typealias File = DeterministicZip.Entry

  /// What the package is made from.
  public struct Context: Sendable {
    /// The protocol.
    public var document: StudyProtocol
    /// Which version it is, as the README states it (`p1@3`, `p1@3 with unsaved changes`).
    public var versionLabel: String
    /// The format of the documents (guides, letter, methods).
    public var format: ExportFormat
    /// The frame the sample CSV takes its attributes from.
    public var frame: SamplingFrame
    /// The program, as the methods text names it (`studyplan 0.4.0`).
    public var software: String

    public init(
      document: StudyProtocol, versionLabel: String, format: ExportFormat, frame: SamplingFrame,
      software: String
    ) {
      self.document = document
      self.versionLabel = versionLabel
      self.format = format
      self.frame = frame
      self.software = software
    }
  }

  /// One kind of document in the package.
  public struct Part: Sendable {
    /// What the part holds, for the README, in bokmål and English.
    public var title: LocalizedText
    /// The part's files with what each holds; empty when the protocol lacks what the part needs
    /// (`missing` then says why).
    public var files: @Sendable (Context) throws -> [(file: File, about: LocalizedText)]
    /// Why the part is left out when `files` returns nothing.
    public var missing: LocalizedText

    public init(
      title: LocalizedText, missing: LocalizedText,
      files: @escaping @Sendable (Context) throws -> [(file: File, about: LocalizedText)]
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

  /// Builds the package of `context` from `parts`.
  public init(_ context: Context, parts: [Part] = StudyPackage.parts) throws {
    let language = context.document.language
    var listed: [(file: File, about: LocalizedText)] = []
    var leftOut: [(title: LocalizedText, why: LocalizedText)] = []
    for part in parts {
      let made = try part.files(context)
      if made.isEmpty { leftOut.append((part.title, part.missing)) }
      listed += made
    }
    let readme = Self.readme(
      context: context, listed: listed.map { ($0.file.path, $0.about) }, leftOut: leftOut,
      language: language)
    var files = [File(path: Self.readmeName, data: Data(readme.utf8))] + listed.map(\.file)
    let manifest = files.map { "\(DataHash.sha256Hex(of: Array($0.data)))  \($0.path)\n" }.joined()
    files.append(File(path: Self.manifestName, data: Data(manifest.utf8)))
    self.files = files
  }

  /// The package as one zip archive, its files inside the folder `folder`.
  public func zip(folder: String) throws(StudyplanError) -> Data {
    try DeterministicZip.archive(files.map { File(path: "\(folder)/\($0.path)", data: $0.data) })
  }
}
