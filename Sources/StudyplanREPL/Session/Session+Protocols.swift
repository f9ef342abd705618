import StudyplanCore

extension Session {
  /// Makes sure switching away from the open protocol loses nothing.
  ///
  /// With unsaved changes a person is asked; a script fails unless `discarding` is set.
  mutating func ensureNothingUnsaved(_ io: CommandIO, discarding: Bool = false) throws {
    guard let workspace, workspace.isDirty, !discarding else { return }
    let title = workspace.document.title
    guard io.isInteractive, io.confirm("'\(title)' has unsaved changes. Drop them?") else {
      throw CommandFailure(.unsavedChanges(title: title))
    }
  }

  /// The store, opened on first use.
  func store() throws -> any StudyplanStore { try environment.store.store() }

  /// The id a command means: the given word, or the open protocol's when none is given.
  func protocolID(_ word: Word?, for command: String) throws -> String {
    if let word { return try ProtocolID.parseReference(word.text).id }
    guard let id = workspace?.id else {
      if workspace != nil {
        throw CommandFailure(
          .invalidValue("new", for: "protocol", expected: "a saved protocol; 'save' first"))
      }
      throw CommandFailure(.noCurrentProtocol(command: command))
    }
    return id
  }
}
