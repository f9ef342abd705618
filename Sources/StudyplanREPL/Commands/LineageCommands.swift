import StudyplanCore

extension CommandTable {
  /// Reusing saved protocols: clone and compare.
  static let lineageCommands: [CommandSpec] = [
    CommandSpec(
      name: "clone",
      summary: "Copy a saved version into a new protocol and open it",
      discussion: """
        The copy is a draft that records where it came from; with --follow-up it is recorded as a \
        follow-up study of the source rather than a copy.
        """,
      arguments: [versionArgument, titleArgument],
      options: [
        OptionSpec("--follow-up", help: "Record the new protocol as a follow-up study"),
        discardOption,
      ],
      examples: [
        "clone p1 \"Reform follow-up, second round\"", "clone p1@3 \"2027 study\" --follow-up",
      ],
      run: { invocation, session, io in
        let source = try invocation.required("ID[@V]")
        let title = try ProtocolInput.title(try invocation.required(#""TITLE""#))
        let (id, version) = try ProtocolID.parseReference(source.text)
        try session.ensureNothingUnsaved(io, discarding: invocation.has("--discard"))
        let store = try session.store()
        let reference = try VersionReference(
          id: id, version: version ?? store.head(of: id).reference.version)
        let saved = try store.cloneProtocol(
          reference, title: title, asFollowUp: invocation.has("--follow-up"),
          at: session.environment.now())
        session.workspace = Workspace(
          id: saved.reference.id, baseVersion: 1, document: saved.document, isDirty: false)
        let relation = invocation.has("--follow-up") ? "a follow-up of" : "cloned from"
        io.print("saved \(saved.reference) '\(title)', \(relation) \(reference), and opened it")
      }),
    CommandSpec(
      name: "diff",
      summary: "Show what changed between two versions: questions, roles, model, sample, guide",
      discussion: """
        Without a second version, compares with the latest saved version of the same protocol. \
        The summary lists, part by part, the research questions, roles, model, sample, guide \
        questions (with their texts) and consent fields added (+), removed (-) or changed (~). \
        --json-paths lists every changed field of the stored document instead.
        """,
      arguments: [
        ArgumentSpec("ID@V1", .protocolVersion, about: "a version (ID@V)"),
        ArgumentSpec("ID@V2", .protocolVersion, about: "a version (ID@V)", arity: .optional),
      ],
      options: [
        OptionSpec("--json-paths", help: "List every changed field by its path in the JSON")
      ],
      examples: ["diff p1@1 p1@3", "diff p1@2", "diff p1@1 p4@1"],
      run: { invocation, session, io in
        let first = try invocation.required("ID@V1")
        let store = try session.store()
        let (id, version) = try ProtocolID.parseReference(first.text)
        let old =
          try version.map { try store.version(VersionReference(id: id, version: $0)) }
          ?? store.head(of: id)
        let new: StoredVersion
        if let second = invocation.word("ID@V2") {
          let (otherID, otherVersion) = try ProtocolID.parseReference(second.text)
          new =
            try otherVersion.map { try store.version(VersionReference(id: otherID, version: $0)) }
            ?? store.head(of: otherID)
        } else {
          new = try store.head(of: id)
        }
        let fields = ProtocolDiff(from: old.document, to: new.document)
        var lines = ["\(old.reference) → \(new.reference)"]
        if invocation.has("--json-paths") {
          lines += fields.lines()
        } else if fields.changes.isEmpty {
          lines.append("no differences")
        } else {
          let summary = ProtocolChangeSummary(
            from: old.document, to: new.document, language: session.language)
          lines += summary.lines()
          let count = fields.changes.count
          lines.append(
            "\(count) field\(count == 1 ? "" : "s") changed in all; 'diff \(old.reference)"
              + " \(new.reference) --json-paths' lists them")
        }
        io.page(lines.joined(separator: "\n") + "\n")
      }),
  ]
}
