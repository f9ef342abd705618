import Foundation

/// The study's purpose as one sentence, written the same way in every document: the methods
/// text («Formålet med studien er å …»), the guide's introduction and the information letter
/// («Formålet med prosjektet er å …»).
public enum PurposeSentence {
  /// What the sentence calls the undertaking.
  public enum Subject: Sendable {
    /// «prosjektet» / "the project": the letter and the guide, to informants.
    case project
    /// «studien» / "the study": the methods text.
    case study
  }

  /// `purpose` as one sentence in `language`:
  ///
  /// - «å finne ut …» / "to find out …" becomes «Formålet med prosjektet er å finne ut …»;
  /// - a question becomes «Prosjektet skal svare på spørsmålet «…?»»;
  /// - a sentence the planner wrote («Studien undersøker …») stands as written, with its full
  ///   stop; a fragment in lower case gets its capital;
  /// - a marked gap («[mangler: formål]») is named as the purpose still missing.
  public static func text(_ purpose: String, _ language: Language, subject: Subject) -> String {
    let nb = language == .nb
    let noun =
      switch subject {
      case .project: nb ? "prosjektet" : "the project"
      case .study: nb ? "studien" : "the study"
      }
    let text = purpose.split(whereSeparator: \.isNewline).joined(separator: " ")
      .trimmingCharacters(in: .whitespaces)
    guard let first = text.first else { return "" }
    let lead = nb ? "Formålet med \(noun) er " : "The purpose of \(noun) is "
    if first == "[" { return lead + text + "." }
    if text.hasSuffix("?") {
      return nb
        ? "\(noun.prefix(1).uppercased() + noun.dropFirst()) skal svare på spørsmålet «\(text)»"
        : "\(noun.prefix(1).uppercased() + noun.dropFirst()) sets out to answer the question "
          + "‘\(text)’"
    }
    let lower = text.lowercased()
    if (nb && lower.hasPrefix("å ")) || (!nb && lower.hasPrefix("to ")) {
      return Prose.sentence(lead + first.lowercased() + text.dropFirst())
    }
    return Prose.sentence(first.uppercased() + text.dropFirst())
  }

  /// How many sentences `purpose` holds (a full stop, question or exclamation mark followed by
  /// a space and a capital, or the end): the `purpose` command warns above one.
  public static func sentenceCount(_ purpose: String) -> Int {
    let characters = Array(purpose.trimmingCharacters(in: .whitespacesAndNewlines))
    guard !characters.isEmpty else { return 0 }
    var count = 0
    for index in characters.indices where ".?!".contains(characters[index]) {
      let next = index + 1 < characters.count ? characters[index + 1] : nil
      let after = index + 2 < characters.count ? characters[index + 2] : nil
      if next == nil || (next == " " && (after?.isUppercase ?? false)) { count += 1 }
    }
    return max(count, 1)
  }
}
