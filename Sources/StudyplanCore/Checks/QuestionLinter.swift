import Foundation

/// A rule of the question linter: a way an interview question goes wrong in the field.
public enum LintRule: String, CaseIterable, Hashable, Sendable {
  /// Two questions in one: the informant answers one and the other is lost.
  case doubleBarrelled = "double-barrelled"
  /// A main question that can be answered yes or no.
  case closed = "closed"
  /// Wording that suggests the answer or takes something for granted.
  case leading = "leading"
  /// The interviewer's interpretation written before the informant has said anything.
  case preWrittenInterpretation = "pre-written-interpretation"
  /// Research jargon or a loaded label in front of local informants.
  case jargon = "jargon"
  /// Too long to say aloud and be remembered.
  case overLong = "over-long"

  /// How to rewrite a question the rule flags, with an example in `language`.
  public func rewrite(in language: Language) -> String {
    switch (self, language) {
    case (.doubleBarrelled, .nb):
      "ask one thing: keep the first part as the question and make the second a probe"
    case (.doubleBarrelled, .en):
      "ask one thing: keep the first part as the question and make the second a probe"
    case (.closed, .nb):
      "open it: start with Hva, Hvordan or Hvorfor, or 'Kan du fortelle om …'"
    case (.closed, .en):
      "open it: start with What, How or Why, or 'Could you tell me about …'"
    case (.leading, .nb):
      "ask without the expected answer, e.g. 'Hvordan vurderer du …?'"
    case (.leading, .en):
      "ask without the expected answer, e.g. 'How do you judge …?'"
    case (.preWrittenInterpretation, .nb):
      "sum up what the informant said in the interview, then ask 'Har jeg forstått deg riktig?'"
    case (.preWrittenInterpretation, .en):
      "sum up what the informant said in the interview, then ask 'Have I understood you correctly?'"
    case (.jargon, .nb):
      "use the informant's own words, e.g. 'kommunen deres' or the municipality's name"
    case (.jargon, .en):
      "use the informant's own words, e.g. 'your municipality' or the municipality's name"
    case (.overLong, .nb), (.overLong, .en):
      "cut it to one sentence of at most \(QuestionLinter.mainWordLimit) words; move context "
        + "into a probe or an instruction"
    }
  }
}

/// One linter finding: which question, which rule, what matched.
public struct LintFinding: Equatable, Sendable {
  /// The question's or probe's address (`q7`, `q7.2`), with the role in brackets when the
  /// wording is one role's (`q7[ordforer]`).
  public var address: String
  /// The rule that fired.
  public var rule: LintRule
  /// The words that made it fire.
  public var evidence: String

  public init(address: String, rule: LintRule, evidence: String) {
    self.address = address
    self.rule = rule
    self.evidence = evidence
  }
}

/// The question linter `check` runs over a guide, in bokmål and English.
///
/// The rules are word patterns, deliberately plain so a planner can predict them: a comma and
/// «og/eller» before a second question word; a main question that opens with a verb
/// («Er …», «Har …», «Is …», «Do …») other than an invitation («Kan du fortelle …», «Could you
/// tell …»); leading phrases; «stemmer det?»-style confirmations; research jargon and loaded
/// labels in questions that local informants are asked; and length.
public enum QuestionLinter {
  /// The most words a main question should have.
  public static let mainWordLimit = 35
  /// The most words a probe should have.
  public static let probeWordLimit = 30

  /// The roles whose informants are local (the municipality's own people), past or present.
  public static let localRoleIDs: Set<String> = ["ordforer", "kommunedirektor", "naeringssjef"]

  /// The rules `text` breaks, each with the words that made it fire.
  ///
  /// - Parameters:
  ///   - isMain: whether the text is a question (main or framing) rather than a probe.
  ///   - kind: the question's kind; only `.main` questions must be open.
  ///   - local: whether local informants are asked it (jargon and loaded terms count then).
  public static func lint(
    _ text: String, language: Language, isMain: Bool, kind: QuestionKind, local: Bool
  ) -> [(rule: LintRule, evidence: String)] {
    guard kind != .structuring else { return [] }
    let words = Words(language: language)
    let lower = text.lowercased()
    var found: [(LintRule, String)] = []
    if let hit = first(words.doubleBarrelled, in: lower) ?? twoQuestions(text) {
      found.append((.doubleBarrelled, hit))
    }
    if isMain && kind == .main, let hit = closedOpening(text, words: words) {
      found.append((.closed, hit))
    }
    if let hit = first(words.leading, in: lower) { found.append((.leading, hit)) }
    if let hit = first(words.interpretation, in: lower) {
      found.append((.preWrittenInterpretation, hit))
    }
    if local, let hit = first(words.jargon, in: lower) { found.append((.jargon, hit)) }
    let count = text.split(whereSeparator: \.isWhitespace).count
    let limit = isMain ? mainWordLimit : probeWordLimit
    if count > limit { found.append((.overLong, "\(count) words")) }
    return found
  }

  /// Every finding in `guide`'s questions as asked in `language`, for the protocol's roles.
  ///
  /// Each question's common wording is linted as a question that the roles it fits are asked;
  /// each role wording as that role's; probes and indirect wordings as probes.
  public static func lint(
    _ guide: InterviewGuide, language: Language, roleIDs: [String]
  ) -> [LintFinding] {
    var findings: [LintFinding] = []
    func isLocal(_ ids: [String]) -> Bool {
      ids.contains { id in
        localRoleIDs.contains(InformantRole.currentRoleID(of: id) ?? id)
      }
    }
    for (_, question) in guide.allQuestions {
      let asked =
        roleIDs.isEmpty ? question.roleIDs : roleIDs.filter { question.fits(roleID: $0) }
      let commonAudience = asked.filter { question.roleTexts[$0] == nil }
      let local = question.roleIDs.isEmpty && roleIDs.isEmpty ? true : isLocal(commonAudience)
      func add(_ address: String, _ text: LocalizedText, main: Bool, kind: QuestionKind, _ l: Bool)
      {
        let string = InterviewGuide.resolved(text, in: language)
        for hit in lint(string, language: language, isMain: main, kind: kind, local: l) {
          findings.append(LintFinding(address: address, rule: hit.rule, evidence: hit.evidence))
        }
      }
      add(question.id, question.text, main: true, kind: question.kind, local)
      for key in question.roleTexts.keys.sorted() {
        guard let text = question.roleTexts[key] else { continue }
        let audience =
          key == InformantRole.formerKey ? asked.filter { $0.hasPrefix("tidligere-") } : [key]
        add("\(question.id)[\(key)]", text, main: true, kind: question.kind, isLocal(audience))
      }
      if let indirect = question.indirectText {
        add("\(question.id)[indirect]", indirect, main: false, kind: .indirect, isLocal(asked))
      }
      for (index, probe) in question.probes.enumerated() {
        add(
          "\(question.id).\(index + 1)", probe.text, main: false, kind: probe.kind, isLocal(asked))
      }
    }
    return findings
  }

  private static func first(_ patterns: [NSRegularExpression], in text: String) -> String? {
    let range = NSRange(text.startIndex..., in: text)
    for pattern in patterns {
      if let match = pattern.firstMatch(in: text, range: range),
        let found = Range(match.range, in: text)
      {
        return String(text[found]).trimmingCharacters(in: .whitespaces)
      }
    }
    return nil
  }

  /// Two question marks with text between them: two questions asked at once.
  private static func twoQuestions(_ text: String) -> String? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard let first = trimmed.firstIndex(of: "?") else { return nil }
    let rest = trimmed[trimmed.index(after: first)...]
    return rest.contains("?") ? "two question marks" : nil
  }

  private static func closedOpening(_ text: String, words: Words) -> String? {
    let opening = text.split(whereSeparator: \.isWhitespace).prefix(3).map {
      $0.lowercased().trimmingCharacters(in: .punctuationCharacters)
    }
    guard let verb = opening.first, words.closedOpeners.contains(verb) else { return nil }
    if opening.count >= 3, words.invitingOpeners.contains(verb), opening[1] == words.you,
      words.invitations.contains(opening[2])
    {
      return nil
    }
    return opening.prefix(2).joined(separator: " ")
  }

  /// The word lists of one language.
  struct Words: Sendable {
    var doubleBarrelled: [NSRegularExpression]
    var closedOpeners: Set<String>
    var invitingOpeners: Set<String>
    var you: String
    var invitations: Set<String>
    var leading: [NSRegularExpression]
    var interpretation: [NSRegularExpression]
    var jargon: [NSRegularExpression]

    init(language: Language) {
      self = language == .nb ? Words.nb : Words.en
    }

    private init(
      doubleBarrelled: [String], closedOpeners: Set<String>, invitingOpeners: Set<String>,
      you: String, invitations: Set<String>, leading: [String], interpretation: [String],
      jargon: [String]
    ) {
      func compile(_ patterns: [String]) -> [NSRegularExpression] {
        patterns.compactMap { try? NSRegularExpression(pattern: $0, options: [.caseInsensitive]) }
      }
      self.doubleBarrelled = compile(doubleBarrelled)
      self.closedOpeners = closedOpeners
      self.invitingOpeners = invitingOpeners
      self.you = you
      self.invitations = invitations
      self.leading = compile(leading)
      self.interpretation = compile(interpretation)
      self.jargon = compile(jargon)
    }

    static let nb = Words(
      doubleBarrelled: [
        #"[,;–—]\s*(og|eller)\s+(hva|hvem|hvor|hvordan|hvorfor|hvilke|hvilken|hvilket|når)\b"#,
        #"\bog\s+hvor\s+(mye|mange)\b"#,
      ],
      closedOpeners: [
        "er", "var", "har", "hadde", "kan", "kunne", "vil", "ville", "skal", "skulle", "bør",
        "burde", "blir", "ble", "finnes", "fantes", "fikk", "får", "tror", "mener", "synes",
        "stemmer", "gjør", "gjorde", "må", "tok", "opplevde",
      ],
      invitingOpeners: ["kan", "kunne", "vil", "ville"],
      you: "du",
      invitations: [
        "fortelle", "beskrive", "si", "gi", "utdype", "forklare", "gå", "gjøre", "vise", "nevne",
      ],
      leading: [
        #"\bikke sant\b"#, #"\ber du enig\b"#, #"\bselvsagt\b"#, #"\båpenbart\b"#,
        #"\bhelt klart\b"#, #"\bburde ikke\b"#, #"\bde dårlige årene\b"#, #"\bde gode årene\b"#,
        #"\bhvor mye (bedre|verre)\b"#, #"\bhvor fornøyd\b"#,
      ],
      interpretation: [
        #"\bstemmer det\b"#, #"\ber det riktig at\b"#, #"\bhar jeg rett i\b"#,
        #"\ber det slik at\b"#,
      ],
      jargon: [
        #"\butkantkommune"#, #"\bperiferikommune"#, #"\bomlandskommune"#,
        #"\bkapasitetsutvidende\b"#, #"\bkapasitetsbegrensende\b"#, #"\bsentralitetsklasse"#,
        #"\bsentralitetskategori"#, #"\bmyke? infrastruktur"#, #"\bhorisontale?\b"#,
        #"\bvertikale?\b"#,
      ])

    static let en = Words(
      doubleBarrelled: [
        #"[,;–—]\s*(and|or)\s+(what|who|how|why|which|when|where)\b"#,
        #"\band\s+how\s+(much|many)\b"#,
      ],
      closedOpeners: [
        "is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "can", "could",
        "will", "would", "should", "shall", "may", "might", "must",
      ],
      invitingOpeners: ["can", "could", "will", "would"],
      you: "you",
      invitations: ["tell", "describe", "say", "give", "explain", "walk", "talk", "show", "name"],
      leading: [
        #"\bdon't you\b"#, #"\bwouldn't you\b"#, #"\bisn't it\b"#, #"\baren't they\b"#,
        #"\bdo you agree\b"#, #"\bsurely\b"#, #"\bobviously\b"#, #"\bof course\b"#,
        #"\bthe bad years\b"#, #"\bthe good years\b"#, #"\bhow much (better|worse)\b"#,
        #"\bhow satisfied\b"#,
      ],
      interpretation: [
        #"\bis that right\b"#, #"\bis that correct\b"#, #"\bam i right\b"#,
        #"\bis it true that\b"#, #"\bis it the case that\b"#,
      ],
      jargon: [
        #"\boutlying municipalit"#, #"\bperipheral municipalit"#, #"\bhinterland"#,
        #"\bcapacity-expanding\b"#, #"\bcapacity-limiting\b"#, #"\bcentrality class"#,
        #"\bsoft infrastructure\b"#, #"\bhorizontal\b"#, #"\bvertical\b"#,
      ])
  }
}
