/// The sampling section: one branch per design variant (`MethodsWriter+Designs.swift`), then
/// what every design shares — the frame and its filter in words, the draw (random designs),
/// the cases chosen on purpose, the undercoverage of the ByR member lists where the design
/// leans on them, the study's own counts against the data, and the datasets.
extension MethodsWriter {
  mutating func sample() {
    heading("Utvalg", "Sampling")
    guard let sampling else {
      writeNote(
        items: 10...10, what: t("hvordan enhetene velges", "how units are chosen"),
        command: "sample …")
      toWrite(10...10, command: "sample …")
      toWrite(12...12, command: "sample …")
      return
    }
    frame(sampling)
    switch sampling.variant {
    case .simple: simpleDesign(sampling)
    case .stratified: stratifiedDesign(sampling)
    case .pairedInCooperation, .pairedInNewMunicipality, .pairedWithCentre: pairedDesign(sampling)
    case .twoStage, .twoStageWithStrata: twoStageDesign(sampling)
    case .census(let level): censusDesign(sampling, level: level)
    case .purposive(let level): purposiveDesign(sampling, level: level)
    }
    if sampling.plan.design.isRandom { draw(sampling) }
    if sampling.isMixed { mixedCases(sampling) }
    undercoverage(sampling)
    studyCounts(sampling)
    datasets(sampling)
    filled(10...10, from: [.sample])
    filled(12...12, from: [.sample])
  }

  /// The units of the frame's year and the filter in words.
  mutating func frame(_ sampling: SamplingDescription) {
    let plan = sampling.plan
    var sentences = [sampling.unitsSentence(language)]
    let eligible = count(plan.eligibleCount, .municipality)
    if plan.filter != nil {
      sentences.append(
        t("Rammen er avgrenset til ", "The frame is restricted to ")
          + FilterProse.units(source: plan.filter, layer: plan.unitLayer, language: language)
          + ": " + eligible)
    } else {
      sentences.append(t("Hele rammen er med: ", "The whole frame is used: ") + eligible)
    }
    if plan.unjudgedCount > 0 {
      sentences.append(
        count(plan.unjudgedCount, .municipality)
          + t(
            " er holdt utenfor fordi filteret trenger en verdi som er ukjent for dem",
            " were left out because the filter needs a value that is unknown for them"))
    }
    paragraph(sentences)
  }

  /// The random draw: why random, how to redo it, the reserves and the replacement rule.
  mutating func draw(_ sampling: SamplingDescription) {
    let plan = sampling.plan
    var sentences = [
      t(
        "Trekningen er tilfeldig innenfor rammen. I et så lite utvalg gir det ingen statistisk "
          + "generalisering, men det hindrer at forskerne velger enheter som bekrefter "
          + "forventningene, og det gjør utvalget etterprøvbart",
        "The draw is random within the frame. In a sample this small that gives no statistical "
          + "generalisation, but it keeps the researchers from choosing units that confirm "
          + "their expectations, and it makes the sample checkable"),
      t(
        "Trekningen kan gjentas: hver enhet er rangert etter en SHA-256-verdi av frøet, "
          + "stratumet og enhetens nummer eller navn, og de første i hvert stratum er trukket "
          + "(algoritme \(plan.algorithm)",
        "The draw can be repeated: each unit is ranked by a SHA-256 value of the seed, the "
          + "stratum and the unit's number or name, and the first in each stratum are drawn "
          + "(algorithm \(plan.algorithm)")
        + (sampling.software.map { ", \($0)" } ?? "") + t("; frøet er «\(plan.seed)»)", "; the seed is ‘\(plan.seed)’)"),
    ]
    let open = sampling.openReserves
    sentences.append(
      t("De neste i rangeringen er reserver i fast rekkefølge; ", "The next in the ranking are reserves in a fixed order; ")
        + (open == 0
          ? t("ingen er igjen", "none is left")
          : count(open, .reserve)
            + t(" er ikke tatt i bruk", open == 1 ? " is not yet used" : " are not yet used")))
    sentences.append(replacementRule(sampling.variant))
    paragraph(sentences)
  }

  /// What happens when a unit (or a whole pair or cooperation) drops out.
  func replacementRule(_ variant: SamplingVariant) -> String {
    switch variant {
    case .pairedInCooperation, .pairedInNewMunicipality, .pairedWithCentre:
      t(
        "Takker en kommune nei, tas neste reserve på samme side av paret; faller et helt par "
          + "fra, tas neste gruppe i rangeringen",
        "If a municipality declines, the next reserve on the same side of the pair is taken; "
          + "if a whole pair drops out, the next group in the ranking is taken")
    case .twoStage, .twoStageWithStrata:
      t(
        "Takker en kommune nei, tas neste reserve i samme samarbeid; faller et helt samarbeid "
          + "fra, tas neste samarbeid i rangeringen, og medlemmene trekkes etter samme regel",
        "If a municipality declines, the next reserve in the same cooperation is taken; if a "
          + "whole cooperation drops out, the next one in the ranking is taken and its members "
          + "are drawn by the same rule")
    default:
      t(
        "Takker en kommune nei, tas neste reserve i samme stratum",
        "If a municipality declines, the next reserve in the same stratum is taken")
    }
  }

  /// The sentence on the partial ByR member lists, where the frame or the design leans on
  /// them.
  mutating func undercoverage(_ sampling: SamplingDescription) {
    guard sampling.usesMemberLists else { return }
    paragraph([
      t(
        "Medlemslistene for Byregionprogrammet, som utvalget bygger på, er ufullstendige: de "
          + "dekker 33 av de 37 regionene i fase 2, to av dem bare delvis. Kommuner i regioner "
          + "som mangler i listene, kan ikke komme med i utvalget, så rammen har en underdekning",
        "The Byregionprogrammet member lists the sample relies on are partial: they cover 33 of "
          + "the 37 phase-2 regions, two of them in part. Municipalities in regions missing from "
          + "the lists cannot enter the sample, so the frame undercovers them")
    ])
  }

  /// The datasets the frame was built from, by name and version.
  mutating func datasets(_ sampling: SamplingDescription) {
    let versions = sampling.plan.dataVersions
    guard !versions.isEmpty else { return }
    paragraph([
      t(
        "Rammen er bygd av disse datasettene; sjekksummen viser hvilken versjon som er brukt:",
        "The frame was built from these datasets; the checksum shows which version was used:")
    ])
    blocks.append(
      .table(
        header: [t("Datasett", "Dataset"), t("Sjekksum (SHA-256, begynnelsen)", "Checksum (SHA-256, start)")],
        rows: versions.map { [StratumText.datasetName($0, language), String($0.sha256.prefix(12))] }))
  }
}
