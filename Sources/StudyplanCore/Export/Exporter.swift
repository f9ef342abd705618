import Foundation

/// What an export is made from: the protocol, the prefix its file names carry, the frame its
/// sample is read against, and the program that made it.
public struct ExportContext: Sendable {
  /// The protocol.
  public var document: StudyProtocol
  /// The prefix of file names and the id documents name (`p1`, or `new` before a save).
  public var prefix: String
  /// The frame the sample's attributes and maps come from.
  public var frame: SamplingFrame
  /// The program, as the methods text and the REFI-QDA files name it (`studyplan 0.4.0`).
  public var software: String
  /// Which version it is, as the package's README states it (`p1@3`, `p1@3 with unsaved
  /// changes`).
  public var versionLabel: String
  /// The study a follow-up follows, as the store holds it (the REPL reads it); nil for a
  /// protocol that follows none.
  public var baseline: FollowUpBaseline?

  public init(
    document: StudyProtocol, prefix: String, frame: SamplingFrame, software: String,
    versionLabel: String? = nil, baseline: FollowUpBaseline? = nil
  ) {
    self.baseline = baseline
    self.document = document
    self.prefix = prefix
    self.frame = frame
    self.software = software
    self.versionLabel = versionLabel ?? prefix
  }
}

/// What to export: the kind, its format, and the choices some kinds take.
public struct ExportRequest: Sendable {
  public var kind: ExportKind
  public var format: FileFormat
  /// Which guides or letters (guide and letter only).
  public var roles: RoleSelection
  /// The letter to a former office-holder of the role (letter with a role only).
  public var former: Bool
  /// What the map colours (map only).
  public var colouring: MapColouring

  /// A request for `kind` in `format`, refused when the kind does not come in that format.
  public init(
    _ kind: ExportKind, format: FileFormat, roles: RoleSelection = .none, former: Bool = false,
    colouring: MapColouring = .status
  ) throws(StudyplanError) {
    guard kind.formats.contains(format) else {
      throw StudyplanError.formatNotAvailable(
        kind: kind.rawValue, format: format.rawValue, formats: kind.formats.map(\.rawValue))
    }
    self.kind = kind
    self.format = format
    self.roles = roles
    self.former = former
    self.colouring = colouring
  }
}

/// Makes the files of every export kind: the one function `export` and the study package both
/// call. It renders; it never writes a file.
public enum Exporter {
  /// The files `request` makes from `context`.
  public static func artifacts(_ request: ExportRequest, _ context: ExportContext) throws
    -> [ExportArtifact]
  {
    switch request.kind {
    case .guide: try guides(request, context)
    case .letter: try letters(request, context)
    case .letterChecklist: [try checklist(request.format, context)]
    case .methods: [try methods(request.format, context)]
    case .protocol: [try protocolJSON(context)]
    case .sample: [try sample(request.format, context)]
    case .fieldwork: [try fieldwork(request.format, context)]
    case .map: [try map(request.format, colouring: request.colouring, context)]
    case .codebook: [try codebook(request.format, context)]
    case .cases: [try cases(request.format, context)]
    case .package: try StudyPackage(context, format: request.format).artifacts
    }
  }

  /// `document` rendered in `format` (a document format) as the file `path` without its
  /// extension.
  static func rendered(
    _ document: ExportDocument, path: String, format: FileFormat, about: LocalizedText
  ) throws -> ExportArtifact {
    guard let documentFormat = format.documentFormat else {
      throw StudyplanError.formatNotAvailable(
        kind: path, format: format.rawValue, formats: ExportFormat.allCases.map(\.rawValue))
    }
    return ExportArtifact(
      path: "\(path).\(format.rawValue)", data: try documentFormat.render(document),
      isBinary: format.isBinary, about: about)
  }

  /// Text as the file `path`.
  static func text(_ text: String, path: String, about: LocalizedText) -> ExportArtifact {
    ExportArtifact(path: path, data: Data(text.utf8), isBinary: false, about: about)
  }

  /// The protocol's roles, or a failure for `--all-roles` on a protocol that has none.
  static func roles(of document: StudyProtocol) throws(StudyplanError) -> [InformantRole] {
    guard !document.roles.isEmpty else { throw StudyplanError.noRoles }
    return document.roles
  }
}
