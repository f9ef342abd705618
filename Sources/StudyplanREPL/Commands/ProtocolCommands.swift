import Foundation
import StudyplanCore

extension CommandTable {
  /// Creating, saving, opening and listing protocols.
  static let protocolCommands: [CommandSpec] = [
    CommandSpec(
      name: "new", summary: "Start a new protocol (saved with its first 'save')",
      discussion: """
        With --from, the new protocol starts as a copy of a shipped template ('templates' lists \
        them): its questions, model, roles, guide, sampling and consent fields, under the new \
        title. The protocol records the template it came from.
        """,
      arguments: [titleArgument],
      options: [
        OptionSpec("--purpose", value: "TEXT", help: "What the study is for"),
        OptionSpec("--from", value: "TEMPLATE", .template, help: "Start from a shipped template"),
        discardOption,
      ],
      examples: [
        "new \"Reform follow-up in Nordland\" --purpose \"How small municipalities fared\"",
        "new \"Vest-Telemark 2027\" --from model-2",
      ],
      run: { invocation, session, io in
        let cleanTitle = try ProtocolInput.title(try invocation.required("\"TITLE\""))
        let template = try invocation.value("--from").map { try ShippedProtocol.named($0) }
        try session.ensureNothingUnsaved(io, discarding: invocation.has("--discard"))
        var document =
          try template.map { try StudyProtocol.started(from: $0, title: cleanTitle) }
          ?? StudyProtocol(title: cleanTitle, language: session.language)
        if let purpose = invocation.value("--purpose") { document.purpose = purpose }
        document.language = session.language
        session.workspace = Workspace(id: nil, baseVersion: 0, document: document, isDirty: true)
        if let template {
          io.print(
            "started '\(cleanTitle)' from template \(template.id) (unsaved; 'save' stores it)")
          io.print(CommandTable.templateNextSteps(document))
        } else {
          io.print("started '\(cleanTitle)' (unsaved; 'save' stores it)")
        }
      }),
    CommandSpec(
      name: "save", summary: "Store the open protocol as a new version",
      discussion: """
        Every save adds a version; no version is ever changed. A final version cannot be \
        superseded: an edit to it starts a new draft cloned from it. 'save --final' is refused \
        while 'check' finds problems, unless --force says to settle the design as it is. When \
        someone else saved the same protocol since you opened it, the save is refused and \
        nothing is overwritten.
        """,
      options: [
        OptionSpec("--note", value: "TEXT", help: "What changed, kept with the version"),
        OptionSpec(
          "--final", help: "Mark the version final (refused while 'check' finds problems)"),
        OptionSpec(
          "--force", help: "With --final: mark it final despite the problems 'check' finds"),
      ],
      examples: ["save --note \"added the reform questions\"", "save --final"],
      run: { invocation, session, io in
        var workspace = try session.requireWorkspace(for: "save")
        let isFinal = invocation.has("--final")
        guard workspace.hasSomethingToSave || (isFinal && workspace.document.status != .final)
        else {
          if let id = workspace.id, let head = try? session.store().head(of: id),
            head.reference.version > workspace.baseVersion
          {
            io.print(
              "nothing to save: \(workspace.label) is unchanged; the latest is \(head.reference)"
                + " ('open \(id)' opens it)")
          } else {
            io.print("nothing to save: \(workspace.label) is up to date")
          }
          return
        }
        if isFinal, !invocation.has("--force") {
          let problems = try session.designCheck(of: workspace.document).filter {
            $0.severity == .warning
          }
          if !problems.isEmpty {
            throw CommandFailure(.finalWithProblems(count: problems.count))
          }
        }
        if isFinal { workspace.document.status = .final }
        let store = try session.store()
        let note = invocation.value("--note") ?? ""
        for pattern in PersonalDataPattern.matches(in: note) {
          io.warn(
            "the note looks like it holds \(pattern.rawValue); a protocol keeps roles,"
              + " never people's contact details")
        }
        let now = session.environment.now()
        let saved: StoredVersion
        do {
          saved =
            if let id = workspace.id {
              try store.saveVersion(
                of: id, workspace.document, expectedHead: workspace.baseVersion, note: note,
                at: now)
            } else {
              try store.createProtocol(workspace.document, note: note, at: now)
            }
        } catch StudyplanError.saveConflict(let id, let opened, let head, _) {
          // Name the fieldwork events the other save logged, so none is lost in the recovery.
          let theirs = try? store.head(of: id).document.fieldwork
          let mine = workspace.document.fieldwork ?? FieldworkLog()
          throw StudyplanError.saveConflict(
            id: id, openedVersion: opened, headVersion: head,
            eventsAtStake: theirs.map { mine.eventsMissing(from: $0).map(\.description) } ?? [])
        }
        session.workspace = Workspace(
          id: saved.reference.id, baseVersion: saved.reference.version,
          document: saved.document, isDirty: false)
        let status = isFinal ? " (final)" : ""
        io.print("saved \(saved.reference)\(status) '\(saved.document.title)'")
      }),
    CommandSpec(
      name: "open", summary: "Open a saved protocol (its latest version, or version V)",
      discussion: """
        IDs are p1, p2, …; 'list' shows them and Tab completes them. With unsaved changes open, \
        studyplan asks first; a script must say --discard (for example to re-open a protocol \
        after another planner's save was refused).
        """,
      arguments: [versionArgument], options: [discardOption],
      examples: ["open p3", "open p3@2"],
      run: { invocation, session, io in
        let word = try invocation.required("ID[@V]")
        let (id, version) = try ProtocolID.parseReference(word.text)
        try session.ensureNothingUnsaved(io, discarding: invocation.has("--discard"))
        let store = try session.store()
        let head = try store.head(of: id)
        let opened =
          try version.map { try store.version(VersionReference(id: id, version: $0)) } ?? head
        let isOld = opened.reference.version != head.reference.version
        session.workspace = Workspace(
          id: id, baseVersion: head.reference.version, openedVersion: opened.reference.version,
          document: opened.document, isDirty: false)
        if isOld {
          io.print(
            "opened \(opened.reference) '\(opened.document.title)'; the latest is \(head.reference),"
              + " so saving makes this content version \(head.reference.version + 1)")
        } else {
          io.print("opened \(opened.reference) '\(opened.document.title)'")
        }
      }),
    CommandSpec(
      name: "list",
      summary: "List saved protocols; with TEXT, those whose title, purpose or questions match",
      arguments: [
        ArgumentSpec("TEXT", about: "words to search for", arity: .repeating(minimum: 0))
      ],
      examples: ["list", "list sentralitet"],
      run: { invocation, session, io in
        let text = invocation.words("TEXT").map(\.text).joined(separator: " ")
        let summaries = try session.store().list(matching: text.isEmpty ? nil : text)
        guard !summaries.isEmpty else {
          io.print(
            text.isEmpty
              ? "no protocols yet; start one with 'new \"TITLE\"'"
              : "no protocol matches '\(FreeText.shortened(text))'"
          )
          return
        }
        let table = TextTable(
          headers: ["ID", "VERSION", "STATUS", "MODEL", "SAVED", "TITLE"],
          rows: summaries.map {
            [
              $0.id, "\($0.headVersion)", $0.status.rawValue,
              $0.model.map { "\($0.rawValue)" } ?? "-",
              DisplayDate.string($0.savedAt, in: session.environment.timeZone), $0.title,
            ]
          }, rightAligned: [1])
        io.page(table.render() + "\n")
      }),
    CommandSpec(
      name: "history", summary: "List every version of a protocol with its date and note",
      discussion: "Without ID, the open protocol's versions.",
      arguments: [ArgumentSpec("ID", .protocolID, about: "a protocol id", arity: .optional)],
      examples: ["history", "history p3"],
      run: { invocation, session, io in
        let id = try session.protocolID(invocation.word("ID"), for: "history")
        let versions = try session.store().history(of: id)
        // A team store records who saved each version (the database role); a file does not.
        let byRole = versions.contains { $0.savedBy != nil }
        let table = TextTable(
          headers: ["VERSION", "SAVED"] + (byRole ? ["BY"] : []) + ["STATUS", "TITLE", "NOTE"],
          rows: versions.map {
            [
              $0.reference.description,
              DisplayDate.string($0.savedAt, in: session.environment.timeZone),
            ]
              + (byRole ? [$0.savedBy ?? ""] : []) + [$0.status.rawValue, $0.title, $0.note]
          })
        io.page(table.render() + "\n")
      }),
    CommandSpec(
      name: "rename", summary: "Give the open protocol a new title", arguments: [titleArgument],
      examples: ["rename \"Reform follow-up 2026\""],
      run: { invocation, session, io in
        let title = try ProtocolInput.title(try invocation.required("\"TITLE\""))
        try session.edit(for: "rename") { $0.title = title }
        io.print("renamed to '\(title)'")
      }),
    CommandSpec(
      name: "delete", summary: "Delete a protocol and all its versions",
      discussion: "Asks first; in a script --yes is required.",
      arguments: [ArgumentSpec("ID", .protocolID, about: "a protocol id")],
      options: [OptionSpec("--yes", help: "Delete without asking")],
      examples: ["delete p4 --yes"],
      run: { invocation, session, io in
        let word = try invocation.required("ID")
        let id = try ProtocolID.parseReference(word.text).id
        let store = try session.store()
        let head = try store.head(of: id)
        if !invocation.has("--yes") {
          guard io.isInteractive else {
            throw CommandFailure(.confirmationRequired(command: "delete"))
          }
          let question =
            "Delete '\(head.document.title)' (\(id)) with all \(head.reference.version) version(s)?"
          guard io.confirm(question) else { throw CommandFailure(.cancelled) }
        }
        try store.delete(id)
        io.print("deleted \(id) '\(head.document.title)'")
        guard let open = session.workspace, open.id == id else { return }
        if open.isDirty {
          // Unsaved changes are never dropped unsaid: they stay open as a new protocol.
          session.workspace = Workspace(
            id: nil, baseVersion: 0, document: open.document, isDirty: true)
          io.print(
            "the open protocol's unsaved changes stay open as a new protocol;"
              + " 'save' stores them under a new id, 'close --discard' drops them")
        } else {
          session.workspace = nil
          io.print("closed it")
        }
      }),
  ]
}

extension CommandTable {
  /// `"TITLE"`: a protocol's title, in quotes.
  static let titleArgument = ArgumentSpec(#""TITLE""#, about: "a title in quotes")
  /// `ID[@V]`: a saved protocol, its latest version or version V.
  static let versionArgument = ArgumentSpec(
    "ID[@V]", .protocolVersion, about: "a protocol id (ID or ID@V)")
  /// `--discard`: for commands that would leave unsaved changes behind.
  static let discardOption = OptionSpec(
    "--discard", help: "Drop the open protocol's unsaved changes without asking")
}

/// Checks on what planners type into protocol fields.
enum ProtocolInput {
  /// A title: not blank, one line, at most 200 characters, no control characters.
  static func title(_ word: Word) throws(CommandFailure) -> String {
    let title = word.text.trimmingCharacters(in: .whitespaces)
    guard StudyProtocol.isAcceptableTitle(title) else {
      throw CommandFailure(
        .invalidValue(word.text, for: "title", expected: "one line of 1 to 200 characters"),
        column: word.column)
    }
    return title
  }
}

extension CommandTable {
  /// Showing a protocol.
  static let showCommand = CommandSpec(
    name: "show", summary: "Show a protocol: the open one, or a saved version",
    discussion: """
      Without ID, shows the open protocol as it stands, unsaved changes included; ID alone \
      shows its latest saved version, ID@V version V.
      """,
    arguments: [
      ArgumentSpec(
        "ID[@V]", .protocolVersion, about: "a protocol id (ID or ID@V)", arity: .optional)
    ],
    examples: ["show", "show p3@2"],
    run: { invocation, session, io in
      if let word = invocation.word("ID[@V]") {
        let (id, version) = try ProtocolID.parseReference(word.text)
        let store = try session.store()
        let stored =
          try version.map { try store.version(VersionReference(id: id, version: $0)) }
          ?? store.head(of: id)
        io.print(
          "\(stored.reference), saved \(DisplayDate.string(stored.savedAt, in: session.environment.timeZone))"
        )
        io.print(lines: stored.document.overview(unitLineage: try session.referenceData().lineage))
        return
      }
      let workspace = try session.requireWorkspace(for: "show")
      io.print(workspace.label + (workspace.isDirty ? " (unsaved changes)" : ""))
      io.print(lines: workspace.document.overview(unitLineage: try session.referenceData().lineage))
    })
}
