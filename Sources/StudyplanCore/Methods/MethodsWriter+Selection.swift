/// Units chosen, not drawn: censuses and purposive selections at either level, units added on
/// purpose to a draw (a mixed design), and the study's own counts set against the data.
extension MethodsWriter {
  mutating func censusDesign(_ sampling: SamplingDescription, level: SampleLevel) {
    let chosen = sampling.activeUnits
    if level == .cooperation {
      paragraph([
        t("Utvalget er et totalutvalg av samarbeid: alle de ", "The sample is a census of cooperations: all ")
          + NumberWords.grouped(chosen.count, language)
          + t(
            " samarbeidene som har minst én av disse kommunene som medlem, er valgt, og ingen er "
              + "trukket",
            " cooperations with at least one of these municipalities as a member were chosen, and "
              + "none was drawn"),
        t("Samarbeidene er ", "The cooperations are ")
          + Prose.list(chosen.map(\.name), language: language),
        noDraw(level),
      ])
    } else {
      paragraph([
        t("Utvalget er et totalutvalg: alle de ", "The sample is a census: all ")
          + NumberWords.grouped(chosen.count, language)
          + t(
            " kommunene i rammen er valgt, og ingen er trukket",
            " municipalities in the frame were chosen, and none was drawn"),
        noDraw(level),
      ])
    }
  }

  /// What a census or purposive selection does not have.
  func noDraw(_ level: SampleLevel) -> String {
    t(
      "Et utvalg som er valgt og ikke trukket, har verken frø, trekningsalgoritme, "
        + "inklusjonssannsynligheter eller reserver",
      "A sample that is chosen, not drawn, has no seed, draw algorithm, inclusion probabilities "
        + "or reserves")
  }

  mutating func purposiveDesign(_ sampling: SamplingDescription, level: SampleLevel) {
    let plan = sampling.plan
    let noun = CountedNoun.units(level)
    var sentences = [
      t("Utvalget er strategisk: ", "The sample is purposive: ")
        + count(sampling.activeUnits.count, noun, digits: sampling.activeUnits.count > 12)
        + t(
          " er valgt, ikke trukket, med en begrunnelse for hver",
          sampling.activeUnits.count == 1
            ? " was chosen, not drawn, with a reason" : " were chosen, not drawn, with a reason for each"),
      logicText(plan, level: level),
    ]
    let criteria = plan.criteria ?? []
    let names = Prose.list(criteria.map { StratumText.field($0, language) }, language: language)
    if criteria.count == 1 {
      sentences.append(
        t("Kriteriet er ", "The criterion is ") + names
          + t(
            "; hver verdi er en celle, og tabellen viser hvilken celle hvert tilfelle står for",
            "; each of its values is a cell, and the table shows which cell each case stands for"))
    } else if criteria.count > 1 {
      sentences.append(
        t("Kriteriene er ", "The criteria are ") + names
          + t(
            "; hver kombinasjon av verdiene deres er en celle, og tabellen viser hvilken celle "
              + "hvert tilfelle står for",
            "; each combination of their values is a cell, and the table shows which cell each "
              + "case stands for"))
    }
    if let logic = plan.logic, logic != .planner {
      sentences.append(proposalText(sampling.swapped))
    }
    sentences.append(noDraw(level))
    paragraph(sentences)
    casesTable(sampling, level: level)
    noteSources(plan)
  }

  /// How the cases were chosen.
  func logicText(_ plan: SamplePlan, level: SampleLevel) -> String {
    let measure = StratumText.field(plan.measure ?? "centrality-index", language)
    switch plan.logic ?? .planner {
    case .planner:
      return t(
        "Forskerne har valgt enhetene selv; tabellen gir begrunnelsene",
        "The researchers chose the units themselves; the table gives the reasons")
    case .maximumVariation:
      return t(
        "Utvalget følger logikken maksimal variasjon: tilfeller fra hver celle i "
          + "kriteriematrisen, slik at utvalget spenner over alle kombinasjoner av kriteriene som "
          + "finnes i rammen",
        "The selection follows maximum variation: cases from every cell of the criteria matrix, "
          + "so that it spans every combination of the criteria found in the frame")
    case .typical:
      return t(
        "Utvalget består av typiske tilfeller: i hver celle er tilfellet som ligger nærmest "
          + "cellens median, målt ved \(measure), valgt",
        "The selection holds typical cases: in each cell, the case nearest the cell's median "
          + "\(measure) was chosen")
    case .extreme:
      return t(
        "Utvalget består av ytterpunkter: i hver celle er tilfellene med lavest og høyest verdi, "
          + "målt ved \(measure), valgt",
        "The selection holds extreme cases: in each cell, the cases with the lowest and the "
          + "highest \(measure) were chosen")
    }
  }

  /// A tool proposal reviewed by the researchers, and how many cases they swapped.
  func proposalText(_ swapped: Int) -> String {
    t(
      "Forslaget er laget av studyplan etter en fast regel uten tilfeldighet, slik at samme "
        + "ramme og samme kriterier gir samme forslag, og forskerne har gått gjennom det; ",
      "The proposal was made by studyplan by a fixed rule without chance, so that the same "
        + "frame and criteria give the same proposal, and the researchers reviewed it; ")
      + (swapped == 0
        ? t("alle foreslåtte tilfeller er beholdt", "every proposed case was kept")
        : count(swapped, .caseNoun)
          + t(
            swapped == 1 ? " er byttet ut, med begrunnelse" : " er byttet ut, hvert med begrunnelse",
            swapped == 1 ? " was swapped, with a reason" : " were swapped, each with a reason"))
  }

  /// The cases with their cells in words and their reasons.
  mutating func casesTable(_ sampling: SamplingDescription, level: SampleLevel) {
    let cases = sampling.cases
    guard !cases.isEmpty else { return }
    let hasCells = cases.contains { $0.cell != nil }
    let unit = level == .cooperation ? t("Samarbeid", "Cooperation") : t("Kommune", "Municipality")
    let header = [unit] + (hasCells ? [t("Celle", "Cell")] : []) + [t("Begrunnelse", "Reason")]
    let layer = sampling.plan.unitLayer
    blocks.append(
      .table(
        header: header,
        rows: cases.map { item in
          [item.label]
            + (hasCells
              ? [item.cell.map { StratumText.describe($0, language, level: level, layer: layer) } ?? "–"]
              : [])
            + [reasonText(item)]
        }))
  }

  /// Units added on purpose to a random draw.
  mutating func mixedCases(_ sampling: SamplingDescription) {
    let added = sampling.cases.count
    paragraph([
      t("I tillegg til trekningen er ", "Besides the draw, ")
        + count(added, .municipality)
        + t(
          " valgt strategisk og lagt til utvalget. "
            + (added == 1 ? "Kommunen" : "De") + " ble tatt ut av rammen før trekningen og har "
            + "derfor ingen trekningssannsynlighet; tabellen gir begrunnelsen for "
            + (added == 1 ? "den" : "hver"),
          (added == 1 ? " was" : " were") + " chosen on purpose and added to the sample, taken "
            + "out of the frame before the draw and so without a probability of being drawn; "
            + "the table gives the reason for " + (added == 1 ? "it" : "each"))
    ])
    casesTable(sampling, level: .municipality)
  }

  /// Where the note's fields come from, when the criteria, strata or filter use them.
  mutating func noteSources(_ plan: SamplePlan) {
    let named = (plan.criteria ?? []) + plan.strata + [plan.filter ?? ""]
    let text = named.joined(separator: " ")
    guard ["note-gain", "note-region", "region-type"].contains(where: { text.contains($0) }) else {
      return
    }
    paragraph([
      t(
        "Notatets funn om enkeltkommuner og byregioner er hentet fra ",
        "The note's findings on single municipalities and city regions are taken from ")
        + NoteCases.source.text(in: language)
    ])
  }
}
