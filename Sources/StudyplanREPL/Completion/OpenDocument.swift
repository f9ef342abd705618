import Foundation
import StudyplanCore

/// The protocol open in the session, kept where Tab completion can read it between commands.
///
/// The REPL owns the session; it sets ``document`` before each line
/// (``REPL/sessionDidChange``) and ``CompletionSource/live(store:document:)`` reads it.
public final class OpenDocument: @unchecked Sendable {
  // Sound: every access holds the lock.
  private let lock = NSLock()
  private var stored: StudyProtocol?

  public init() {}

  /// The open protocol, or `nil` when none is open.
  public var document: StudyProtocol? {
    get { lock.withLock { stored } }
    set { lock.withLock { stored = newValue } }
  }
}
