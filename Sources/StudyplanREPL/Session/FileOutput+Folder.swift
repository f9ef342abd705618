import Foundation
import StudyplanCore

extension FileOutput {
  /// The name part of the hidden folder a package is staged in beside its target; the writer's
  /// process id follows it, so a folder left by a killed export can be told from one being
  /// written.
  static let stagingMarker = ".studyplan-partial-"

  /// Writes `files` (paths relative to the folder) as the folder `path` (relative to
  /// `directory`). A new folder is written whole or not at all: staged in a hidden folder beside
  /// it and renamed into place.
  ///
  /// With `force`, an existing folder is written into only when it is empty or a package
  /// studyplan wrote (its `SHA256SUMS` lists its files). Then only the files that package
  /// listed are replaced or removed; anything else in the folder stays. Never the working
  /// folder, an ancestor of it, or a folder holding one of `protected` (the store); never a
  /// symbolic link or a special file, with or without `force`.
  static func writeFolder(
    _ files: [(path: String, data: Data)], to path: String, in directory: String, force: Bool,
    protecting protected: [String] = []
  ) throws -> String {
    let url = resolve(path, in: directory).standardizedFileURL
    let parent = url.deletingLastPathComponent()
    removeStaleStaging(in: parent.path)
    var info = stat()
    guard lstat(url.path, &info) == 0 else {
      guard errno == ENOENT else {
        throw StudyplanError.cannotWrite(path: path, reason: describe(errno))
      }
      try createFolder(files, at: url, shownAs: path)
      return url.path
    }
    switch info.st_mode & S_IFMT {
    case S_IFDIR: break
    case S_IFLNK:
      throw StudyplanError.refusedTarget(
        path: path, reason: "it is a symbolic link; give the folder it points to")
    case S_IFREG:
      throw StudyplanError.cannotWrite(path: path, reason: "it is a file, not a folder")
    default:
      throw StudyplanError.refusedTarget(
        path: path, reason: "it is a device or a pipe, not a folder")
    }
    guard force else { throw StudyplanError.fileExists(path: path) }
    try refuseProtected(url, shownAs: path, directory: directory, protected: protected)
    let listed = try packageListing(in: url, shownAs: path)
    try replacePackage(files, in: url, replacing: listed, shownAs: path)
    return url.path
  }

  /// A new folder: staged beside its target, then renamed into place.
  private static func createFolder(
    _ files: [(path: String, data: Data)], at url: URL, shownAs path: String
  ) throws {
    let manager = FileManager.default
    let parent = url.deletingLastPathComponent()
    guard manager.fileExists(atPath: parent.path) else {
      throw StudyplanError.cannotWrite(path: path, reason: "its folder does not exist")
    }
    let staging = parent.appendingPathComponent(
      ".\(url.lastPathComponent)\(stagingMarker)\(getpid())")
    try? manager.removeItem(at: staging)
    do {
      try manager.createDirectory(at: staging, withIntermediateDirectories: false)
      for file in files {
        let target = staging.appendingPathComponent(file.path)
        try manager.createDirectory(
          at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try file.data.write(to: target)
      }
      guard rename(staging.path, url.path) == 0 else {
        throw StudyplanError.cannotWrite(path: path, reason: describe(errno))
      }
    } catch {
      try? manager.removeItem(at: staging)
      if let error = error as? StudyplanError { throw error }
      throw StudyplanError.cannotWrite(path: path, reason: "permission denied or disk full")
    }
  }

  /// Refuses the working folder, a folder holding it, and a folder holding a protected file.
  private static func refuseProtected(
    _ url: URL, shownAs path: String, directory: String, protected: [String]
  ) throws {
    let target = realPath(url.path)
    let within = { (inner: String) in inner == target || inner.hasPrefix(target + "/") }
    if target == "/" || within(realPath(directory)) {
      throw StudyplanError.refusedTarget(
        path: path, reason: "it is the working folder or holds it; give a folder of its own")
    }
    for file in protected {
      let folder = realPath((file as NSString).deletingLastPathComponent)
      if within(folder) {
        throw StudyplanError.refusedTarget(
          path: path, reason: "it holds the protocol store '\(file)'; give a folder of its own")
      }
    }
  }

  /// `path` with links resolved, as far as it exists.
  private static func realPath(_ path: String) -> String {
    URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
  }
}
