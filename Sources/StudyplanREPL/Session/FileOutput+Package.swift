import Foundation
import StudyplanCore

extension FileOutput {
  /// The files an existing package folder lists in its `SHA256SUMS`: the files `--force` may
  /// replace or remove. Empty for an empty folder. A folder with other things in it and no
  /// manifest that reads as studyplan's is refused: it is not ours to empty.
  static func packageListing(in url: URL, shownAs path: String) throws -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    if names.isEmpty { return [] }
    let notOurs = StudyplanError.refusedTarget(
      path: path,
      reason: "it is a folder that is not a studyplan package (no SHA256SUMS lists its files);"
        + " give a new or empty folder")
    let manifest = url.appendingPathComponent(StudyPackage.manifestName)
    var info = stat()
    guard lstat(manifest.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
      info.st_size <= 1 << 20,
      let text = try? String(contentsOf: manifest, encoding: .utf8),
      let listed = parseManifest(text), listed.contains(StudyPackage.readmeName)
    else { throw notOurs }
    return listed
  }

  /// The paths `sha256sum` lines name, or `nil` when a line is not one or names a path outside
  /// the folder (absolute, `..`, empty parts).
  static func parseManifest(_ text: String) -> [String]? {
    var paths: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
      let hash = line.prefix(64)
      guard hash.count == 64, hash.allSatisfy(\.isHexDigit) else { return nil }
      let rest = line.dropFirst(64)
      guard rest.hasPrefix("  ") || rest.hasPrefix(" *") else { return nil }
      let file = String(rest.dropFirst(2))
      let parts = file.split(separator: "/", omittingEmptySubsequences: false)
      guard !file.hasPrefix("/"),
        parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }),
        !file.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\\" })
      else { return nil }
      paths.append(file)
    }
    return paths
  }

  /// Writes a package into an existing folder: every new file staged beside its place first
  /// (a failure leaves the folder as it was), then each renamed into place with `SHA256SUMS`
  /// last, then the old package's files the new one no longer has removed.
  static func replacePackage(
    _ files: [(path: String, data: Data)], in url: URL, replacing listed: [String],
    shownAs path: String
  ) throws {
    for file in files.map(\.path) + listed {
      try checkInside(url, file, shownAs: path)
    }
    var prepared: [PreparedFile] = []
    do {
      for file in files {
        let target = url.appendingPathComponent(file.path)
        try FileManager.default.createDirectory(
          at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        prepared.append(try prepare(file.data, for: target, shownAs: path))
      }
    } catch {
      prepared.forEach(discard)
      throw error
    }
    for file in prepared { try commit(file, shownAs: path) }
    let kept = Set(files.map(\.path))
    for old in listed where !kept.contains(old) {
      unlink(url.appendingPathComponent(old).path)
      // A sub-folder the old package had (figures/) goes when it is left empty.
      var folder = (old as NSString).deletingLastPathComponent
      while !folder.isEmpty {
        rmdir(url.appendingPathComponent(folder).path)
        folder = (folder as NSString).deletingLastPathComponent
      }
    }
  }

  /// Refuses a package path whose file, or a folder on the way to it, is a link or a special
  /// file: writing through it would reach outside the package.
  private static func checkInside(_ url: URL, _ file: String, shownAs path: String) throws {
    let parts = file.split(separator: "/").map(String.init)
    var current = url
    for (index, part) in parts.enumerated() {
      current.appendPathComponent(part)
      var info = stat()
      guard lstat(current.path, &info) == 0 else { return }
      let isLast = index == parts.count - 1
      let kind = info.st_mode & S_IFMT
      guard kind == (isLast ? S_IFREG : S_IFDIR) else {
        throw StudyplanError.refusedTarget(
          path: path,
          reason: "its '\(parts[...index].joined(separator: "/"))' is a link or not a plain"
            + " \(isLast ? "file" : "folder")")
      }
    }
  }

  /// Removes staging folders of package exports in `folder` whose writer is no longer running.
  static func removeStaleStaging(in folder: String) {
    for name in staleStaging(in: folder) {
      try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
    }
  }

  /// The names of staging folders in `folder` left by package exports that stopped: the
  /// writer's process is gone, or (older studyplans named them `.DIR.partial-UUID` and
  /// `.DIR.replaced-UUID`) the folder is over an hour old.
  static func staleStaging(in folder: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { name in
      guard name.hasPrefix(".") else { return false }
      var info = stat()
      let path = (folder as NSString).appendingPathComponent(name)
      guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return false }
      if let range = name.range(of: stagingMarker, options: .backwards) {
        guard let pid = Int32(name[range.upperBound...]) else { return false }
        return kill(pid, 0) != 0 && errno == ESRCH
      }
      let legacy =
        #"\.(partial|replaced)-[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$"#
      guard name.range(of: legacy, options: .regularExpression) != nil else { return false }
      return Date().timeIntervalSince1970 - Double(info.st_mtim.tv_sec) > 3600
    }
  }
}
