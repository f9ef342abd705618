/// Conditions on class changes, on membership in city regions and cooperations, and on what
/// the NORCE note says, in words.
extension FilterProseWriter {
  /// `class-change`, `class-changed` and `centrality2020-basis`.
  func classChange(_ field: FrameField, _ values: [String]) -> String {
    let parts = values.map { value -> String in
      let (nb, en): (String, String) =
        switch (field, value.lowercased()) {
        case (.classChanged, "yes"), (.classChange, "any"):
          (
            "fikk en annen sentralitetsklasse i 2020-versjonen enn i 2018-versjonen",
            "got another centrality class in the 2020 version than in the 2018 version"
          )
        case (.classChanged, "no"), (.classChange, "none"):
          (
            "beholdt sentralitetsklassen fra 2018- til 2020-versjonen",
            "kept their centrality class from the 2018 to the 2020 version"
          )
        case (.classChange, "merger"):
          (
            "fikk ny sentralitetsklasse gjennom sammenslåingen",
            "got a new centrality class through the merger"
          )
        case (.classChange, "reindex"):
          (
            "fikk ny sentralitetsklasse fordi SSB regnet ut indeksen på nytt",
            "got a new centrality class because SSB recomputed the index"
          )
        case (.classChange, "both"):
          (
            "fikk ny sentralitetsklasse både gjennom sammenslåingen og den nye indeksen",
            "got a new centrality class through both the merger and the new index"
          )
        case (.centrality2020Basis, let basis):
          (
            "har en klasse i 2020-versjonen som er " + StratumText.basis(basis, .nb),
            "have a 2020-version class that is " + StratumText.basis(basis, .en)
          )
        default: ("har \(StratumText.field(field.rawValue, .nb)) \(value)", "have \(value)")
        }
      return t(nb, en)
    }
    return alternatives(parts)
  }

  /// `byr`, `cooperation`, `centre` and `regional-centre`.
  func membership(_ field: FrameField, _ values: [String]) -> String {
    let any = values.map { $0.lowercased() } == ["any"]
    let list = alternatives(values)
    let several = values.count > 1
    switch field {
    case .byr:
      if any {
        return t(
          "var med i en byregion i Byregionprogrammet",
          "took part in a city region of Byregionprogrammet")
      }
      return several
        ? t("var med i en av byregionene \(list)", "took part in one of the city regions \(list)")
        : t("var med i byregionen \(list)", "took part in the city region \(list)")
    case .cooperation:
      if any {
        return t(
          "er med i et samarbeid (en byregion eller et importert samarbeid)",
          "are in a cooperation (a city region or an imported one)")
      }
      return several
        ? t("er med i et av samarbeidene \(list)", "are in one of the cooperations \(list)")
        : t("er med i samarbeidet \(list)", "are in the cooperation \(list)")
    case .centre:
      let clause = t(
        "var regionsenter (søkerkommune) i en byregion",
        "were the regional centre (the applicant) of a city region")
      return values.map { $0.lowercased() } == ["no"] ? negated(clause) : clause
    default:
      return any
        ? t("har et kjent regionsenter", "have a known regional centre")
        : t("har \(list) som regionsenter", "have \(list) as their regional centre")
    }
  }

  /// `note-gain`, `note-region` and `region-type`: what the note says.
  func note(_ field: FrameField, _ values: [String]) -> String {
    let lowered = values.map { $0.lowercased() }
    switch field {
    case .noteGain:
      let most = lowered.contains("gained-most") || lowered == ["any"]
      let least = lowered.contains("gained-least") || lowered == ["any"]
      let which = most && least ? t("mest eller minst", "most or least") : most ? t("mest", "most") : t("minst", "least")
      return t(
        "nevnes i notatet blant kommunene som fikk \(which) igjen",
        "are named in the note among the municipalities that gained \(which)")
    case .noteRegion:
      if lowered == ["any"] {
        return t("ligger i en byregion som notatet omtaler", "lie in a city region the note discusses")
      }
      return t("ligger i en byregion der notatet sier at ", "lie in a city region where the note says that ")
        + alternatives(lowered.map { StratumText.findingClause($0, language) })
    default:
      if lowered == ["any"] {
        return t(
          "ligger i en byregion som notatet gir en type", "lie in a city region the note gives a type")
      }
      return t("ligger i en byregion som notatet beskriver som ", "lie in a city region the note describes as ")
        + alternatives(lowered.map { StratumText.regionTypePhrase($0, language) })
    }
  }
}
