import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the built binary on a pseudo-terminal, so readline edits, completes and keeps history
/// exactly as it does for a person.
///
/// The child is started with `posix_spawn` in a new session and opens the pty's other end as its
/// controlling terminal (no `fork` in a multi-threaded test process).
public final class PseudoTerminal {
  private let master: Int32
  private let pid: pid_t
  /// Everything the program has written so far, with ANSI escapes removed.
  public private(set) var screen = ""

  /// Starts `path` with `arguments` and `environment` on a new pseudo-terminal.
  public init(path: String, arguments: [String], environment: [String: String]) throws {
    let pty = try PTYFunctions()
    master = pty.openpt(O_RDWR | O_NOCTTY)
    guard master >= 0, pty.grantpt(master) == 0, pty.unlockpt(master) == 0,
      let name = pty.ptsname(master)
    else { throw PseudoTerminalError.cannotOpen }
    let slavePath = String(cString: name)

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addclose(&actions, master)
    posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // POSIX_SPAWN_SETSID (glibc's 0x80): the child leads a new session, so the pty it opens first
    // becomes its controlling terminal. The test runner may block or ignore SIGINT; the child
    // starts with an empty signal mask and default dispositions so Ctrl-C reaches it.
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGINT)
    sigaddset(&defaults, SIGQUIT)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(
      &attributes, Int16(0x80 | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var child: pid_t = 0
    guard posix_spawn(&child, path, &actions, &attributes, argv, envp) == 0 else {
      close(master)
      throw PseudoTerminalError.cannotStart
    }
    pid = child
    let flags = fcntl(master, F_GETFL)
    _ = fcntl(master, F_SETFL, flags | O_NONBLOCK)
  }

  deinit {
    kill(pid, SIGKILL)
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    close(master)
  }

  /// Sets the terminal's size, as a terminal window does when it opens or is resized.
  public func resize(rows: UInt16, columns: UInt16) {
    var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
  }

  /// Types `text` as keystrokes.
  public func type(_ text: String) {
    _ = text.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) }
  }

  /// Waits until the screen, from `offset` on, contains `text`; returns whether it did in time.
  @discardableResult
  public func waitFor(_ text: String, after offset: String.Index? = nil, timeout: Double = 20)
    -> Bool
  {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      drain()
      let start = offset ?? screen.startIndex
      if screen[start...].contains(text) { return true }
      usleep(20_000)
    }
    return false
  }

  /// Waits for the program to end and returns its exit status, or `nil` after `timeout`.
  public func waitForExit(timeout: Double = 20) -> Int32? {
    let deadline = Date().addingTimeInterval(timeout)
    var status: Int32 = 0
    while Date() < deadline {
      drain()
      if waitpid(pid, &status, WNOHANG) == pid { return (status >> 8) & 0xFF }
      usleep(20_000)
    }
    return nil
  }

  private func drain() {
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = read(master, &buffer, buffer.count)
      guard count > 0 else { return }
      screen += Self.stripANSI(String(decoding: buffer[0..<count], as: UTF8.self))
    }
  }

  /// Removes escape sequences (colours, bracketed paste, cursor moves) and carriage returns.
  static func stripANSI(_ text: String) -> String {
    text.replacingOccurrences(
      of: "\u{1B}(\\[[0-9;?]*[A-Za-z]|[()][A-Za-z0-9]|[=>])", with: "", options: .regularExpression
    ).replacingOccurrences(of: "\r", with: "")
  }
}

/// The pty functions glibc declares only under `_XOPEN_SOURCE`, which Swift's Glibc module does not
/// set: looked up at run time instead.
private struct PTYFunctions {
  typealias IntFunction = @convention(c) (Int32) -> Int32
  typealias NameFunction = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
  let openpt: IntFunction
  let grantpt: IntFunction
  let unlockpt: IntFunction
  let ptsname: NameFunction

  init() throws {
    let handle = dlopen(nil, RTLD_NOW)
    func symbol<T>(_ name: String, as type: T.Type) throws -> T {
      guard let pointer = dlsym(handle, name) else { throw PseudoTerminalError.cannotOpen }
      return unsafeBitCast(pointer, to: type)
    }
    openpt = try symbol("posix_openpt", as: IntFunction.self)
    grantpt = try symbol("grantpt", as: IntFunction.self)
    unlockpt = try symbol("unlockpt", as: IntFunction.self)
    ptsname = try symbol("ptsname", as: NameFunction.self)
  }
}

/// Why a pseudo-terminal session could not start.
public enum PseudoTerminalError: Error {
  case cannotOpen
  case cannotStart
}

extension PseudoTerminal {
  /// An interactive bash (no start-up files, prompt `shell$ `) on a new pseudo-terminal of 24
  /// rows and 80 columns, with its home in `home` and no `PAGER`: the way a person starts
  /// studyplan. Type `shellCommand(home:)` at its prompt to start the built binary.
  public static func shell(home: URL, environment: [String: String] = [:]) throws
    -> PseudoTerminal
  {
    var env = [
      "HOME": home.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path,
      "TERM": "xterm", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "PS1": "shell$ ",
    ]
    env.merge(environment) { $1 }
    let terminal = try PseudoTerminal(
      path: "/bin/bash", arguments: ["--norc", "--noprofile", "-i"], environment: env)
    terminal.resize(rows: 24, columns: 80)
    return terminal
  }

  /// The command line that starts the built binary on the store in `home`, for a shell.
  public static func shellCommand(home: URL, arguments: [String] = []) -> String {
    ([BuiltBinary.path, "--db", home.appendingPathComponent("t.sqlite").path] + arguments)
      .map { "'\($0)'" }.joined(separator: " ")
  }

  /// The built `studyplan` on a new pseudo-terminal, with its store, history and home in `home`;
  /// `environment` is added to a minimal one; `arguments` follow `--db`. `PAGER` is `cat`
  /// unless given, so long output reaches the screen as it is.
  public static func studyplan(
    home: URL, arguments: [String] = [], environment: [String: String] = [:]
  ) throws -> PseudoTerminal {
    var env = [
      "HOME": home.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path,
      "TERM": "xterm", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "PAGER": "cat",
    ]
    env.merge(environment) { $1 }
    return try PseudoTerminal(
      path: BuiltBinary.path,
      arguments: ["--db", home.appendingPathComponent("t.sqlite").path] + arguments,
      environment: env)
  }
}
