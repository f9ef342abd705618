import Foundation
import StudyplanCore

extension CommandTable {
  /// `import FILE [--into ID]`.
  static let importCommand = CommandSpec(
    name: "import",
    summary: "Read a protocol JSON file in as a new protocol, or as a new version of ID",
    discussion: """
      The file is checked whole before anything is stored; an error names the JSON path or the \
      line and column, and nothing is half-imported.
      """,
    arguments: [ArgumentSpec("FILE", .path, about: "a protocol JSON file")],
    options: [
      OptionSpec(
        "--into", value: "ID", .protocolID, help: "Add the file as the next version of ID")
    ],
    examples: ["import reform.json", "import reform.json --into p3"],
    run: { invocation, session, io in
      let file = try invocation.required("FILE")
      let data = try InputFile.read(
        file.text, in: session.environment.workingDirectory, limit: InputFile.protocolLimit,
        what: "a protocol file")
      let knownUnits = KnownUnits(frame: try session.samplingFrame())
      var document = try ProtocolJSON.decode(data, file: file.text, knownUnits: knownUnits)
      let fileDocument = document
      let store = try session.store()
      try keepKnownLineage(of: &document, in: store, io: io)
      for finding in document.personalDataFindings(includingConsent: true) {
        io.warn(
          "\(finding.place) in '\(file.text)' looks like it holds \(finding.pattern.rawValue);"
            + " a protocol keeps roles, never people's contact details")
      }
      let now = session.environment.now()
      let note = "imported from \(URL(fileURLWithPath: file.text).lastPathComponent)"
      let saved: StoredVersion
      if let target = invocation.value("--into") {
        let id = try ProtocolID.parseReference(target).id
        let head = try store.head(of: id)
        keepLoggedEvents(of: head, in: &document, io: io)
        saved = try store.saveVersion(
          of: id, document, expectedHead: head.reference.version, note: note, at: now)
      } else {
        saved = try store.createProtocol(document, note: note, at: now)
      }
      io.print("imported '\(saved.document.title)' as \(saved.reference)")
      followImport(saved, of: fileDocument, session: &session, io: io)
    })

  /// The fieldwork log is append-only: events another planner saved since the file was
  /// exported are kept, not dropped by the new version.
  private static func keepLoggedEvents(
    of head: StoredVersion, in document: inout StudyProtocol, io: CommandIO
  ) {
    guard let theirs = head.document.fieldwork else { return }
    let (merged, taken) = (document.fieldwork ?? FieldworkLog()).merging(theirs)
    guard !taken.isEmpty else { return }
    document.fieldwork = merged
    io.print(
      "kept \(counted(taken.count, "fieldwork event")) of \(head.reference) the file lacks: "
        + taken.prefix(5).map(\.description).joined(separator: "; ")
        + (taken.count > 5 ? "; …" : ""))
  }

  /// After `import FILE --into ID` with ID open: the open protocol moves to the new version
  /// when it holds nothing unsaved, or only what the file held (the recovery a save conflict
  /// prescribes); other unsaved changes stay, and `save` will say the store moved on.
  static func followImport(
    _ saved: StoredVersion, of file: StudyProtocol, session: inout Session, io: CommandIO
  ) {
    guard let open = session.workspace, open.id == saved.reference.id else { return }
    guard !open.isDirty || open.document == file else {
      io.print(
        "note: the open \(open.label) keeps its unsaved changes; they are based on an older"
          + " version than \(saved.reference)")
      return
    }
    session.workspace = Workspace(
      id: saved.reference.id, baseVersion: saved.reference.version, document: saved.document,
      isDirty: false)
    io.print("the open protocol is now \(saved.reference)")
  }
}

extension CommandTable {
  /// Drops a lineage reference to a version this store does not hold (the file came from
  /// another planner's store), saying so: a protocol in the store only points at versions in it.
  static func keepKnownLineage(
    of document: inout StudyProtocol, in store: any StudyplanStore, io: CommandIO
  )
    throws
  {
    func known(_ reference: VersionReference?) -> VersionReference? {
      guard let reference else { return nil }
      if (try? store.version(reference)) != nil { return reference }
      io.warn(
        "the file's lineage names \(reference), which is not in this store; imported without it")
      return nil
    }
    document.lineage.clonedFrom = known(document.lineage.clonedFrom)
    document.lineage.followUpOf = known(document.lineage.followUpOf)
  }
}
