import Foundation
import StudyplanCore

extension CommandTable {
  /// `doctor`: checks the store and the files around it, one line per check.
  static let doctorCommand = CommandSpec(
    name: "doctor",
    summary: "Check the store: integrity, permissions, schema, kept drafts, temporary files",
    discussion: """
      One line per check, 'ok' or 'problem'. Fails (exit 1, or 3 when the store cannot be \
      opened) when any check finds a problem. Reads only: it never changes the store. Run it \
      after a crash, a full disk or a copy from another machine.
      """,
    examples: ["doctor"],
    run: { _, session, io in
      var problems = 0
      func line(_ ok: Bool, _ check: String, _ text: String) -> Int {
        io.print(
          "\(ok ? "ok     " : "problem") \(check.padding(toLength: 12, withPad: " ", startingAt: 0)) \(text)"
        )
        return ok ? 0 : 1
      }
      let path = session.environment.store.path
      io.print("store   \(session.environment.store.location)")
      if let path {
        // doctor only reads: a store that is not there is reported, never made.
        guard session.environment.store.exists else {
          problems += line(false, "open", "there is no store at '\(path)'; nothing to check")
          throw CommandFailure(.doctorFoundProblems(problems, storage: true))
        }
        problems += line(permissionsAreTight(path), "permissions", describePermissions(path))
        let foreign = foreignCompanions(path)
        problems += line(
          foreign.isEmpty, "companions",
          foreign.isEmpty
            ? "no -wal or -shm file of another user's"
            : foreign.joined(separator: ", ")
              + " belong to another user, who read the store; until they are removed (with the"
              + " store closed everywhere) or given back with chown, it cannot be written")
      }
      let store: any StudyplanStore
      do {
        store = try session.store()
      } catch {
        problems += line(false, "open", ErrorReport(error).message)
        throw CommandFailure(.doctorFoundProblems(problems, storage: true))
      }
      let health: StoreHealth
      do {
        health = try store.health()
      } catch {
        problems += line(false, "integrity", ErrorReport(error).message)
        throw CommandFailure(.doctorFoundProblems(problems, storage: true))
      }
      let sound = health.integrity == ["ok"]
      problems += line(
        sound, "integrity",
        "\(health.integrityCheckName): " + health.integrity.prefix(3).joined(separator: "; "))
      let current =
        health.appliedMigrations == health.knownMigrations
        && health.userVersion <= health.knownMigrations
      problems += line(
        current, "schema",
        "\(health.appliedMigrations) of \(health.knownMigrations) migrations applied"
          + " (\(health.schemaVersionName) \(health.userVersion))")
      if let search = health.search { problems += line(search.ok, "search", search.text) }
      for extra in health.extraChecks {
        problems += line(extra.check.ok, extra.name, extra.check.text)
      }
      let stopped = health.draftSlots.filter { !REPL.isKeptByLiveSession(slot: $0) }
      let broken = health.unreadableDrafts + health.orphanedDrafts
      problems += line(
        broken.isEmpty, "drafts",
        broken.isEmpty
          ? "\(health.draftSlots.count) kept (\(stopped.count) from sessions no longer running;"
            + " the next session offers them back)"
          : "\(health.unreadableDrafts.count) unreadable, \(health.orphanedDrafts.count) of"
            + " deleted protocols: \(broken.prefix(3).joined(separator: ", "))")
      var folders = [session.environment.workingDirectory]
      if let path { folders.append((path as NSString).deletingLastPathComponent) }
      let temporaries = Set(folders).sorted().flatMap { folder in
        (FileOutput.staleTemporaries(in: folder) + FileOutput.staleStaging(in: folder)).map {
          (folder as NSString).appendingPathComponent($0)
        }
      }
      problems += line(
        temporaries.isEmpty, "temp files",
        temporaries.isEmpty
          ? "no export left half-written"
          : "\(temporaries.count) left by a stopped export (safe to delete; the next export"
            + " there removes them): " + temporaries.prefix(3).joined(separator: ", "))
      if problems > 0 { throw CommandFailure(.doctorFoundProblems(problems, storage: false)) }
    })

  /// The store's `-wal` and `-shm` files that belong to someone other than the store's owner.
  private static func foreignCompanions(_ path: String) -> [String] {
    var store = stat()
    guard stat(path, &store) == 0 else { return [] }
    return ["-wal", "-shm"].compactMap { suffix in
      var info = stat()
      let companion = path + suffix
      guard lstat(companion, &info) == 0, info.st_uid != store.st_uid else { return nil }
      return "'\((companion as NSString).lastPathComponent)' (uid \(info.st_uid))"
    }
  }

  /// Whether only the owner may read the store (mode 0600 or tighter).
  private static func permissionsAreTight(_ path: String) -> Bool {
    var info = stat()
    guard stat(path, &info) == 0 else { return true }
    return info.st_mode & 0o077 == 0
  }

  private static func describePermissions(_ path: String) -> String {
    var info = stat()
    guard stat(path, &info) == 0 else { return "the store does not exist yet" }
    let mode = "0" + String(Int(info.st_mode & 0o777), radix: 8)
    let owner = info.st_uid == geteuid() ? "yours" : "another user's"
    let writable = access(path, W_OK) == 0 ? "" : ", read-only for you"
    return info.st_mode & 0o077 == 0
      ? "mode \(mode), \(owner)\(writable)"
      : "mode \(mode): other users can read it; 'chmod 600 \(path)' (studyplan does it when it"
        + " opens a store of yours)"
  }
}
