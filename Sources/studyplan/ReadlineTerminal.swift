@preconcurrency import CReadline
import Foundation
import StudyplanREPL

/// The terminal for a person: GNU readline with history, Tab completion and Ctrl-C handling.
final class ReadlineTerminal: Terminal {
  let isInteractive = true
  private let historyPath: String?
  private let useColour: Bool
  private let pager: Pager?

  /// Sets readline up: completion from `completer`, history kept at `historyPath`; long output
  /// goes through `pager` when there is one.
  init(historyPath: String?, completer: Completer, pager: Pager? = nil) {
    self.historyPath = historyPath
    self.pager = pager
    useColour = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    ReadlineBridge.completer = completer
    rl_readline_name = UnsafePointer(strdup("studyplan"))
    rl_attempted_completion_function = attemptCompletion
    // A comma ends a word too, so each item of a list (`--strata centrality,reform`) completes.
    rl_basic_word_break_characters = UnsafePointer(strdup(" \t\n\"',"))
    signal(SIGINT, interruptLine)
    loadHistory()
  }

  func readLine(prompt: String) -> String? {
    ReadlineBridge.hint = nil
    return readLine(prompt: prompt, addsToHistory: true)
  }

  /// Reads an answer to a question; Tab offers candidates of `completing` only, and the answer
  /// stays out of the command history; Ctrl-C cancels it.
  func readLine(prompt: String, completing: ArgumentKind) -> String? {
    ReadlineBridge.hint = completing
    defer { ReadlineBridge.hint = nil }
    return readAnswer(prompt: prompt)
  }

  /// Reads an answer (y/N, a wizard's question): kept out of the command history, and Ctrl-C
  /// cancels it (`nil`, as Ctrl-D does) instead of asking again.
  func readAnswer(prompt: String) -> String? {
    // While an answer is read, Ctrl-C only raises a flag (no SA_RESTART, so the read is
    // interrupted) and readline's own signal handling is off; `answerKey` then ends the line.
    var cancel = sigaction()
    cancel.__sigaction_handler.sa_handler = cancelAnswer
    sigemptyset(&cancel.sa_mask)
    var previous = sigaction()
    sigaction(SIGINT, &cancel, &previous)
    let catchesSignals = rl_catch_signals
    let getKey = rl_getc_function
    rl_catch_signals = 0
    rl_getc_function = answerKey
    ReadlineBridge.cancelled = 0
    defer {
      rl_getc_function = getKey
      rl_catch_signals = catchesSignals
      sigaction(SIGINT, &previous, nil)
    }
    let line = readLine(prompt: prompt, addsToHistory: false)
    return ReadlineBridge.cancelled != 0 ? nil : line
  }

  private func readLine(prompt: String, addsToHistory: Bool) -> String? {
    guard let raw = readline(prompt) else {
      write("\n")
      return nil
    }
    defer { free(raw) }
    let line = String(cString: raw)
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    // A line that starts with a space stays out of the history (bash's HISTCONTROL=ignorespace).
    if addsToHistory, !trimmed.isEmpty, !line.hasPrefix(" ") {
      add_history(trimmed)
      if let historyPath { append_history(1, historyPath) }
    }
    return line
  }

  func write(_ text: String) {
    StandardStreams.out(text)
  }

  func page(_ text: String) {
    if let pager, pager.show(text) { return }
    write(text)
  }

  func writeError(_ text: String) {
    guard useColour else {
      StandardStreams.error(text)
      return
    }
    var coloured = text
    if coloured.hasPrefix("error:") {
      coloured = "\u{1B}[1;31merror:\u{1B}[0m" + coloured.dropFirst("error:".count)
    } else if coloured.hasPrefix("warning:") {
      coloured = "\u{1B}[1;33mwarning:\u{1B}[0m" + coloured.dropFirst("warning:".count)
    }
    StandardStreams.error(coloured)
  }

  /// Keeps the history file to its last 1000 lines.
  func close() {
    guard let historyPath else { return }
    history_truncate_file(historyPath, 1000)
  }

  private func loadHistory() {
    guard let historyPath else { return }
    let folder = URL(fileURLWithPath: historyPath).deletingLastPathComponent()
    try? FileManager.default.createDirectory(
      at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    // append_history does not create the file: create it now so a killed session keeps its lines.
    if read_history(historyPath) != 0 {
      _ = FileManager.default.createFile(
        atPath: historyPath, contents: nil, attributes: [.posixPermissions: 0o600])
    }
  }
}

/// readline calls back through C function pointers, which cannot capture: their state lives here.
enum ReadlineBridge {
  // Sound: readline calls back on the thread that called readline(), the REPL's only thread.
  nonisolated(unsafe) static var completer: Completer?
  /// What the question being answered asks for; `nil` while a command is typed.
  nonisolated(unsafe) static var hint: ArgumentKind?
  nonisolated(unsafe) static var matches: [String] = []
  nonisolated(unsafe) static var matchIndex = 0
  /// Set by Ctrl-C while an answer is read.
  nonisolated(unsafe) static var cancelled: sig_atomic_t = 0
}

/// Ctrl-C while an answer is read: only raises the flag (async-signal-safe).
private func cancelAnswer(_ signal: Int32) {
  ReadlineBridge.cancelled = 1
}

/// readline's key reader while an answer is read: a read interrupted by Ctrl-C clears the line
/// and ends it as end of input would, so readline returns with nothing.
private func answerKey(_ stream: UnsafeMutablePointer<FILE>?) -> Int32 {
  let descriptor = stream.map { fileno($0) } ?? STDIN_FILENO
  while true {
    var byte: UInt8 = 0
    let count = Foundation.read(descriptor, &byte, 1)
    if count == 1 { return Int32(byte) }
    if count < 0, errno == EINTR {
      guard ReadlineBridge.cancelled != 0 else { continue }
      rl_replace_line("", 0)
      return EOF
    }
    return EOF
  }
}

/// Tab: offers the candidates the completer computes for the word being typed.
private func attemptCompletion(
  _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
  guard let completer = ReadlineBridge.completer, let text, let buffer = rl_line_buffer else {
    return nil
  }
  let line = String(cString: buffer)
  let before = String(decoding: line.utf8.prefix(Int(start)), as: UTF8.self)
  let prefix = String(cString: text)
  if let hint = ReadlineBridge.hint {
    rl_attempted_completion_over = 1
    ReadlineBridge.matches = completer.candidates(for: hint, prefix: prefix)
    ReadlineBridge.matchIndex = 0
    return rl_completion_matches(text, nextMatch)
  }
  // Paths fall back to readline's own file-name completion.
  if completer.kind(before: before + prefix) == .path { return nil }
  rl_attempted_completion_over = 1
  ReadlineBridge.matches = completer.candidates(before: before + prefix, prefix: prefix)
  ReadlineBridge.matchIndex = 0
  return rl_completion_matches(text, nextMatch)
}

/// Hands readline one candidate per call, each in memory readline frees.
private func nextMatch(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<
  CChar
>? {
  if state == 0 { ReadlineBridge.matchIndex = 0 }
  guard ReadlineBridge.matchIndex < ReadlineBridge.matches.count else { return nil }
  defer { ReadlineBridge.matchIndex += 1 }
  return strdup(ReadlineBridge.matches[ReadlineBridge.matchIndex])
}

/// Ctrl-C: drops the line being typed and shows a fresh prompt.
private func interruptLine(_ signal: Int32) {
  // readline has echoed ^C already: move to a fresh line and drop what was typed.
  _ = Foundation.write(STDOUT_FILENO, "\n", 1)
  rl_on_new_line()
  rl_replace_line("", 0)
  rl_redisplay()
}
