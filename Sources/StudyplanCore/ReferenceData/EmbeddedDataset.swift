import Crypto

/// One dataset in the project's own compact text format, with its version label and hash.
///
/// The format is a header line, then one row per line, fields separated by `|`; an empty field
/// means "unknown". The embedded datasets are written by `Scripts/convert_reference_data.py`
/// into Swift source, so the binary carries them and works from any directory.
public struct EmbeddedDataset: Sendable, Equatable {
  /// A short stable id, e.g. `kommuner-2019`.
  public let id: String
  /// The version label shown wherever the data is used, e.g. "SSB centrality, 2018 version".
  public let label: String
  /// Where the facts come from, in one line.
  public let source: String
  /// The SHA-256 the converter computed when it wrote the text.
  public let recordedSHA256: String
  /// The dataset text; tests corrupt copies of it.
  public var text: String

  /// Creates a dataset from its parts.
  public init(id: String, label: String, source: String, recordedSHA256: String, text: String) {
    self.id = id
    self.label = label
    self.source = source
    self.recordedSHA256 = recordedSHA256
    self.text = text
  }

  /// The hex SHA-256 of the text as it is now (its UTF-8 bytes).
  public var sha256: String { DataHash.sha256Hex(of: text) }

  /// The version record a protocol keeps: id, label and content hash.
  public var version: DatasetVersion {
    DatasetVersion(id: id, label: label, sha256: sha256)
  }
}

/// Which data a frame or a sample was built from: a dataset's id, label and content hash.
public struct DatasetVersion: Codable, Hashable, Sendable {
  /// The dataset id, e.g. `sentralitet-2020` or `import-klass-1a2b3c4d`.
  public var id: String
  /// The version label, e.g. "SSB centrality, 2018 version (2017 index), KLASS 128".
  public var label: String
  /// The hex SHA-256 of the dataset's bytes.
  public var sha256: String

  /// Creates a version record.
  public init(id: String, label: String, sha256: String) {
    self.id = id
    self.label = label
    self.sha256 = sha256
  }
}

/// Hex SHA-256 digests of texts and bytes.
public enum DataHash {
  /// The lowercase hex SHA-256 of the UTF-8 bytes of `text`.
  public static func sha256Hex(of text: String) -> String {
    hex(SHA256.hash(data: Array(text.utf8)))
  }

  /// The lowercase hex SHA-256 of `bytes`.
  public static func sha256Hex(of bytes: [UInt8]) -> String {
    hex(SHA256.hash(data: bytes))
  }

  static func hex(_ digest: SHA256.Digest) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(64)
    for byte in digest {
      out.append(digits[Int(byte >> 4)])
      out.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: out, as: UTF8.self)
  }
}
