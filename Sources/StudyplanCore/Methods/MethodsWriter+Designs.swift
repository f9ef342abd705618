/// One branch per sampling design: what was drawn or chosen, how, and from what, in words.
///
/// Issue 20's embedded case design (members chosen inside each selected region by a stated rule
/// or listed with a reason) is one more branch here, beside `censusDesign` and
/// `purposiveDesign`, with its variant in `SamplingVariant`.
extension MethodsWriter {
  mutating func simpleDesign(_ sampling: SamplingDescription) {
    let plan = sampling.plan
    let digits = plan.eligibleCount > 12
    paragraph([
      t("Utvalget er et enkelt tilfeldig utvalg: ", "The sample is a simple random sample: ")
        + count(sampling.drawnUnits.count, .municipality, digits: digits)
        + t(
          " er trukket blant de \(NumberWords.grouped(plan.eligibleCount, language)) i rammen, "
            + "og alle hadde samme sannsynlighet for å bli trukket",
          (sampling.drawnUnits.count == 1 ? " was" : " were") + " drawn from the "
            + "\(NumberWords.grouped(plan.eligibleCount, language)) in the frame, each with the "
            + "same probability of being drawn")
    ])
  }

  mutating func stratifiedDesign(_ sampling: SamplingDescription) {
    let plan = sampling.plan
    let strata = sampling.strata
    let fields = Prose.list(plan.strata.map { StratumText.field($0, language) }, language: language)
    let rule = plan.allocation.map { ", " + StratumText.allocation($0.rawValue, language) } ?? ""
    paragraph([
      t(
        "Utvalget er et stratifisert tilfeldig utvalg",
        "The sample is a stratified random sample"),
      t("Kommunene i rammen er delt i ", "The municipalities in the frame were divided into ")
        + count(strata.count, .stratum) + t(" etter ", " by ") + fields
        + t(", og ", ", and ")
        + count(sampling.drawnUnits.count, .municipality, digits: sampling.drawnUnits.count > 12)
        + t(" er trukket tilfeldig innenfor stratumene", " were drawn at random within them") + rule,
      t(
        "Tabellen viser hvor mange kommuner hvert stratum har i rammen, og hvor mange som er "
          + "trukket",
        "The table shows how many municipalities each stratum has in the frame, and how many "
          + "were drawn"),
    ])
    blocks.append(
      .table(
        header: [t("Stratum", "Stratum"), t("I rammen", "In the frame"), t("Trukket", "Drawn")],
        rows: strata.map {
          [
            StratumText.describe($0.key, language, layer: plan.unitLayer), "\($0.eligible)",
            "\($0.drawn)",
          ]
        }))
  }

  mutating func pairedDesign(_ sampling: SamplingDescription) {
    let pairs = sampling.plan.requestedSize
    let groups = sampling.clusterCount ?? 0
    let digits = groups > 12
    let n = count(pairs, .pair)
    let chosen = NumberWords.number(pairs, language, gender: .common, digits: digits)
    let of = t(" blant de \(groups)", " from the \(groups)")
    switch sampling.variant {
    case .pairedInNewMunicipality:
      paragraph([
        t(
          "Utvalget består av \(n) av kommuner fra 2019 som ble slått sammen til samme nye "
            + "kommune 1. januar 2020: i hvert par er den ene kommunen liten (sentralitetsklasse "
            + "5 eller 6) og den andre mer sentral (klasse 1–4)",
          "The sample consists of \(n) of 2019 municipalities that became part of the same new "
            + "municipality on 1 January 2020: in each pair one is small (centrality class 5 or "
            + "6) and the other more central (class 1–4)"),
        t("Først er \(chosen) nye kommuner trukket tilfeldig", "First \(chosen) new municipalities were drawn at random")
          + of
          + t(
            " som ble dannet av kommuner av begge slag; deretter er én liten og én mer sentral av "
              + "de tidligere kommunene trukket i hver av dem",
            " formed from municipalities of both kinds; then one small and one more central former "
              + "municipality was drawn in each"),
        t(
          "Parene ligger dermed i samme nye kommune fra 1. januar 2020, slik at små og mer "
            + "sentrale kommuner kan sammenliknes innenfor én og samme sammenslåing",
          "The pairs thus lie in the same new municipality from 1 January 2020, so that small "
            + "and more central municipalities can be compared within one merger"),
      ])
    case .pairedWithCentre:
      paragraph([
        t(
          "Utvalget består av \(n), hvert med en liten kommune (sentralitetsklasse 5 eller 6) og "
            + "regionsenteret i samme byregion, det vil si søkerkommunen i Byregionprogrammet",
          "The sample consists of \(n), each of a small municipality (centrality class 5 or 6) "
            + "and the regional centre of the same city region, that is, the applicant "
            + "municipality in Byregionprogrammet"),
        t("Først er \(chosen) byregioner trukket tilfeldig", "First \(chosen) city regions were drawn at random")
          + of
          + t(
            " der medlemslistene oppgir en søkerkommune og minst én liten kommune; deretter er "
              + "én liten medlemskommune trukket i hver av dem og satt sammen med regionsenteret",
            " whose member lists name an applicant and at least one small member; then one small "
              + "member was drawn in each and paired with the regional centre"),
      ])
    default:
      paragraph([
        t(
          "Utvalget består av \(n), hvert med en liten kommune (sentralitetsklasse 5 eller 6) og "
            + "en mer sentral kommune (klasse 1–4) som deltok i samme samarbeid",
          "The sample consists of \(n), each of a small municipality (centrality class 5 or 6) "
            + "and a more central one (class 1–4) that took part in the same cooperation"),
        t("Først er \(chosen) samarbeid trukket tilfeldig", "First \(chosen) cooperations were drawn at random")
          + of
          + t(
            " som har medlemmer av begge slag i rammen; deretter er én liten og én mer sentral "
              + "medlemskommune trukket i hvert av dem",
            " with members of both kinds in the frame; then one small and one more central member "
              + "was drawn in each"),
      ])
    }
    pairTable(sampling)
  }

  /// The pairs as drawn: the group, its small member and its partner.
  mutating func pairTable(_ sampling: SamplingDescription) {
    let groups = sampling.activeUnits.compactMap(\.cluster).reduce(into: [String]()) {
      if !$0.contains($1) { $0.append($1) }
    }
    let groupHeader: String =
      switch sampling.variant {
      case .pairedInNewMunicipality: t("Ny kommune fra 2020", "New municipality (2020)")
      case .pairedWithCentre: t("Byregion", "City region")
      default: t("Samarbeid", "Cooperation")
      }
    let partnerHeader =
      sampling.variant == .pairedWithCentre
      ? t("Regionsenter", "Regional centre") : t("Mer sentral kommune", "More central municipality")
    func member(_ group: String, small: Bool) -> String {
      sampling.activeUnits.filter { $0.cluster == group && ($0.pairRole == "small") == small }
        .map { "\($0.kommunenummer) \($0.name)" }.joined(separator: ", ")
    }
    blocks.append(
      .table(
        header: [groupHeader, t("Liten kommune", "Small municipality"), partnerHeader],
        rows: groups.map { [$0, member($0, small: true), member($0, small: false)] }))
  }

  mutating func twoStageDesign(_ sampling: SamplingDescription) {
    let plan = sampling.plan
    let clusters = sampling.clusterCount ?? 0
    let chosen = NumberWords.number(plan.requestedSize, language, gender: .neuter, digits: clusters > 12)
    let members =
      plan.membersPerCluster.map { count($0, .municipality) + t(" trukket tilfeldig", " drawn at random") }
      ?? t("alle medlemskommunene i rammen tatt med", "all member municipalities in the frame taken")
    var sentences = [
      t("Utvalget er trukket i to trinn", "The sample was drawn in two stages"),
      t("Først er \(chosen) samarbeid trukket tilfeldig blant de \(clusters) som har medlemmer i rammen", "First \(chosen) cooperations were drawn at random from the \(clusters) with members in the frame"),
    ]
    if let field = plan.membersBy {
      let groups =
        field == "centrality"
        ? t(
          "små kommuner (sentralitetsklasse 5 og 6) og mer sentrale kommuner (klasse 1–4)",
          "small municipalities (centrality classes 5 and 6) and more central ones (classes 1–4)")
        : t("grupper etter \(StratumText.field(field, .nb))", "groups by \(StratumText.field(field, .en))")
      sentences.append(
        t("Deretter er medlemmene i hvert samarbeid delt i ", "Then the members of each cooperation were divided into ")
          + groups + t(", og ", ", and ") + (plan.membersPerCluster.map { count($0, .municipality) } ?? t("alle", "all"))
          + t(
            " er trukket med like mange fra hver gruppe der samarbeidet har begge, slik at hvert "
              + "samarbeid gir både små og mer sentrale kommuner",
            " were drawn with as many from each group as the cooperation allows, so that each "
              + "cooperation gives both small and more central municipalities"))
    } else {
      sentences.append(t("Deretter er ", "Then ") + members + t(" i hvert av dem", " in each of them"))
    }
    sentences.append(
      t("Utvalget har ", "The sample has ")
        + count(sampling.activeUnits.count, .municipality, digits: sampling.activeUnits.count > 12)
        + t(" i alt", " in all"))
    paragraph(sentences)
    let groups = sampling.activeUnits.compactMap(\.cluster).reduce(into: [String]()) {
      if !$0.contains($1) { $0.append($1) }
    }
    blocks.append(
      .table(
        header: [t("Samarbeid", "Cooperation"), t("Trukne kommuner", "Municipalities drawn")],
        rows: groups.map { group in
          [
            group,
            sampling.activeUnits.filter { $0.cluster == group }
              .map { "\($0.kommunenummer) \($0.name)" }.joined(separator: ", "),
          ]
        }))
  }
}
