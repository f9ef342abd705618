import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs fuzz work on a worker thread and notices when one item takes too long.
///
/// A hung item cannot be stopped in-process: the watchdog reports its index and gives up on the
/// thread, so the run can print the input that hung and fail.
public final class Watchdog: @unchecked Sendable {
  private let lock = NSLock()
  private var current: (index: Int, since: Date)?
  private var isDone = false

  private init() {}

  /// Marks the start of item `index`.
  public func begin(_ index: Int) {
    lock.lock()
    current = (index, Date())
    lock.unlock()
    CrashBreadcrumb.item = index
  }

  /// Marks the end of the current item.
  public func end() {
    lock.lock()
    current = nil
    lock.unlock()
  }

  private func finish() {
    lock.lock()
    isDone = true
    lock.unlock()
  }

  /// Runs `body` on a thread with the main thread's stack size (8 MiB); returns `nil` when it
  /// finished, or the index of the item that ran longer than `timeout` seconds.
  public static func run(timeout: Double, _ body: @escaping @Sendable (Watchdog) -> Void) -> Int? {
    let watchdog = Watchdog()
    let thread = Thread {
      // A stack overflow must still reach a crash handler: give it a stack of its own.
      let size = 1 << 16
      var alternate = stack_t(
        ss_sp: UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16), ss_flags: 0,
        ss_size: size)
      sigaltstack(&alternate, nil)
      body(watchdog)
      watchdog.finish()
    }
    thread.stackSize = 8 << 20
    thread.start()
    while true {
      usleep(20_000)
      watchdog.lock.lock()
      let (done, current) = (watchdog.isDone, watchdog.current)
      watchdog.lock.unlock()
      if done { return nil }
      if let current, Date().timeIntervalSince(current.since) > timeout { return current.index }
    }
  }
}

/// What the fuzzer is doing now, for a crash handler to print before the process dies.
///
/// Plain integers, read from a signal handler without allocating.
public enum CrashBreadcrumb {
  /// The run's seed.
  nonisolated(unsafe) public static var seed: UInt64 = 0
  /// 1 = command lines, 2 = import files.
  nonisolated(unsafe) public static var phase: Int = 0
  /// The index of the input being run.
  nonisolated(unsafe) public static var item: Int = -1
}
