import Foundation

/// The deny-list the privacy tests hold the schema and the exchange format to: no table, column or
/// JSON field meant for a person's name or contact details. A protocol holds roles, never people.
public enum PersonalDataKeys {
  /// Words that always mark a place for personal data, in any identifier.
  public static let personalWords: Set<String> = [
    "email", "epost", "mail", "phone", "telefon", "tlf", "mobil", "mobile", "birth", "fodsel",
    "fødsel", "address", "adresse", "personnummer", "person", "persons", "informantname",
  ]
  /// Name words: personal alone (`name`, `navn`) or with a word about a person (`informantName`,
  /// `fullName`); a file's or a dataset's name is not. A role's own name (`roles[].name`,
  /// "ordfører") and a municipality's name in a sample are allowed by path, below.
  public static let nameWords: Set<String> = ["name", "navn", "names"]
  public static let personQualifiers: Set<String> = [
    "informant", "respondent", "interviewee", "person", "first", "last", "full", "given", "sur",
    "contact", "fornavn", "etternavn", "participant", "deltaker",
  ]

  /// JSON paths (array indices written `[]`) whose key looks personal but is not about a person.
  public static let allowedPaths: Set<String> = [
    "$.protocol.roles[].name",  // the role's name: "ordfører", never a person's
    "$.protocol.sample.units[].name",  // a municipality's name
    "$.protocol.sample.reserves[].units[].name",  // a municipality's name
  ]

  /// The words of an identifier: `informantName`, `informant_name` → informant, name.
  public static func words(of identifier: String) -> [String] {
    var words: [String] = []
    var current = ""
    for character in identifier {
      if character == "_" || character == "-" || character == " " {
        if !current.isEmpty { words.append(current) }
        current = ""
      } else if character.isUppercase, !current.isEmpty, current.last?.isLowercase == true {
        words.append(current)
        current = String(character)
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { words.append(current) }
    return words.map { $0.lowercased() }
  }

  public static func isDenied(_ identifier: String) -> Bool {
    let words = words(of: identifier)
    if words.contains(where: personalWords.contains) { return true }
    guard words.contains(where: nameWords.contains) else { return false }
    return words.count == 1 || words.contains(where: personQualifiers.contains)
  }

  /// Every key path in a JSON tree, array indices collapsed to `[]`.
  public static func keyPaths(in tree: Any, prefix: String = "$") -> Set<String> {
    var paths: Set<String> = []
    if let object = tree as? [String: Any] {
      for (key, value) in object {
        paths.insert("\(prefix).\(key)")
        paths.formUnion(keyPaths(in: value, prefix: "\(prefix).\(key)"))
      }
    } else if let array = tree as? [Any] {
      for value in array { paths.formUnion(keyPaths(in: value, prefix: "\(prefix)[]")) }
    }
    return paths
  }

  /// The key paths of a JSON document that look personal and are not allowed by path.
  public static func deniedPaths(inJSON data: Data) throws -> [String] {
    let tree = try JSONSerialization.jsonObject(with: data)
    return keyPaths(in: tree).filter { path in
      guard let key = path.split(separator: ".").last.map({ String($0.prefix { $0 != "[" }) })
      else { return false }
      return isDenied(key) && !allowedPaths.contains(path)
    }.sorted()
  }
}
