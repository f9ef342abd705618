/// The chapter's opening: the purpose in one sentence and, for a follow-up, the study it follows
/// and what was kept, reworded, added and dropped.
extension MethodsWriter {
  mutating func purposeAndDesign() {
    heading("Formål og design", "Purpose and design")
    let purpose = studyProtocol.purpose(in: language)
    if purpose.trimmingCharacters(in: .whitespaces).isEmpty || inheritedPurpose(purpose) != nil {
      let whose = inheritedPurpose(purpose)
      writeNote(
        items: nil,
        what: t("formålet med studien, i én setning", "the study's purpose, in one sentence")
          + (whose.map { t("; teksten som står nå, er \($0.nb)", "; the text there now is \($0.en)") }
            ?? ""),
        command: "purpose \"…\"")
    } else {
      paragraph([PurposeSentence.text(purpose, language, subject: .study)])
    }
    followUp()
  }

  /// Whose purpose the protocol still carries when it is a follow-up's copy of its baseline's
  /// or a template's own text: «grunnlagsstudiens» / «malens».
  func inheritedPurpose(_ purpose: String) -> (nb: String, en: String)? {
    if let baseline = baseline?.document, studyProtocol.lineage.followUpOf != nil,
      baseline.purpose(in: language) == purpose
    {
      return ("grunnlagsstudiens", "the baseline study's")
    }
    if let template = studyProtocol.lineage.template,
      let original = ShippedProtocol.templatePurpose(template, language: language),
      original == purpose
    {
      return ("malens", "the template's")
    }
    return nil
  }

  /// «Studien følger opp «…» (p3, versjon 1).» and what changed since.
  mutating func followUp() {
    guard let reference = studyProtocol.lineage.followUpOf else { return }
    let named = t(
      "\(reference.id), versjon \(reference.version)", "\(reference.id), version \(reference.version)")
    guard let old = baseline?.document else {
      paragraph([
        t(
          "Studien følger opp \(named), som ikke finnes i denne databasen; hva som er beholdt og "
            + "endret, kan derfor ikke vises her",
          "The study follows up \(named), which this database does not hold, so what was kept "
            + "and changed cannot be shown here")
      ])
      return
    }
    paragraph(
      [t("Studien følger opp «\(old.title)» (\(named))", "The study follows up ‘\(old.title)’ (\(named))")]
        + changeSentences(old))
    let summary = ProtocolChangeSummary(from: old, to: studyProtocol, language: language)
    let questions = summary.researchQuestions
    guard !questions.isEmpty else { return }
    blocks.append(
      .table(
        header: [t("Forskningsspørsmål", "Research question"), t("Sammenliknet med grunnlagsstudien", "Compared with the baseline")],
        rows: questions.map { [$0.text, outcome($0.outcome)] }))
  }

  /// The research questions, roles, guide, model and design against the baseline's.
  func changeSentences(_ old: StudyProtocol) -> [String] {
    let summary = ProtocolChangeSummary(from: old, to: studyProtocol, language: language)
    var sentences: [String] = []
    let questions = tally(summary.researchQuestions)
    if questions.before > 0 {
      sentences.append(
        t("Grunnlagsstudien hadde ", "The baseline study had ")
          + count(questions.before, .researchQuestion) + t("; av dem er ", "; of them, ")
          + questions.text)
    }
    let roles = summary.roles
    let addedRoles = roles.filter { $0.outcome == .added }.map(\.text)
    let droppedRoles = roles.filter { $0.outcome == .dropped }.map(\.text)
    if addedRoles.isEmpty && droppedRoles.isEmpty {
      sentences.append(t("Informantrollene er de samme", "The informant roles are the same"))
    } else {
      var parts: [String] = []
      if !addedRoles.isEmpty {
        parts.append(Prose.list(addedRoles, language: language) + t(" er lagt til", " added"))
      }
      if !droppedRoles.isEmpty {
        parts.append(Prose.list(droppedRoles, language: language) + t(" er tatt ut", " dropped"))
      }
      sentences.append(t("Av informantrollene: ", "Informant roles: ") + parts.joined(separator: "; "))
    }
    if !summary.guideQuestions.isEmpty {
      let guide = tally(summary.guideQuestions)
      sentences.append(
        t("Grunnlagsstudiens intervjuguide hadde ", "The baseline's interview guide had ")
          + count(guide.before, .question) + t("; av dem er ", "; of them, ") + guide.text)
    }
    sentences += modelAndDesign(old)
    return sentences
  }

  /// «fire beholdt, ett omformulert og ett tatt ut, og to nye er lagt til».
  func tally(_ items: [ComparedItem]) -> (before: Int, text: String) {
    let kept = items.filter { $0.outcome == .kept || $0.outcome == .changed }.count
    let reworded = items.filter { if case .reworded = $0.outcome { true } else { false } }.count
    let dropped = items.filter { $0.outcome == .dropped }.count
    let added = items.filter { $0.outcome == .added }.count
    let neuter = CountedNoun.Gender.neuter
    func n(_ value: Int) -> String { NumberWords.number(value, language, gender: neuter) }
    var parts = ["\(n(kept)) " + t("beholdt", "kept")]
    if reworded > 0 { parts.append("\(n(reworded)) " + t("omformulert", "reworded")) }
    if dropped > 0 { parts.append("\(n(dropped)) " + t("tatt ut", "dropped")) }
    var text = Prose.list(parts, language: language)
    if added > 0 {
      text += t(", og \(n(added)) \(added == 1 ? "nytt" : "nye") er lagt til", ", and \(n(added)) added")
    }
    return (kept + reworded + dropped, text)
  }

  func outcome(_ outcome: ComparedItem.Outcome) -> String {
    switch outcome {
    case .kept, .changed: t("beholdt", "kept")
    case .reworded(let from): t("omformulert; før: «\(from)»", "reworded; before: ‘\(from)’")
    case .added: t("nytt", "new")
    case .dropped: t("tatt ut", "dropped")
    }
  }

  /// The study model and the sampling design against the baseline's.
  func modelAndDesign(_ old: StudyProtocol) -> [String] {
    var sentences: [String] = []
    if let before = old.model?.model, let now = studyProtocol.model?.model, before != now {
      sentences.append(
        t(
          "Studiemodellen er endret fra \(before.rawValue) til \(now.rawValue)",
          "The study model changed from \(before.rawValue) to \(now.rawValue)"))
    }
    switch (old.sample, studyProtocol.sample) {
    case (let before?, let now?) where before == now:
      sentences.append(
        t("Utvalget er det samme som i grunnlagsstudien", "The sample is the baseline's"))
    case (let before?, let now?) where before.plan.design == now.plan.design:
      sentences.append(
        t(
          "Utvalget er laget på nytt med samme design som i grunnlagsstudien",
          "The sample was made anew with the baseline's design"))
    case (.some, .some):
      sentences.append(
        t("Utvalget har et annet design enn i grunnlagsstudien", "The sample's design differs from the baseline's"))
    default: break
    }
    return sentences
  }
}

extension ShippedProtocol {
  /// The purpose a shipped template carries in `language`, to tell a protocol that still
  /// carries it; nil for an unknown template or one whose embedded text does not load (a
  /// test keeps every template loading).
  static func templatePurpose(_ id: String, language: Language) -> String? {
    do {
      return try named(id).document().purpose(in: language)
    } catch {
      return nil
    }
  }
}
