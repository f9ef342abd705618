/// The sampling part of the methods text (COREQ 10, 12, 16): design, frame, criteria, the
/// selection logic and each case's reason, and — for random designs only — the reproducible
/// draw. A separate function so that any methods chapter can include it as it stands.
public enum SamplingMethods {
  /// The blocks of the sampling sections in `language`.
  public static func blocks(_ sampling: SamplingDescription, language: Language)
    -> [DocumentBlock]
  {
    SamplingMethodsWriter(sampling: sampling, nb: language == .nb).blocks()
  }
}

private struct SamplingMethodsWriter {
  var sampling: SamplingDescription
  var nb: Bool

  func t(_ nb: String, _ en: String) -> String { self.nb ? nb : en }
  var notRecorded: String { t("[ikke registrert]", "[not recorded]") }
  func or(_ value: String?) -> String { value.flatMap { $0.isEmpty ? nil : $0 } ?? notRecorded }

  func blocks() -> [DocumentBlock] {
    var blocks: [DocumentBlock] = []
    func heading(_ nb: String, _ en: String) { blocks.append(.heading(level: 1, text: t(nb, en))) }
    func paragraph(_ text: String) { blocks.append(.paragraph([.plain(text)])) }

    heading("Utvalg (COREQ 10, 12, 16)", "Sampling (COREQ 10, 12, 16)")
    paragraph(t("Utvalgsdesign: ", "Sampling design: ") + or(designText) + ".")
    var frame = t("Utvalgsramme: ", "Sampling frame: ") + or(sampling.frameVersion) + "."
    if !sampling.dataVersions.isEmpty {
      frame +=
        t(" Dataversjoner: ", " Data versions: ")
        + sampling.dataVersions.joined(separator: "; ") + "."
    }
    if let units = sampling.unitsSentence(nb ? .nb : .en) { frame += " " + units + "." }
    paragraph(frame)
    let criteria = sampling.criteria.isEmpty ? nil : sampling.criteria.joined(separator: "; ")
    if sampling.isRandom {
      paragraph(
        t("Kriterier: ", "Criteria: ")
          + (sampling.design == nil
            ? or(criteria)
            : criteria ?? t("ingen filter; hele rammen", "no filter; the whole frame"))
          + ".")
      let strata = sampling.strata.isEmpty ? nil : sampling.strata.joined(separator: ", ")
      paragraph(
        t("Strata: ", "Strata: ") + or(strata) + ". " + t("Fordeling: ", "Allocation: ")
          + or(sampling.allocationRule) + ".")
      if let membersBy = sampling.membersBy {
        paragraph(
          t(
            "Innen hver valgt region er medlemmene delt etter \(fieldText(membersBy)) og "
              + "trukket likt fra hver gruppe, så hver region gir både små og mer sentrale "
              + "kommuner der den har begge.",
            "Within each chosen region the members are divided by \(fieldText(membersBy)) and "
              + "drawn equally from each group, so that every region gives both small and more "
              + "central municipalities where it has both."))
      }
      if sampling.pairedWithCentre {
        paragraph(
          t(
            "Hver liten kommune (sentralitetsklasse 5–6) er paret med regionsenteret, det vil "
              + "si søkerkommunen i byregionen.",
            "Each small municipality (centrality class 5–6) is paired with the regional "
              + "centre, that is, the applicant municipality of the city region."))
      }
    } else {
      paragraph(
        t("Avgrensning av rammen (filter): ", "Frame restricted by (filter): ")
          + (criteria ?? t("ingen; hele rammen", "none; the whole frame")) + ".")
    }
    if !sampling.allocation.isEmpty {
      blocks.append(
        .table(
          header: [t("Stratum", "Stratum"), t("Antall", "Units")],
          rows: sampling.allocation.map { [$0.stratum, "\($0.count)"] }))
    }
    blocks += selectionBlocks()
    let named = Set(
      (sampling.selectionCriteria + sampling.strata + sampling.criteria).joined(separator: " ")
        .split { !($0.isLetter || $0.isNumber || $0 == "-") }.map(String.init))
    if !named.isDisjoint(with: ["note-gain", "note-region", "region-type"]) {
      paragraph(
        t(
          "Kriteriene note-gain, note-region og region-type bygger på det notatet sier om "
            + "enkeltkommuner og byregioner: ",
          "The criteria note-gain, note-region and region-type draw on what the note says about "
            + "single municipalities and city regions: ")
          + NoteCases.source.text(in: nb ? .nb : .en) + ".")
    }
    if !named.isDisjoint(with: ["centre", "regional-centre"]) {
      paragraph(
        t(
          "Regionsenteret er søkerkommunen i Byregionprogrammets medlemslister; der listene ikke "
            + "nevner noen søkerkommune, er senteret ukjent.",
          "The regional centre is the applicant municipality in the City Region Programme's "
            + "member lists; where the lists name no applicant, the centre is unknown."))
    }
    let size = or(sampling.sampleSize.map(String.init))
    if sampling.isRandom {
      paragraph(
        t("Utvalgsstørrelse: ", "Sample size: ") + size
          + t(" enheter, med ", " units, with ") + or(sampling.reserves.map(String.init))
          + t(" reserver i erstatningsrekkefølge.", " reserves in replacement order."))
      heading("Reproduserbar trekning", "Reproducible draw")
      paragraph(
        t("Frø: ", "Seed: ") + or(sampling.seed) + ". " + t("Algoritme: ", "Algorithm: ")
          + or(sampling.algorithm) + ". " + t("Programvare: ", "Software: ")
          + or(sampling.software) + ".")
    } else {
      paragraph(
        t("Utvalgsstørrelse: ", "Sample size: ") + size + " " + unitsNoun + ". "
          + t(
            "Enhetene er ikke trukket tilfeldig; utvalget har derfor verken frø, "
              + "trekningsalgoritme, inklusjonssannsynligheter eller reserver.",
            "The units were not drawn at random, so the sample has no seed, draw algorithm, "
              + "inclusion probabilities or reserves."))
    }
    return blocks
  }

  var unitsNoun: String {
    sampling.level == .cooperation
      ? t("samarbeid (byregioner)", "cooperations (city regions)")
      : t("kommuner", "municipalities")
  }

  var designText: String? {
    guard let design = sampling.design else { return nil }
    switch design {
    case "purposive":
      return t("strategisk utvalg av ", "purposive selection of ") + unitsNoun
    case "census":
      return t("totalutvalg av ", "census of ") + unitsNoun
        + t(": alle som oppfyller kriteriene", ": every one that meets the criteria")
    default:
      return sampling.cases.isEmpty
        ? design
        : design
          + t(
            ", med strategisk valgte enheter lagt til (blandet design)",
            ", with units added on purpose (mixed design)")
    }
  }

  func fieldText(_ field: String) -> String {
    field == "centrality"
      ? t("sentralitet (klasse 1–4 og 5–6)", "centrality (classes 1–4 and 5–6)") : field
  }

  /// The logic, the criteria and the cases with their reasons.
  func selectionBlocks() -> [DocumentBlock] {
    guard !sampling.cases.isEmpty else { return [] }
    var blocks: [DocumentBlock] = []
    func paragraph(_ text: String) { blocks.append(.paragraph([.plain(text)])) }
    if sampling.isRandom {
      let count = sampling.cases.count
      paragraph(
        t(
          "I tillegg til trekningen er "
            + (count == 1 ? "én enhet" : "\(count) enheter") + " valgt strategisk og lagt "
            + "til utvalget. " + (count == 1 ? "Den" : "De") + " er tatt ut av rammen før "
            + "trekningen og har ingen inklusjonssannsynlighet:",
          "Besides the draw, " + (count == 1 ? "one unit was" : "\(count) units were")
            + " chosen on purpose and added to the sample, taken out of the frame before the "
            + "draw and without an inclusion probability:"))
    } else {
      paragraph(t("Utvalgslogikk: ", "Selection logic: ") + logicText + ".")
      if !sampling.selectionCriteria.isEmpty {
        paragraph(
          t("Kriteriematrise: ", "Criteria matrix: ")
            + sampling.selectionCriteria.joined(separator: " × ")
            + t(
              ". Hver celle er én kombinasjon av verdiene.",
              ". Each cell is one combination of values."))
      }
      if sampling.logic != .planner, sampling.logic != nil {
        paragraph(
          t(
            "Forslaget er laget av studyplan etter en fast regel uten tilfeldighet (samme ramme "
              + "og kriterier gir samme forslag) og gjennomgått av forskerne",
            "The proposal was made by studyplan by a fixed rule without chance (the same frame "
              + "and criteria give the same proposal) and reviewed by the researchers")
            + (sampling.swapped == 0
              ? t("; alle foreslåtte tilfeller ble beholdt.", "; every proposed case was kept.")
              : sampling.swapped == 1
                ? t(
                  "; ett tilfelle ble byttet ut, med begrunnelse.",
                  "; one case was swapped, with a reason.")
                : t(
                  "; \(sampling.swapped) tilfeller ble byttet ut, med begrunnelse.",
                  "; \(sampling.swapped) cases were swapped, with a reason each.")))
      }
    }
    let hasCells = sampling.cases.contains { $0.cell != nil }
    let header =
      [t("Enhet", "Unit")] + (hasCells ? [t("Celle", "Cell")] : []) + [t("Begrunnelse", "Reason")]
    let rows = sampling.cases.map { item in
      [item.label] + (hasCells ? [item.cell ?? "–"] : []) + [reasonText(item)]
    }
    blocks.append(.table(header: header, rows: rows))
    return blocks
  }

  var logicText: String {
    switch sampling.logic ?? .planner {
    case .planner:
      t(
        "enhetene er valgt av forskerne, med en begrunnelse for hver",
        "the units were chosen by the researchers, with a reason for each")
    case .maximumVariation:
      t(
        "maksimal variasjon – tilfeller fra hver celle i kriteriematrisen, så utvalget spenner "
          + "over alle kombinasjoner av kriteriene som finnes i rammen",
        "maximum variation – cases from every cell of the criteria matrix, so that the "
          + "selection spans every combination of the criteria found in the frame")
    case .typical:
      t(
        "typiske tilfeller – i hver celle tilfellene nærmest cellens median",
        "typical cases – in each cell the cases nearest the cell's median")
    case .extreme:
      t(
        "ekstreme tilfeller – i hver celle tilfellene med lavest og høyest verdi",
        "extreme cases – in each cell the cases with the lowest and the highest value")
    }
  }

  func reasonText(_ item: SelectedCase) -> String {
    guard let basis = item.basis else { return item.reason ?? notRecorded }
    let measure = "\(basis.measure) (\(basis.value))"
    let n = basis.cellSize
    if n == 1 {
      return t(
        "eneste enhet i cellen; \(basis.measure) \(basis.value)",
        "the only unit in the cell; \(basis.measure) \(basis.value)")
    }
    let place = basis.place == 1 ? "" : "\(basis.place). "
    switch basis.position {
    case "lowest":
      return t(
        "\(place)lavest \(measure) av \(n) i cellen",
        "\(ordinal(basis.place))lowest \(measure) of the \(n) in the cell")
    case "highest":
      return t(
        "\(place)høyest \(measure) av \(n) i cellen",
        "\(ordinal(basis.place))highest \(measure) of the \(n) in the cell")
    case "median":
      return t("median \(measure) av \(n) i cellen", "median \(measure) of the \(n) in the cell")
    case "near-median":
      return t(
        "nær cellens median\(basis.median.map { " (\($0))" } ?? ""): \(measure), av \(n)",
        "near the cell's median\(basis.median.map { " (\($0))" } ?? ""): \(measure), of \(n)")
    default:
      return t(
        "punkt \(basis.place) av \(basis.of ?? 0), jevnt fordelt etter \(measure), av \(n) i cellen",
        "point \(basis.place) of \(basis.of ?? 0), evenly spread by \(measure), of the \(n) in the cell"
      )
    }
  }

  func ordinal(_ place: Int) -> String {
    switch place {
    case 1: ""
    case 2: "2nd "
    case 3: "3rd "
    default: "\(place)th "
    }
  }
}
