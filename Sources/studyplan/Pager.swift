@preconcurrency import CReadline
import Foundation

/// Shows a listing longer than the screen a page at a time, as psql and git do: through `PAGER`,
/// else `less -FRX` (quits at once when the text fits, keeps colours, leaves the text on screen).
///
/// Only at a terminal: with standard output redirected, or `--no-pager`, text goes straight out.
///
/// The pager is spawned here rather than through Foundation's `Process`, which on Linux starts
/// its child in a process group of its own: at an interactive shell that group is not the
/// terminal's foreground group, so `less` was stopped (SIGTTOU/SIGTTIN) the moment it touched the
/// terminal and the REPL waited for it forever. Spawned here, the pager stays in the REPL's own
/// foreground process group, as git's pager does; the REPL ignores Ctrl-C while it runs (the
/// pager handles it) and restores its own handler afterwards.
struct Pager {
  /// The shell command the text is piped to.
  let command: String

  /// The pager for this run: `nil` when output is no terminal, `--no-pager` was given, `PAGER` is
  /// set empty, or `PAGER` is unset and `less` is not installed.
  static func configured(environment: [String: String], disabled: Bool) -> Pager? {
    guard !disabled, isatty(STDOUT_FILENO) == 1 else { return nil }
    if let value = environment["PAGER"] {
      let command = value.trimmingCharacters(in: .whitespaces)
      return command.isEmpty ? nil : Pager(command: command)
    }
    let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    guard folders.contains(where: { FileManager.default.isExecutableFile(atPath: "\($0)/less") })
    else { return nil }
    return Pager(command: "less -FRX")
  }

  /// Pipes `text` to the pager when it has more lines than the screen and waits for the pager
  /// to end; `false` when the text is short or the pager did not end well (it could not start,
  /// exited with a status other than 0, or was killed): the caller then writes the text itself,
  /// so a listing is never swallowed.
  func show(_ text: String) -> Bool {
    var rows: Int32 = 0
    var columns: Int32 = 0
    rl_get_screen_size(&rows, &columns)
    let height = rows > 1 ? Int(rows) : 24
    let lineCount = text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    guard lineCount >= height - 1 else { return false }
    // A pager that quits before reading everything (q in less) closes the pipe: no SIGPIPE.
    signal(SIGPIPE, SIG_IGN)
    // Ctrl-C while the pager runs is the pager's: the REPL neither redraws its prompt over the
    // pager's screen nor dies. The REPL's own handler comes back once the pager has ended.
    var ignore = sigaction()
    ignore.__sigaction_handler.sa_handler = SIG_IGN
    sigemptyset(&ignore.sa_mask)
    var previous = sigaction()
    sigaction(SIGINT, &ignore, &previous)
    defer { sigaction(SIGINT, &previous, nil) }
    guard let child = PagerProcess(command: command) else { return false }
    child.write(text)
    return child.wait() == 0
  }
}

/// The pager's process: `/bin/sh -c COMMAND` reading a pipe, in the REPL's process group, with
/// the signals the REPL ignores or catches set back to their defaults.
private struct PagerProcess {
  let pid: pid_t
  let input: Int32

  /// Starts the pager; `nil` when it cannot be started (no pipe, no `/bin/sh`).
  init?(command: String) {
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { return nil }
    let (readEnd, writeEnd) = (ends[0], ends[1])
    // The REPL's end must not leak into the pager, or the pager never sees end of input.
    _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, readEnd, STDIN_FILENO)
    posix_spawn_file_actions_addclose(&actions, readEnd)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // No POSIX_SPAWN_SETPGROUP: the pager shares the REPL's foreground process group, so the
    // terminal lets it read keys and set its modes. Signals start unblocked and at their
    // defaults (SIGPIPE and SIGINT are ignored by the REPL, and an ignored signal would carry
    // over into the pager).
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGQUIT, SIGPIPE, SIGTSTP, SIGTTIN, SIGTTOU, SIGCHLD, SIGWINCH] {
      sigaddset(&defaults, signal)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let words: [String] = ["/bin/sh", "-c", command]
    let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var child: pid_t = 0
    let started = posix_spawn(&child, "/bin/sh", &actions, &attributes, argv, environ)
    close(readEnd)
    guard started == 0 else {
      close(writeEnd)
      return nil
    }
    pid = child
    input = writeEnd
  }

  /// Writes `text` to the pager's input and closes it; stops early when the pager has quit.
  func write(_ text: String) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { Glibc.write(input, $0.baseAddress, $0.count) }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { break }
      bytes = bytes.dropFirst(written)
    }
    close(input)
  }

  /// Waits for the pager to end; its exit status, or `nil` when a signal ended it.
  func wait() -> Int32? {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      guard errno == EINTR else { return nil }
    }
    let signalled = (status & 0x7F) != 0
    return signalled ? nil : (status >> 8) & 0xFF
  }
}
