import Foundation
import ZIPFoundation

/// Zips files in memory so that the same files give the same bytes on every run.
///
/// Entries go in the order given, each with the fixed timestamp DOCX files use
/// (`DocxRenderer.fixedTimestamp`) and the same permissions, so nothing of the machine or the
/// clock ends up in the archive.
public enum DeterministicZip {
  /// One file of an archive: its path inside the archive (`/`-separated) and its bytes.
  public struct Entry: Equatable, Sendable {
    public var path: String
    public var data: Data

    public init(path: String, data: Data) {
      self.path = path
      self.data = data
    }
  }

  /// The archive of `entries`, deflated.
  public static func archive(_ entries: [Entry]) throws(StudyplanError) -> Data {
    do {
      let archive = try Archive(accessMode: .create)
      for entry in entries {
        let data = entry.data
        try archive.addEntry(
          with: entry.path, type: .file, uncompressedSize: Int64(data.count),
          modificationDate: DocxRenderer.fixedTimestamp, permissions: 0o644,
          compressionMethod: .deflate
        ) { position, size in
          data.subdata(in: Int(position)..<Int(position) + size)
        }
      }
      guard let bytes = archive.data else {
        throw StudyplanError.archiveFailed(reason: "the archive produced no data")
      }
      return bytes
    } catch let error as StudyplanError {
      throw error
    } catch {
      throw .archiveFailed(reason: String(describing: error))
    }
  }
}
