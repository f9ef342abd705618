/// What the methods chapter says that the rest of the protocol does not record: the research
/// team and its relationship to participants, orientation, setting, piloting, saturation,
/// field notes, transcripts, analysis and reporting (COREQ items; `methods FIELD TEXT` sets
/// them).
public struct MethodsFields: Codable, Equatable, Sendable {
  /// The planner's text per field, keyed by `MethodsField.rawValue`.
  public var values: [String: String]

  /// Creates fields; every field starts unset.
  public init(values: [String: String] = [:]) {
    self.values = values
  }

  /// The text of `field`, nil when unset.
  public subscript(field: MethodsField) -> String? {
    get { values[field.rawValue].flatMap { $0.isEmpty ? nil : $0 } }
    set { values[field.rawValue] = newValue }
  }
}

/// One field of the methods chapter, with the COREQ items it answers.
public enum MethodsField: String, CaseIterable, Codable, Sendable {
  /// Who interviews: credentials, occupation, gender, experience and training (COREQ 1–5).
  case team
  /// Relationship to participants and reflexivity (COREQ 6–8).
  case relationship
  /// Methodological orientation (COREQ 9).
  case orientation
  /// Where the data are collected (COREQ 14).
  case setting
  /// Whether anyone else is present (COREQ 15).
  case othersPresent = "others-present"
  /// How the guide is piloted (COREQ 17).
  case piloting
  /// Whether any informant is interviewed twice (COREQ 18).
  case repeatInterviews = "repeat-interviews"
  /// How field notes are taken (COREQ 20).
  case fieldNotes = "field-notes"
  /// How saturation is judged and what then happens to reserves (COREQ 22).
  case saturation
  /// Whether transcripts go back to informants (COREQ 23).
  case transcriptsReturned = "transcripts-returned"
  /// Coders, coding tree, how themes are derived, software (COREQ 24–27).
  case codingPlan = "coding-plan"
  /// Whether participants check the findings (COREQ 28).
  case participantChecking = "participant-checking"
  /// How quotations and themes are reported (COREQ 29–32).
  case reporting

  /// What the field holds, in `language`, for `methods` and the "to write" notes.
  public func prompt(in language: Language) -> String {
    prompt(in: language, controller: nil)
  }

  /// What the field holds, with the prompt for items 6–8 following the institution
  /// (`consent controller`): the earlier studies are named as NORCE's only when NORCE is the
  /// controller, and as others' work otherwise.
  public func prompt(in language: Language, controller: String?) -> String {
    let (nb, en): (String, String) =
      switch self {
      case .team:
        (
          "hvem som intervjuer, med utdanning, stilling, kjønn og erfaring med intervju",
          "who interviews, with credentials, occupation, gender and interview experience"
        )
      case .relationship: Self.relationshipPrompt(controller)
      case .orientation:
        (
          "metodisk tilnærming (for eksempel tematisk analyse, casestudie)",
          "methodological orientation (e.g. thematic analysis, case study)"
        )
      case .setting:
        (
          "hvor intervjuene gjøres (kontoret, telefon, video)",
          "where the interviews take place (office, telephone, video)"
        )
      case .othersPresent:
        ("om andre enn informant og forsker er til stede", "whether anyone else is present")
      case .piloting:
        ("hvordan guiden prøves ut før feltarbeidet", "how the guide is piloted before fieldwork")
      case .repeatInterviews:
        ("om noen intervjues flere ganger", "whether anyone is interviewed more than once")
      case .fieldNotes:
        (
          "hvordan feltnotater skrives under og etter intervjuet",
          "how field notes are written during and after the interview"
        )
      case .saturation:
        (
          "hvordan metning vurderes, og om reserver da tas i bruk",
          "how saturation is judged, and whether reserves are then used"
        )
      case .transcriptsReturned:
        (
          "om utskriftene sendes til informantene for kommentar",
          "whether transcripts go back to informants for comment"
        )
      case .codingPlan:
        (
          "hvem som koder, kodetreet, hvordan temaene utledes, og programvare",
          "who codes, the coding tree, how themes are derived, and software"
        )
      case .participantChecking:
        (
          "om deltakerne får kommentere funnene",
          "whether participants comment on the findings"
        )
      case .reporting:
        (
          "hvordan sitater merkes (rolle, ikke navn) og hvordan hovedtemaer og mindre temaer "
            + "rapporteres",
          "how quotations are labelled (role, not name) and how major and minor themes are "
            + "reported"
        )
      }
    return language == .nb ? nb : en
  }

  /// The prompt for items 6–8: the earlier studies of the NORCE note's authors (Angell and
  /// Grimsrud 2017; the NORCE note 2020) are the team's own only when NORCE is the controller.
  static func relationshipPrompt(_ controller: String?) -> (String, String) {
    let base = (
      "forholdet til deltakerne før studien, og hva de vet om forskerne",
      "the relationship to participants before the study, and what they know about the "
        + "researchers"
    )
    guard let controller, !controller.trimmingCharacters(in: .whitespaces).isEmpty else {
      return (
        base.0 + ", for eksempel om noen av dem deltok i studiene fra 2017 og 2019 "
          + "(Angell og Grimsrud 2017; NORCE-notatet 2020)",
        base.1 + ", for instance whether any of them took part in the 2017 and 2019 studies "
          + "(Angell and Grimsrud 2017; the NORCE note 2020)"
      )
    }
    if controller.lowercased().contains("norce") {
      return (
        base.0 + "; de samme forskerne gjorde studiene i 2017 og 2019 (Angell og Grimsrud 2017; "
          + "NORCE-notatet 2020), så noen informanter kan kjenne dem og de tidligere funnene",
        base.1 + "; the same researchers did the 2017 and 2019 studies (Angell and Grimsrud "
          + "2017; the NORCE note 2020), so some informants may know them and their earlier "
          + "findings"
      )
    }
    return (
      base.0 + " ved \(controller), og om noen av informantene deltok i studiene fra 2017 og "
        + "2019, som andre forskere gjorde (Angell og Grimsrud 2017; NORCE-notatet 2020)",
      base.1 + " at \(controller), and whether any informants took part in the 2017 and 2019 "
        + "studies, which other researchers did (Angell and Grimsrud 2017; the NORCE note 2020)"
    )
  }

  /// Resolves a field name the user typed.
  public static func named(_ name: String) throws(StudyplanError) -> MethodsField {
    let key = name.lowercased()
    if let field = MethodsField(rawValue: key) { return field }
    let aliases: [String: MethodsField] = [
      "reflexivity": .relationship, "pilot": .piloting, "coding": .codingPlan,
      "transcripts": .transcriptsReturned, "notes": .fieldNotes,
    ]
    if let field = aliases[key] { return field }
    throw .unknownMethodsField(
      name, suggestion: Suggestion.closest(to: key, in: allCases.map(\.rawValue)))
  }
}
