/// An option of a command: a flag (`--yes`) or an option with a value (`--seed S`).
public struct OptionSpec: Sendable {
  /// The long name with its dashes, e.g. `--seed`.
  public var name: String
  /// A one-letter form with its dash, e.g. `-o`, when there is one.
  public var shortName: String?
  /// How help names the value (`S`, `PATH`); `nil` for a flag that takes none.
  public var valueName: String?
  /// What the value is: Tab offers its candidates, and the parser checks a closed set.
  public var kind: ArgumentKind
  /// Whether the command cannot run without it (`export guide --format F`).
  public var isRequired: Bool
  /// One line of help.
  public var help: String

  /// A flag, which takes no value.
  public init(_ name: String, short shortName: String? = nil, help: String) {
    self.name = name
    self.shortName = shortName
    self.valueName = nil
    self.kind = .text
    self.isRequired = false
    self.help = help
  }

  /// An option with a value called `valueName`, of kind `kind`.
  public init(
    _ name: String, short shortName: String? = nil, value valueName: String,
    _ kind: ArgumentKind = .text, required isRequired: Bool = false, help: String
  ) {
    self.name = name
    self.shortName = shortName
    self.valueName = valueName
    self.kind = kind
    self.isRequired = isRequired
    self.help = help
  }

  /// Whether the option takes a value.
  public var takesValue: Bool { valueName != nil }

  /// How usage lines show it: `--format md|html`, `[--seed S]`, `[--force]`.
  public var usage: String {
    var text = name
    if let valueName {
      let words = kind.choices?.words ?? []
      text += " " + (words.isEmpty || words.count > 6 ? valueName : words.joined(separator: "|"))
    }
    return isRequired ? text : "[\(text)]"
  }

  /// How help and the reference name it: `-o, -o PATH`, `--format FORMAT`.
  public var label: String {
    let names = [shortName, name].compactMap { $0 }.joined(separator: ", ")
    return valueName.map { "\(names) \($0)" } ?? names
  }
}
