import Foundation

/// Makes malformed variants of a valid file: truncations, wrong types, deleted keys, huge numbers,
/// deep nesting, invalid UTF-8 and more, deterministically from a seed.
public struct FileMutator: Sendable {
  /// The valid file every variant starts from.
  public var base: Data
  /// The seed every variant is derived from.
  public var seed: UInt64

  public init(base: Data, seed: UInt64) {
    self.base = base
    self.seed = seed
  }

  /// Variant `index` of a JSON file, and the name of the mutations applied.
  public func json(_ index: Int) -> (data: Data, mutation: String) {
    var random = SeededGenerator(seed: seed, item: index)
    var data = base
    var names: [String] = []
    for _ in 0..<random.int(1...3) {
      let (mutated, name) = mutateJSON(data, &random)
      data = mutated
      names.append(name)
    }
    return (data, names.joined(separator: "+"))
  }

  /// Variant `index` of a CSV file, and the name of the mutations applied.
  public func csv(_ index: Int) -> (data: Data, mutation: String) {
    var random = SeededGenerator(seed: seed, item: index)
    var data = base
    var names: [String] = []
    for _ in 0..<random.int(1...3) {
      let (mutated, name) = mutateCSV(data, &random)
      data = mutated
      names.append(name)
    }
    return (data, names.joined(separator: "+"))
  }

  // MARK: - JSON

  private static let rawValues = [
    "null", "true", "0", "-1", "1.5", "1e400", "-1e400", "99999999999999999999999999999",
    "9223372036854775808", "-0", "1E-400", "NaN", "Infinity", "\"\"", "\" \"", "[]", "{}",
    "\"\\ud800\"", "\"\\u0000\"", "\"\\n\"", "[null]", "{\"\": 1}", "\"p1@1\"", "\"1\"", "01", "1.",
    ".5", "+1", "\"" + String(repeating: "x", count: 300) + "\"", "\"\u{202E}\"",
  ]

  private func mutateJSON(_ data: Data, _ random: inout SeededGenerator) -> (Data, String) {
    let tree = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    // Tree mutations need a parseable file; byte mutations work on anything.
    if let tree, random.chance(0.6) {
      let paths = Self.paths(in: tree)
      if !paths.isEmpty {
        let path = random.pick(paths)
        switch random.int(0...5) {
        case 0:
          if let mutated = Self.serialize(Self.removing(path, from: tree)) {
            return (mutated, "delete \(path)")
          }
        case 1:
          return replacingValue(
            at: path, in: tree, with: random.pick(Self.rawValues), name: "value \(path)")
        case 2:
          let depth = random.pick([50, 200, 600, 5_000, 100_000])
          let open = random.chance(0.5) ? "[" : "{\"a\":"
          let close = open == "[" ? "]" : "}"
          let raw =
            String(repeating: open, count: depth) + "1" + String(repeating: close, count: depth)
          return replacingValue(at: path, in: tree, with: raw, name: "nesting \(depth) at \(path)")
        case 3:
          let raw = "\"" + String(repeating: "ø", count: random.int(10_000...2_000_000)) + "\""
          return replacingValue(at: path, in: tree, with: raw, name: "long text at \(path)")
        case 4:
          return replacingValue(
            at: path, in: tree,
            with: "[" + Array(repeating: "{}", count: random.int(1...5_000)).joined(separator: ",")
              + "]",
            name: "array at \(path)")
        default:
          let texts = [
            "\u{FFFD}", "\\u00e6", "\\\\", "\\\"", "\\t", "", "   ", "a\\nb", "\\r",
            String(repeating: "y", count: 201),
          ]
          let raw = "\"" + random.pick(texts) + "\""
          return replacingValue(at: path, in: tree, with: raw, name: "text at \(path)")
        }
      }
    }
    return mutateBytes(data, &random, syntax: .json)
  }

  /// Sets the value at `path` to a placeholder, then swaps the raw text in, so values JSON
  /// libraries refuse to write (1e400, NaN, deep nesting) can be placed anywhere.
  private func replacingValue(at path: String, in tree: Any, with raw: String, name: String)
    -> (Data, String)
  {
    let placeholder = "__studyplan_fuzz_value__"
    guard let replaced = Self.setting(path, to: placeholder, in: tree),
      let data = Self.serialize(replaced)
    else { return (base, name + " (skipped)") }
    let text = String(decoding: data, as: UTF8.self)
      .replacingOccurrences(of: "\"\(placeholder)\"", with: raw)
    return (Data(text.utf8), name)
  }

  static func serialize(_ tree: Any) -> Data? {
    try? JSONSerialization.data(
      withJSONObject: tree, options: [.prettyPrinted, .sortedKeys, .fragmentsAllowed])
  }

  /// Every path in a JSON tree, as `a.b.2.c` (numbers index arrays).
  static func paths(in tree: Any, prefix: String = "") -> [String] {
    var result: [String] = []
    if let object = tree as? [String: Any] {
      for (key, value) in object.sorted(by: { $0.key < $1.key }) {
        let path = prefix.isEmpty ? key : "\(prefix).\(key)"
        result.append(path)
        result += paths(in: value, prefix: path)
      }
    } else if let array = tree as? [Any] {
      for (index, value) in array.enumerated() {
        let path = prefix.isEmpty ? "\(index)" : "\(prefix).\(index)"
        result.append(path)
        result += paths(in: value, prefix: path)
      }
    }
    return result
  }

  static func setting(_ path: String, to value: Any?, in tree: Any) -> Any? {
    let keys = path.split(separator: ".").map(String.init)
    return update(tree, keys[...], value)
  }

  static func removing(_ path: String, from tree: Any) -> Any {
    setting(path, to: nil, in: tree) ?? tree
  }

  private static func update(_ node: Any, _ keys: ArraySlice<String>, _ value: Any?) -> Any? {
    guard let key = keys.first else { return value }
    if var object = node as? [String: Any], let child = object[key] {
      object[key] = update(child, keys.dropFirst(), value)
      return object
    }
    if var array = node as? [Any], let index = Int(key), array.indices.contains(index) {
      if let updated = update(array[index], keys.dropFirst(), value) {
        array[index] = updated
      } else {
        array.remove(at: index)
      }
      return array
    }
    return node
  }

  // MARK: - CSV

  private func mutateCSV(_ data: Data, _ random: inout SeededGenerator) -> (Data, String) {
    var lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
    guard random.chance(0.6), lines.count > 1 else {
      return mutateBytes(data, &random, syntax: .csv)
    }
    let index = random.int(0...(lines.count - 1))
    var fields = lines[index].components(separatedBy: ";")
    let name: String
    switch random.int(0...7) {
    case 0:
      lines.remove(at: index)
      name = "drop line \(index + 1)"
    case 1:
      fields.append(random.pick(["", "x", "1", "\"", "a;b"]))
      name = "extra field on line \(index + 1)"
    case 2:
      if !fields.isEmpty { fields.removeLast() }
      name = "missing field on line \(index + 1)"
    case 3:
      let field = random.int(0...max(0, fields.count - 1))
      if fields.indices.contains(field) {
        fields[field] = random.pick([
          "", "\"", "\"unclosed", "9999", "-1", "00", "x", "0301", "ø", "1e9",
        ])
      }
      name = "field \(field + 1) on line \(index + 1)"
    case 4:
      lines[index] = lines[index].replacingOccurrences(
        of: ";", with: random.pick([",", "\t", ";;", ""]))
      name = "separator on line \(index + 1)"
    case 5:
      lines.insert(
        contentsOf: Array(repeating: lines[index], count: random.int(1...200)), at: index)
      name = "duplicate line \(index + 1)"
    case 6:
      lines[index] = String(repeating: "x;", count: random.int(1_000...50_000))
      name = "long line \(index + 1)"
    default:
      lines = [lines[0]]
      name = "header only"
    }
    if name.hasPrefix("extra") || name.hasPrefix("missing") || name.hasPrefix("field") {
      lines[index] = fields.joined(separator: ";")
    }
    return (Data(lines.joined(separator: "\n").utf8), name)
  }

  // MARK: - Bytes

  enum Syntax { case json, csv }

  private func mutateBytes(_ data: Data, _ random: inout SeededGenerator, syntax: Syntax) -> (
    Data, String
  ) {
    var bytes = [UInt8](data)
    let position = bytes.isEmpty ? 0 : random.int(0...(bytes.count - 1))
    switch random.int(0...9) {
    case 0:
      bytes = Array(bytes.prefix(position))
      return (Data(bytes), "truncated at byte \(position)")
    case 1:
      let sequences: [[UInt8]] = [
        [0xFF], [0xC3, 0x28], [0xC0, 0xAF], [0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        [0xE2, 0x82],
      ]
      bytes.insert(contentsOf: random.pick(sequences), at: position)
      return (Data(bytes), "invalid UTF-8 at byte \(position)")
    case 2:
      return (Data([0xEF, 0xBB, 0xBF] + bytes), "byte-order mark")
    case 3:
      let text = String(decoding: bytes, as: UTF8.self)
      return (text.data(using: .utf16) ?? Data(), "UTF-16")
    case 4:
      return (Data(), "empty file")
    case 5:
      if !bytes.isEmpty { bytes[position] = UInt8.random(in: 0...255, using: &random) }
      return (Data(bytes), "byte \(position) changed")
    case 6:
      bytes.insert(0, at: position)
      return (Data(bytes), "NUL at byte \(position)")
    case 7:
      let garbage = syntax == .json ? Array("} ,\"x\": [".utf8) : Array("\"\n;;\r\n".utf8)
      return (Data(bytes + garbage), "trailing garbage")
    case 8:
      let noise = (0..<random.int(1...64)).map { _ in UInt8.random(in: 0...255, using: &random) }
      bytes.insert(contentsOf: noise, at: position)
      return (Data(bytes), "random bytes at \(position)")
    default:
      let end = min(bytes.count, position + random.int(1...40))
      bytes.removeSubrange(position..<end)
      return (Data(bytes), "bytes \(position)..<\(end) removed")
    }
  }
}
