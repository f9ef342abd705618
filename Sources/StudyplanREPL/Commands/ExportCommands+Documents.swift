import Foundation
import StudyplanCore

/// Which guide `export guide` writes: the whole guide, one role's, or one per role.
enum RoleSelection: Equatable {
  /// The whole guide across roles, untrimmed.
  case none
  /// The variant for the role the word names.
  case role(String)
  /// One variant per protocol role.
  case all

  /// Reads `--role` / `--all-roles`, which `export guide` and `export letter` take, and
  /// `--former`, which goes with `export letter --role`.
  init(invocation: Invocation, kind: String) throws {
    let role = invocation.value("--role")
    let all = invocation.has("--all-roles")
    if kind != "guide", kind != "letter", role != nil || all {
      throw CommandFailure(
        .invalidValue(
          role != nil ? "--role" : "--all-roles", for: "option for 'export \(kind)'",
          expected: "--role and --all-roles with 'export guide' or 'export letter' only"))
    }
    if invocation.has("--former"), kind != "letter" || role == nil {
      throw CommandFailure(
        .invalidValue(
          "--former", for: "option for 'export \(kind)'",
          expected: "--former with 'export letter --role ROLE' only"))
    }
    if role != nil && all {
      throw CommandFailure(
        .invalidValue(
          "--all-roles", for: "option with --role", expected: "either --role ROLE or --all-roles"
        ))
    }
    self = role.map(RoleSelection.role) ?? (all ? .all : .none)
  }
}

extension CommandTable {
  /// The guide, letter and methods exports: each a document rendered in `format`; nil for
  /// other kinds.
  static func documentArtifacts(
    kind: String, format: String, document: StudyProtocol, prefix: String, roles: RoleSelection,
    former: Bool = false, figures: [DocumentBlock] = []
  ) throws -> [ExportArtifact]? {
    guard ["guide", "letter", "letter-checklist", "methods"].contains(kind) else { return nil }
    guard let exportFormat = ExportFormat(rawValue: format) else {
      throw CommandFailure(
        .invalidValue(
          format, for: "format for '\(kind)'", expected: "'md', 'html', 'docx' or 'txt'"))
    }
    func artifact(_ exported: ExportDocument, name: String) throws -> ExportArtifact {
      ExportArtifact(
        fileName: "\(prefix)-\(name).\(exportFormat.fileExtension)",
        data: try exportFormat.render(exported), isText: !exportFormat.isBinary)
    }
    switch kind {
    case "guide":
      switch roles {
      case .none:
        return [try artifact(try document.guideDocument(for: nil), name: "guide")]
      case .role(let name):
        let role = try document.role(named: name)
        return [try artifact(try document.guideDocument(for: role), name: "guide-\(role.id)")]
      case .all:
        guard !document.roles.isEmpty else {
          throw CommandFailure(
            .invalidValue(
              "--all-roles", for: "option here",
              expected: "a protocol with roles; add one with 'roles add ROLE'"))
        }
        return try document.roles.map { role in
          try artifact(try document.guideDocument(for: role), name: "guide-\(role.id)")
        }
      }
    case "letter":
      switch roles {
      case .none:
        return [try artifact(InformationLetter(for: document).document, name: "letter")]
      case .role(let name):
        let role = try document.role(named: name)
        let holder: RoleHolder = former ? .former : .current
        return [
          try artifact(
            InformationLetter(for: document, role: role, holder: holder).document,
            name: InformationLetter.fileStem(role: role, holder: holder))
        ]
      case .all:
        guard !document.roles.isEmpty else {
          throw CommandFailure(
            .invalidValue(
              "--all-roles", for: "option here",
              expected: "a protocol with roles; add one with 'roles add ROLE'"))
        }
        return try InformationLetter.perRole(for: document).map { entry in
          try artifact(
            entry.letter.document,
            name: InformationLetter.fileStem(role: entry.role, holder: entry.holder))
        }
      }
    case "letter-checklist":
      return [
        try artifact(
          LetterChecklist(for: document).document(
            title: document.title, language: document.language), name: "letter-checklist")
      ]
    default:
      var methods = MethodsText(
        for: document,
        sampling: document.sample.map {
          SamplingDescription($0, software: "studyplan \(StudyplanVersion.current)")
        }
      ).document
      methods.blocks += figures
      return [try artifact(methods, name: "methods")]
    }
  }

  /// What an export leaves to do: the letter names the consent fields it still lacks.
  static func warnAfterExport(kind: String, document: StudyProtocol, io: CommandIO) {
    guard kind == "letter" else { return }
    let missing = document.consent.missing(fallbackPurpose: document.purpose)
    guard !missing.isEmpty else { return }
    io.warn(
      "the letter is a draft: set " + missing.map(\.rawValue).joined(separator: ", ")
        + " with 'consent FIELD VALUE'")
  }
}
