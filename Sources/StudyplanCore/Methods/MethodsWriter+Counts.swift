/// The reason for each proposed case, and the study's own counts set against the data.
extension MethodsWriter {
  /// Why a case is in the selection: the planner's reason, or where the tool's proposal found
  /// it in its cell («lavest sentralitetsindeks (512) av 14 i cellen»).
  func reasonText(_ item: SelectedCase) -> String {
    guard let basis = item.basis else { return item.reason ?? t("[ikke registrert]", "[not recorded]") }
    let name = StratumText.field(basis.measure, language)
    let measure = "\(name) (\(basis.value))"
    let n = basis.cellSize
    if n == 1 {
      return t(
        "eneste enhet i cellen; \(name) \(basis.value)",
        "the only unit in the cell; \(name) \(basis.value)")
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
      let median = basis.median.map { " (\($0))" } ?? ""
      return t(
        "nærmest cellens median\(median): \(measure), av \(n)",
        "nearest the cell's median\(median): \(measure), of \(n)")
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

  /// The study's own figures (its report's, or its baseline's for a follow-up) and whose they
  /// are.
  var reportedFigures: (figures: ReportedFieldwork, baseline: Bool)? {
    if let own = studyProtocol.fieldwork?.reported { return (own, false) }
    if studyProtocol.lineage.followUpOf != nil, let old = baseline?.document?.fieldwork?.reported {
      return (old, true)
    }
    return nil
  }

  /// «Studien oppgir selv 29 samarbeid og 115 kommuner i rammen (…). Dataene her har alle de 29
  /// samarbeidene, men bare 112 av de 115 kommunene, fordi medlemslistene … er ufullstendige.»
  mutating func studyCounts(_ sampling: SamplingDescription) {
    guard let (figures, isBaseline) = reportedFigures else { return }
    let level = sampling.level
    var claims: [String] = []
    var compared: [(data: Int, study: Int, noun: CountedNoun)] = []
    if let units = figures.units, figures.level == level {
      claims.append(count(units, .units(level), digits: true))
      compared.append((sampling.activeUnits.count, units, .units(level)))
    }
    if let eligible = figures.eligible {
      claims.append(count(eligible, .municipality, digits: true) + t(" i rammen", " in the frame"))
      compared.append((sampling.plan.eligibleCount, eligible, .municipality))
    }
    guard !claims.isEmpty else { return }
    let subject = isBaseline ? t("Grunnlagsstudien", "The baseline study") : t("Studien", "The study")
    var sentences = [
      subject + t(" oppgir selv ", " itself reports ") + Prose.list(claims, language: language)
        + " (\(figures.source))"
    ]
    var equal: [String] = []
    var short: [String] = []
    for item in compared {
      let all = item.noun.definite(item.study, language, digits: true)
      if item.data == item.study {
        equal.append(t("alle ", "all ") + all)
      } else if item.data < item.study {
        short.append(t("bare \(item.data) av ", "only \(item.data) of ") + all)
      } else {
        short.append(
          count(item.data, item.noun, digits: true) + t(" (studien: \(item.study))", " (the study: \(item.study))"))
      }
    }
    var comparison =
      t("Dataene her har ", "The data here hold ") + Prose.list(equal, language: language)
      + (equal.isEmpty || short.isEmpty ? "" : t(", men ", ", but ")) + Prose.list(short, language: language)
    if !short.isEmpty && sampling.usesMemberLists {
      comparison += t(
        ", fordi medlemslistene for Byregionprogrammet er ufullstendige",
        ", because the Byregionprogrammet member lists are partial")
    }
    sentences.append(comparison)
    paragraph(sentences)
  }
}
