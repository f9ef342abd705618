/// The 32 items of COREQ (Tong, Sainsbury & Craig 2007), each with where the methods text
/// takes it from.
public struct CoreqEntry: Equatable, Sendable {
  /// The item's number, 1–32.
  public var number: Int
  /// Where the item stands: filled, partly covered, to write, or waiting for the analysis.
  public var state: CoreqState
  /// Where the text came from (a field, the log, the sample), or the command that sets it.
  public var source: String

  /// Creates an entry.
  public init(number: Int, state: CoreqState, source: String) {
    self.number = number
    self.state = state
    self.source = source
  }

  /// Whether a field, the log or the sample fills the item (says nothing of how well).
  public var isFilled: Bool { state == .filled }
}

/// Where a COREQ item stands in the methods text. The states say where text comes from, never
/// whether it answers the item well: that is for the authors to judge.
public enum CoreqState: String, Sendable, CaseIterable {
  /// Filled from the item's own field, the fieldwork log or the sample.
  case filled
  /// A field that answers several items has text; whether it answers this item's question is
  /// not known, so the checklist shows the question beside it.
  case partly
  /// Nothing yet: the command that sets it is given.
  case toWrite = "to-write"
  /// About the findings (items 30–32): written after the analysis, never filled before.
  case afterAnalysis = "after-analysis"
}

/// The items' names.
public enum CoreqItem {
  /// The item's short name in `language`.
  public static func label(_ number: Int, in language: Language) -> String {
    let names: [(String, String)] = [
      ("Intervjuer", "Interviewer"),
      ("Faglig bakgrunn", "Credentials"),
      ("Stilling", "Occupation"),
      ("Kjønn", "Gender"),
      ("Erfaring og opplæring", "Experience and training"),
      ("Forhold til deltakerne før studien", "Relationship established"),
      ("Hva deltakerne vet om intervjueren", "Participant knowledge of the interviewer"),
      ("Intervjuerens forforståelse og interesser", "Interviewer characteristics"),
      ("Metodisk tilnærming", "Methodological orientation and theory"),
      ("Utvalgsmetode", "Sampling"),
      ("Kontaktmåte", "Method of approach"),
      ("Utvalgsstørrelse", "Sample size"),
      ("Frafall", "Non-participation"),
      ("Sted for datainnsamlingen", "Setting of data collection"),
      ("Andre til stede", "Presence of non-participants"),
      ("Beskrivelse av utvalget", "Description of sample"),
      ("Intervjuguide", "Interview guide"),
      ("Gjentatte intervjuer", "Repeat interviews"),
      ("Lyd- eller videoopptak", "Audio/visual recording"),
      ("Feltnotater", "Field notes"),
      ("Varighet", "Duration"),
      ("Metning", "Data saturation"),
      ("Utskrifter sendt tilbake", "Transcripts returned"),
      ("Antall kodere", "Number of data coders"),
      ("Kodetre", "Description of the coding tree"),
      ("Hvordan temaene ble utledet", "Derivation of themes"),
      ("Programvare", "Software"),
      ("Deltakersjekk", "Participant checking"),
      ("Sitater", "Quotations presented"),
      ("Samsvar mellom data og funn", "Data and findings consistent"),
      ("Tydelige hovedtemaer", "Clarity of major themes"),
      ("Tydelige mindre temaer", "Clarity of minor themes"),
    ]
    guard (1...names.count).contains(number) else { return "" }
    return language == .nb ? names[number - 1].0 : names[number - 1].1
  }

  /// Whether the item is about the findings and so can only be written after the analysis
  /// (consistency of data and findings, major and minor themes).
  public static func waitsForAnalysis(_ number: Int) -> Bool { (30...32).contains(number) }

  /// The methods field that answers an item the protocol cannot fill otherwise.
  public static func field(for number: Int) -> MethodsField? {
    switch number {
    case 1...5: .team
    case 6...8: .relationship
    case 9: .orientation
    case 14: .setting
    case 15: .othersPresent
    case 17: .piloting
    case 18: .repeatInterviews
    case 20: .fieldNotes
    case 22: .saturation
    case 23: .transcriptsReturned
    case 24...27: .codingPlan
    case 28: .participantChecking
    case 29...32: .reporting
    default: nil
    }
  }
}
